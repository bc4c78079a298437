"""The services app's part of the open-data API (``/api/v1/``, see portal.api): topics, services, offices with
opening hours, closures and "open now", and the HSU: languages, schools and classes with the finder's filters.

Everything starts from ``published()``; HSU classes and schools are public while their language is.
"""

import datetime
from typing import Literal

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from ninja import Field, Query, Router, Schema

from portal.api.paging import BadParameter, page_of, paginate
from portal.api.schemas import (
    Error,
    LanguageQuery,
    Link,
    ListQuery,
    Slug,
    ascii_int_between,
    local,
    page_link,
    shown_in,
)
from portal.districts import District
from services import hsu_finder
from services.choices import StepFree
from services.models import HSULanguage, HSUOffering, Office, School, Service, Topic

router = Router(tags=["services"])

DistrictCode = Literal[tuple(District.values)]
DETAIL = {200: None, 400: Error, 404: Error}


def _detail(schema):
    return {**DETAIL, 200: schema}


# --- Topics and services -------------------------------------------------------------------------------------


class TopicOut(Link):
    slug: str
    title: str
    summary: str
    body: str = Field(description="HTML (sanitised)")
    services: list[str] = Field(description="Slugs of the published services on this topic")


class ServiceOut(Link):
    slug: str
    title: str
    summary: str
    body: str = Field(description="HTML (sanitised)")
    prerequisites: str = Field(description="HTML (sanitised), may be empty")
    what_to_bring: str = Field(description="HTML (sanitised), may be empty")
    process: str = Field(description="HTML (sanitised), may be empty")
    costs: str
    audiences: list[str]
    topics: list[str] = Field(description="Slugs of its published topics")
    offices: list[str] = Field(description="Slugs of the published offices that provide it")


def _topics():
    return Topic.objects.published().prefetch_related(
        Prefetch("services", queryset=Service.objects.published().only("pk", "slug"))
    )


def _services():
    return Service.objects.published().prefetch_related(
        Prefetch("topics", queryset=Topic.objects.published().only("pk", "slug")),
        Prefetch("offices", queryset=Office.objects.published().only("pk", "slug")),
    )


def topic_item(topic):
    language = translation.get_language()
    with shown_in(topic, language) as shown:
        return {
            **page_link(topic, language, shown),
            "slug": topic.slug,
            "title": topic.title,
            "summary": topic.summary,
            "body": topic.body,
            "services": [service.slug for service in topic.services.all()],
        }


def service_item(service):
    language = translation.get_language()
    with shown_in(service, language) as shown:
        return {
            **page_link(service, language, shown),
            "slug": service.slug,
            "title": service.title,
            "summary": service.summary,
            "body": service.body,
            "prerequisites": service.prerequisites or "",
            "what_to_bring": service.what_to_bring or "",
            "process": service.process or "",
            "costs": service.costs or "",
            "audiences": list(service.audiences or ()),
            "topics": [topic.slug for topic in service.topics.all()],
            "offices": [office.slug for office in service.offices.all()],
        }


@router.get("/topics", response={200: page_of(TopicOut), 400: Error})
def topics(request, query: Query[ListQuery]):
    """Published topics, in the portal's order."""
    return paginate(request, _topics(), query, keys=("order", "slug"), item=topic_item)


@router.get("/topics/{slug}", response=_detail(TopicOut))
def topic(request, slug: Slug, query: Query[LanguageQuery]):
    """One published topic."""
    return topic_item(get_object_or_404(_topics(), slug=slug))


@router.get("/services", response={200: page_of(ServiceOut), 400: Error})
def services(request, query: Query[ListQuery]):
    """Published service pages, in the portal's order."""
    return paginate(request, _services(), query, keys=("order", "slug"), item=service_item)


@router.get("/services/{slug}", response=_detail(ServiceOut))
def service(request, slug: Slug, query: Query[LanguageQuery]):
    """One published service page."""
    return service_item(get_object_or_404(_services(), slug=slug))


# --- Offices -------------------------------------------------------------------------------------------------


class Address(Schema):
    street: str
    postcode: str
    city: str


class HoursOut(Schema):
    weekday: int = Field(ge=1, le=7, description="ISO weekday: 1 is Monday")
    opens: str = Field(description="HH:MM, Berlin time")
    closes: str = Field(description="HH:MM, Berlin time")
    appointment_only: bool


class ClosureOut(Schema):
    first_day: datetime.date
    last_day: datetime.date
    reason: str


class OpeningStatusOut(Schema):
    at: datetime.datetime = Field(description="The instant the status describes (the answer was made then)")
    open_now: bool = Field(description="Open for walk-in visitors (not on a public holiday or closure)")
    appointment_now: bool
    closes_at: datetime.datetime | None
    next_opening: datetime.datetime | None
    holiday_today: str = Field(description="German name of today's NRW public holiday, or empty")
    closed_today: bool


class OfficeOut(Link):
    slug: str
    name: str
    unit: str
    address: Address
    phone: str
    email: str
    appointment_url: str
    languages_spoken: list[str] = Field(description="BCP 47 codes of the languages the staff advise in")
    step_free: Literal[tuple(StepFree.values)]
    access_note: str
    hours_note: str
    opening_hours: list[HoursOut]
    closures: list[ClosureOut] = Field(description="Closures from today on")
    status: OpeningStatusOut
    services: list[str] = Field(description="Slugs of the published services it provides")


def _offices():
    return Office.objects.published().prefetch_related(
        "hours", "closures", Prefetch("services", queryset=Service.objects.published().only("pk", "slug"))
    )


def _status(office, now):
    status = office.opening_status(at=now)
    return {
        "at": local(now),
        "open_now": status.open_now,
        "appointment_now": status.appointment_now,
        "closes_at": local(status.closes_at),
        "next_opening": local(status.next_opening),
        "holiday_today": status.holiday_today,
        "closed_today": status.closed_today,
    }


def office_item(office):
    language = translation.get_language()
    now = timezone.now()
    with shown_in(office, language) as shown:
        return {
            **page_link(office, language, shown),
            "slug": office.slug,
            "name": office.name,
            "unit": office.unit,
            "address": {"street": office.street, "postcode": office.postcode, "city": office.city},
            "phone": office.phone,
            "email": office.email,
            "appointment_url": office.appointment_url,
            "languages_spoken": list(office.languages_spoken or ()),
            "step_free": office.step_free,
            "access_note": office.access_note or "",
            "hours_note": office.hours_note or "",
            "opening_hours": [
                {
                    "weekday": slot.weekday,
                    "opens": f"{slot.opens:%H:%M}",
                    "closes": f"{slot.closes:%H:%M}",
                    "appointment_only": slot.appointment_only,
                }
                for slot in office.hours.all()
            ],  # fmt: skip
            "closures": [
                {"first_day": closure.first_day, "last_day": closure.last_day, "reason": closure.reason or ""}
                for closure in office.upcoming_closures(today=timezone.localdate(now))
            ],
            "status": _status(office, now),
            "services": [service.slug for service in office.services.all()],
        }


@router.get("/offices", response={200: page_of(OfficeOut), 400: Error})
def offices(request, query: Query[ListQuery]):
    """Published offices with their weekly hours, coming closures and whether they are open now."""
    return paginate(request, _offices(), query, keys=("slug",), item=office_item)


@router.get("/offices/{slug}", response=_detail(OfficeOut))
def office(request, slug: Slug, query: Query[LanguageQuery]):
    """One published office with its hours, closures and whether it is open now."""
    return office_item(get_object_or_404(_offices(), slug=slug))


# --- HSU -----------------------------------------------------------------------------------------------------


class HSULanguageOut(Link):
    slug: str
    name: str
    endonym: str = Field(description="The language's name in its own language and script")
    code: str = Field(description="BCP 47 code")
    right_to_left: bool


class SchoolOut(Schema):
    number: str = Field(description="NRW school number")
    name: str
    street: str
    postcode: str
    district: DistrictCode
    district_name: str


class HSUClassOut(Schema):
    id: int
    language: str = Field(description="Slug of the HSU language")
    school: str = Field(description="Number of the school")
    district: DistrictCode
    grade_from: int = Field(ge=1, le=10)
    grade_to: int = Field(ge=1, le=10)
    weekday: int = Field(ge=1, le=7, description="ISO weekday: 1 is Monday")
    starts: str = Field(description="HH:MM")
    ends: str = Field(description="HH:MM")
    notes: str
    notes_language: str


class ClassQuery(ListQuery):
    language: Slug | None = Field(None, description="Slug of an HSU language")
    district: DistrictCode | None = None
    grade: ascii_int_between(1, 10) | None = None


def hsu_language_item(hsu_language):
    language = translation.get_language()
    with shown_in(hsu_language, language) as shown:
        return {
            **page_link(hsu_language, language, shown),
            "slug": hsu_language.slug,
            "name": hsu_language.name,
            "endonym": hsu_language.endonym,
            "code": hsu_language.code,
            "right_to_left": hsu_language.right_to_left,
        }


def school_item(school):
    return {
        "number": school.number,
        "name": school.name,
        "street": school.street,
        "postcode": school.postcode,
        "district": school.district,
        "district_name": str(District(school.district).label),
    }


def class_item(offering):
    notes, notes_language = offering.shown_notes
    return {
        "id": offering.pk,
        "language": offering.language.slug,
        "school": offering.school.number,
        "district": offering.school.district,
        "grade_from": offering.grade_from,
        "grade_to": offering.grade_to,
        "weekday": offering.weekday,
        "starts": f"{offering.starts:%H:%M}",
        "ends": f"{offering.ends:%H:%M}",
        "notes": notes or "",
        "notes_language": notes_language,
    }


@router.get("/hsu/languages", response={200: page_of(HSULanguageOut), 400: Error})
def hsu_languages(request, query: Query[ListQuery]):
    """Published languages of heritage-language classes (data, not site languages)."""
    return paginate(request, HSULanguage.objects.published(), query, keys=("order", "slug"), item=hsu_language_item)


@router.get("/hsu/languages/{slug}", response=_detail(HSULanguageOut))
def hsu_language(request, slug: Slug, query: Query[LanguageQuery]):
    """One published HSU language."""
    return hsu_language_item(get_object_or_404(HSULanguage.objects.published(), slug=slug))


@router.get("/hsu/schools", response={200: page_of(SchoolOut), 400: Error})
def hsu_schools(request, query: Query[ListQuery]):
    """Schools where published HSU classes take place."""
    schools = School.objects.filter(pk__in=HSUOffering.objects.public().values("school"))
    return paginate(request, schools, query, keys=("number",), item=school_item)


@router.get("/hsu/classes", response={200: page_of(HSUClassOut), 400: Error})
def hsu_classes(request, query: Query[ClassQuery]):
    """HSU classes of published languages, filtered as in the finder (language, district, grade); a filter
    value the finder does not know is refused with 400."""
    languages = list(HSULanguage.objects.published())
    raw = {name: request.GET.get(name, "") for name in ("language", "district", "grade")}
    form = hsu_finder.FinderForm(raw, languages=languages)
    if not form.is_valid():
        name, messages = next(iter(form.errors.items()))
        raise BadParameter(name, " ".join(messages))
    filters = hsu_finder.read_filters(raw, languages=languages)
    offerings = hsu_finder.matching_offerings(filters)
    return paginate(request, offerings, query, keys=("pk",), item=class_item)
