"""Structured data (schema.org JSON-LD) for the portal's pages.

Every page gets a BreadcrumbList from its ``breadcrumbs``; a detail page whose object is in the registry gets the
node its entry's builder makes. A builder is ``builder(obj, *, url, context) -> dict | list[dict]``, called with
the language the page is shown in active; it reads the page's context first (data the view already loaded) so
structured data adds no query where it can.

The JSON is escaped like Django's ``json_script`` (``<``, ``>`` and ``&`` as unicode escapes), so no text can end the
script element. A JSON-LD block is data, not script: the Content-Security-Policy does not apply to it.
"""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from portal.search.snippets import plain_text

SCHEMA = "https://schema.org"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]  # ISO numbering: 1 = Monday
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def absolute(path):
    path = str(path or "/")
    return path if "://" in path else settings.PORTAL_SITE_URL + path


def to_script(data):
    """A ``<script type="application/ld+json">`` element holding ``data``, safely escaped."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text.translate(_JSON_ESCAPES)))  # noqa: S308


def graph(nodes):
    return {"@context": SCHEMA, "@graph": [node for node in nodes if node]}


def publisher():
    return {
        "@type": "GovernmentOrganization",
        "name": gettext("Kommunales Integrationszentrum Dortmund (MIA-DO-KI) – City of Dortmund"),
        "url": absolute(reverse("home")),
    }


def breadcrumb_list(breadcrumbs, *, current_url):
    """BreadcrumbList from a page's ``breadcrumbs`` [(label, url or None), ...], the home page first."""
    crumbs = [(gettext("Home"), reverse("home")), *breadcrumbs]
    items = []
    for position, (label, url) in enumerate(crumbs, start=1):
        last = position == len(crumbs)
        target = current_url if last or not url else absolute(url)
        items.append({"@type": "ListItem", "position": position, "name": str(label), "item": target})
    return {"@type": "BreadcrumbList", "itemListElement": items}


def postal_address(obj, *, street="street", postcode="postcode", city="city"):
    return {
        "@type": "PostalAddress",
        "streetAddress": getattr(obj, street, ""),
        "postalCode": getattr(obj, postcode, ""),
        "addressLocality": getattr(obj, city, "") or "Dortmund",
        "addressCountry": "DE",
    }


def _related(context, name, obj, attribute):
    """A related list the view put into the context, or the object's own (prefetched) related manager."""
    value = context.get(name)
    if value is None:
        value = getattr(obj, attribute).all()
    return list(value)


# --- services ---------------------------------------------------------------------------------------------


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
    return office_node(office, url=url, hours=_related(context, "hours", office, "hours"))


def government_service(service, *, url, context):
    offices = _related(context, "offices", service, "offices")
    providers = [office_node(office, url=absolute(office.get_absolute_url())) for office in offices]
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
        offerings = language.offerings.select_related("language", "school")
    return [course(offering, url=url) for offering in offerings]


def hsu_offering_course(offering, *, url, context):
    return course(offering, url=url)


# --- funding ----------------------------------------------------------------------------------------------


def grant(call, *, url, context):
    """A funding call as a Grant; its application period as the Event it is the subject of."""
    programme = call.programme
    funder_name = getattr(programme, "funder_name", "") or programme.name
    return {
        "@type": "Grant",
        "name": call.title,
        "description": call.summary,
        "url": url,
        "funder": {"@type": "Organization", "name": funder_name},
        "sponsor": publisher(),
        "isPartOf": {"@type": "CreativeWork", "name": programme.name, "url": absolute(programme.get_absolute_url())},
        "subjectOf": {
            "@type": "Event",
            "name": gettext("Application period: %(title)s") % {"title": call.title},
            "startDate": timezone.localtime(call.opens_at).isoformat(),
            "endDate": timezone.localtime(call.deadline).isoformat(),
            "eventStatus": f"{SCHEMA}/EventScheduled",
            "eventAttendanceMode": f"{SCHEMA}/OnlineEventAttendanceMode",
            "location": {"@type": "VirtualLocation", "url": call.application_url or url},
            "organizer": publisher(),
            "url": url,
        },
    }


# --- Masterplan -------------------------------------------------------------------------------------------


def digital_document(document, *, url, context):
    node = {
        "@type": "DigitalDocument",
        "name": document.title,
        "headline": document.title,
        "description": document.summary,
        "url": url,
        "datePublished": document.date.isoformat(),
        "dateModified": timezone.localtime(document.changed_at).date().isoformat(),
        "inLanguage": translation.get_language(),
        "genre": str(document.get_kind_display()),
        "publisher": publisher(),
        "isPartOf": {"@type": "CreativeWork", "name": document.phase.title},
    }
    if document.attachment:
        node["associatedMedia"] = {
            "@type": "MediaObject",
            "contentUrl": absolute(document.attachment.url),
            "encodingFormat": "application/pdf",
        }
        if document.attachment_size:
            node["associatedMedia"]["contentSize"] = f"{document.attachment_size} B"
    return node
