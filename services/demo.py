"""Demo content of the services app: topics, services, offices with hours, the HSU page, languages, schools
and about 40 classes across all twelve city districts (texts in services/demo_texts.py, our own words).

``load(today=...)`` is idempotent: everything is found again by slug (offices, topics, services, languages),
school number, or language + school + weekday + start (classes); a second run changes and duplicates nothing.
"""

import datetime

from django.core.files.base import ContentFile

from portal.demo_pdf import demo_pdf
from portal.publication import Status
from services import demo_texts as texts
from services.models import (
    Closure,
    HSUDocument,
    HSUInformation,
    HSULanguage,
    HSUOffering,
    Office,
    OpeningHours,
    School,
    Service,
    Topic,
)

PUBLISHED = {"status": Status.PUBLISHED}
START_TIMES = ["14:00", "14:30", "15:00", "15:30", "16:00"]
GRADE_RANGES = [(1, 4), (5, 10), (1, 10), (3, 7)]
EXTRA_LANGUAGES = ["turkish", "arabic", "polish", "russian"]  # the largest groups get a third/fourth class

# Consent-gated embeds on this app's demo pages, added by portal.consent.demo once the pages exist.
DEMO_EMBEDS = [
    {
        "model": "services.Service",
        "slug": "hsu-anmeldung",
        "provider": "youtube",
        "resource_id": "MiaDoKi2026",
        "preview": True,
        "title_de": "Erklärvideo: So melden Sie Ihr Kind zum herkunftssprachlichen Unterricht an",
        "title_en": "Explainer video: how to register your child for heritage-language classes",
        "title_ar": "فيديو توضيحي: كيف تسجّلون طفلكم في دروس لغة الأصل",
    },
    {
        "model": "services.Office",
        "slug": "anlaufstelle-nordstadt",
        "provider": "openstreetmap",
        "resource_id": "7.4590,51.5220,7.4710,51.5280",
        "title_de": "Karte: Lage der Anlaufstelle Nordstadt",
        "title_en": "Map: where to find the Nordstadt advice point",
        "title_ar": "خريطة: موقع نقطة الاستشارة في نوردشتات",
    },
    {
        "model": "services.Office",
        "slug": "mia-do-ki",
        "provider": "openstreetmap",
        "resource_id": "7.4600,51.5100,7.4720,51.5160",
        "title_de": "Karte: Lage des Kommunalen Integrationszentrums",
        "title_en": "Map: where to find the municipal integration centre",
        "title_ar": "خريطة: موقع المركز البلدي للاندماج",
    },
    {
        "model": "services.Service",
        "slug": "nachbarschaft-ehrenamt",
        "provider": "vimeo",
        "resource_id": "100000001",
        "title_de": "Video: Ehrenamtliche erzählen von ihrer Arbeit im Stadtteil",
        "title_en": "Video: volunteers talk about their work in the neighbourhood",
        "title_ar": "فيديو: متطوعون يتحدثون عن عملهم في الحي",
    },
]


def _upsert(model, lookup, values):
    obj, created = model.objects.get_or_create(**lookup, defaults=values)
    if not created and any(getattr(obj, name) != value for name, value in values.items()):
        for name, value in values.items():
            setattr(obj, name, value)
        obj.save()
    return obj


def _time(text):
    return datetime.time.fromisoformat(text)


def _sync_hours(office, hours):
    wanted = {(weekday, _time(opens), _time(closes), appointment) for weekday, opens, closes, appointment in hours}
    existing = {(h.weekday, h.opens, h.closes, h.appointment_only) for h in office.hours.all()}
    if wanted != existing:
        office.hours.all().delete()
        OpeningHours.objects.bulk_create(
            OpeningHours(office=office, weekday=w, opens=o, closes=c, appointment_only=a) for w, o, c, a in wanted
        )


def _next_weekday(today, weekday, *, after_days):
    day = today + datetime.timedelta(days=after_days)
    while day.isoweekday() != weekday:
        day += datetime.timedelta(days=1)
    return day


def load_offices(today):
    offices = {}
    for data in texts.OFFICES:
        values = {key: value for key, value in data.items() if key not in {"slug", "hours"}}
        office = _upsert(Office, {"slug": data["slug"]}, {**values, **PUBLISHED})
        _sync_hours(office, data["hours"])
        offices[office.slug] = office
    staff_meeting = _next_weekday(today, 3, after_days=10)
    _upsert(
        Closure,
        {"office": offices["sozialamt-gefluechtete"], "reason_de": "Personalversammlung"},
        {"first_day": staff_meeting, "last_day": staff_meeting, "reason_en": "Staff meeting",
         "reason_ar": "اجتماع الموظفين"},
    )  # fmt: skip
    return offices


def load_topics_and_services(offices):
    topics = {}
    for data in texts.TOPICS:
        values = {key: value for key, value in data.items() if key != "slug"}
        topics[data["slug"]] = _upsert(Topic, {"slug": data["slug"]}, {**values, **PUBLISHED})
    services = {}
    for data in texts.SERVICES:
        values = {key: value for key, value in data.items() if key not in {"slug", "topics", "offices", "related"}}
        service = _upsert(Service, {"slug": data["slug"]}, {**values, **PUBLISHED})
        service.topics.set([topics[slug] for slug in data["topics"]])
        service.offices.set([offices[slug] for slug in data["offices"]])
        services[service.slug] = service
    for data in texts.SERVICES:
        services[data["slug"]].related.set([services[slug] for slug in data.get("related", ())])
    return topics, services


def load_hsu_languages():
    languages = {}
    """The HSU languages with their German names (the other languages' names are demo translations, a module per
    language in ``services.demo_translations``)."""
    for order, (slug, code, endonym, rtl, name) in enumerate(texts.HSU_LANGUAGES, start=1):
        values = {"name_de": name, "code": code, "endonym": endonym, "right_to_left": rtl, "order": order * 10}
        values.update(PUBLISHED)
        languages[slug] = _upsert(HSULanguage, {"slug": slug}, values)
    return languages


def load_schools():
    schools = []
    for number, name, street, postcode, district in texts.SCHOOLS:
        values = {"name": name, "street": street, "postcode": postcode, "district": district}
        schools.append(_upsert(School, {"number": number}, values))
    return schools


def offering_plan():
    """About 40 classes: two per language plus extras, spread over every school (hence every district)."""
    slugs = [slug for slug, *_rest in texts.HSU_LANGUAGES]
    plan = [slug for slug in slugs for _ in range(2)] + EXTRA_LANGUAGES
    rows = []
    for index, slug in enumerate(plan):
        starts = _time(START_TIMES[(index * 3) % 5])
        ends = (datetime.datetime.combine(datetime.date(2000, 1, 1), starts) + datetime.timedelta(minutes=90)).time()
        notes = ("", "")
        if index % 7 == 0:
            notes = (f"Raum {100 + index}, Eingang über den Schulhof", f"Room {100 + index}, entrance via the yard")
        rows.append((slug, (index * 5) % len(texts.SCHOOLS), GRADE_RANGES[index % 4], 1 + index % 5, starts, ends,
                     notes))  # fmt: skip
    return rows


def load_offerings(languages, schools):
    for slug, school_index, (grade_from, grade_to), weekday, starts, ends, (notes_de, notes_en) in offering_plan():
        _upsert(
            HSUOffering,
            {"language": languages[slug], "school": schools[school_index], "weekday": weekday, "starts": starts},
            {"grade_from": grade_from, "grade_to": grade_to, "ends": ends, "notes_de": notes_de, "notes_en": notes_en},
        )


def load_hsu_information(offices):
    values = {**texts.HSU_INFORMATION, "contact": offices["schulamt-hsu"], "deadline_day": 15, "deadline_month": 3}
    information = _upsert(HSUInformation, {"slug": "hsu"}, {**values, **PUBLISHED})
    for kind, language in texts.HSU_DOCUMENTS:
        if HSUDocument.objects.filter(information=information, kind=kind, language=language).exists():
            continue
        title = "Anmeldung zum HSU" if kind == "form" else "Informationen zum HSU fuer Eltern"
        pdf = demo_pdf([title, f"Sprache / language: {language}", "Demo-Dokument des Portals (fiktiv)."])
        document = HSUDocument(information=information, kind=kind, language=language)
        document.file.save(f"hsu-{kind}-{language}.pdf", ContentFile(pdf), save=False)
        document.save()
    return information


def load(*, today):
    offices = load_offices(today)
    topics, services = load_topics_and_services(offices)
    languages = load_hsu_languages()
    schools = load_schools()
    load_offerings(languages, schools)
    load_hsu_information(offices)
    return (
        f"{len(topics)} topics, {len(services)} services, {len(offices)} offices, {len(languages)} HSU languages, "
        f"{len(schools)} schools, {HSUOffering.objects.count()} HSU classes"
    )
