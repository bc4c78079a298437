"""Structured data (schema.org JSON-LD) of service, office and HSU language pages (portal.search.structured_data)."""

from django.utils.translation import gettext

from portal.search.snippets import plain_text
from portal.search.structured_data import SCHEMA, postal_address, publisher, related
from portal.site_url import absolute_url

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]  # ISO numbering: 1 = Monday


def opening_hours_specification(hours):
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"{SCHEMA}/{WEEKDAYS[(int(slot.weekday) - 1) % 7]}",
            "opens": slot.opens.strftime("%H:%M"),
            "closes": slot.closes.strftime("%H:%M"),
        }
        for slot in hours
    ]


def office_node(office, *, url, hours=None):
    contact = {"@type": "ContactPoint", "contactType": gettext("advice and appointments")}
    if office.phone:
        contact["telephone"] = office.phone
    if office.email:
        contact["email"] = office.email
    if getattr(office, "appointment_url", ""):
        contact["url"] = office.appointment_url
    codes = list(getattr(office, "languages_spoken", None) or [])
    if codes:
        contact["availableLanguage"] = codes
    node = {
        "@type": "GovernmentOffice",
        "@id": url + "#office",
        "name": office.name,
        "url": url,
        "address": postal_address(office),
        "contactPoint": [contact],
        "openingHoursSpecification": opening_hours_specification(hours if hours is not None else office.hours.all()),
        "parentOrganization": publisher(),
    }
    if office.unit:
        node["department"] = {"@type": "GovernmentOrganization", "name": office.unit}
    if office.phone:
        node["telephone"] = office.phone
    if office.email:
        node["email"] = office.email
    return node


def government_office(office, *, url, context):
    return office_node(office, url=url, hours=related(context, "hours", office, "hours"))


def government_service(service, *, url, context):
    offices = related(context, "offices", service, "offices")
    providers = [office_node(office, url=absolute_url(office.get_absolute_url())) for office in offices]
    return {
        "@type": "GovernmentService",
        "name": service.title,
        "description": service.summary,
        "url": url,
        "serviceType": service.title,
        "provider": providers or [publisher()],
        "serviceOperator": publisher(),
        "areaServed": {"@type": "City", "name": "Dortmund"},
    }


def course(offering, *, url):
    """A Course for one HSU class: the language, the school it is taught at, the weekly schedule."""
    school = offering.school
    language = offering.language
    name = gettext("Heritage-language class: %(language)s") % {"language": language.name or language.name_de}
    grades = gettext("Grades %(from)s to %(to)s") % {"from": offering.grade_from, "to": offering.grade_to}
    return {
        "@type": "Course",
        "name": name,
        "description": f"{name}. {grades}. {school.name}. {plain_text(offering.notes)}".strip(),
        "url": url,
        "inLanguage": language.code,
        "educationalLevel": grades,
        "provider": {"@type": "GovernmentOrganization", "name": "Schulamt für die Stadt Dortmund"},
        "hasCourseInstance": {
            "@type": "CourseInstance",
            "courseMode": "onsite",
            "location": {"@type": "Place", "name": school.name, "address": postal_address(school, city="")},
            "courseSchedule": {
                "@type": "Schedule",
                "byDay": f"{SCHEMA}/{WEEKDAYS[(int(offering.weekday) - 1) % 7]}",
                "startTime": offering.starts.strftime("%H:%M"),
                "endTime": offering.ends.strftime("%H:%M"),
                "repeatFrequency": "P1W",
            },
        },
    }


def hsu_language_courses(language, *, url, context):
    offerings = context.get("offerings")
    if offerings is None:
        offerings = language.offerings.selectrelated("language", "school")
    return [course(offering, url=url) for offering in offerings]
