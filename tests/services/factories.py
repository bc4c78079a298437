"""Small factories for the services tests (published, German plus the given translations)."""

import datetime
import functools
import itertools

from django.utils import translation

from portal.publication import Status
from services.models import (
    HSUInformation,
    HSULanguage,
    HSUOffering,
    Office,
    OpeningHours,
    School,
    Service,
    Topic,
)

_numbers = itertools.count(1)


def make_pdf():
    """The bytes of a valid one-page PDF."""
    import io

    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def in_german(factory):
    """Plain field names (``title=...``) set the German field, whatever language the test runs in."""

    @functools.wraps(factory)
    def wrapper(*args, **kwargs):
        with translation.override("de"):
            return factory(*args, **kwargs)

    return wrapper


@in_german
def make_topic(slug="refugees", **fields):
    values = {"title": "Geflüchtete", "summary": "Hilfe für Geflüchtete.", "body": "<p>Text</p>"}
    values.update(fields)
    return Topic.objects.create(slug=slug, status=Status.PUBLISHED, **values)


@in_german
def make_office(slug="sozialamt", *, hours=((1, "08:30", "12:00"),), **fields):
    values = {
        "name": "Sozialamt",
        "unit": "Sozialamt – Geflüchtete",
        "street": "Luisenstraße 11",
        "postcode": "44137",
        "phone": "0231 50-00000",
        "email": "team@example.org",
        "step_free": "yes",
    }
    values.update(fields)
    office = Office.objects.create(slug=slug, status=Status.PUBLISHED, **values)
    for weekday, opens, closes in hours:
        OpeningHours.objects.create(office=office, weekday=weekday, opens=opens, closes=closes)
    return office


@in_german
def make_service(slug="beratung", *, topics=(), offices=(), **fields):
    values = {"title": "Beratung", "summary": "Beratung für alle.", "body": "<p>Wir beraten.</p>"}
    values.update(fields)
    service = Service.objects.create(slug=slug, status=Status.PUBLISHED, **values)
    service.topics.set(topics)
    service.offices.set(offices)
    return service


@in_german
def make_language(slug="turkish", name="Türkisch", endonym="Türkçe", code="tr", **fields):
    return HSULanguage.objects.create(
        slug=slug, name=name, endonym=endonym, code=code, status=fields.pop("status", Status.PUBLISHED), **fields
    )


@in_german
def make_school(district="innenstadt-nord", name=None, **fields):
    number = next(_numbers)
    return School.objects.create(
        number=fields.pop("number", f"{100000 + number}"), name=name or f"Grundschule {number}",
        street=f"Schulweg {number}", postcode="44135", district=district, **fields,
    )  # fmt: skip


@in_german
def make_offering(language, school, grades=(1, 4), weekday=2, starts="14:00", ends="15:30", **fields):
    return HSUOffering.objects.create(
        language=language, school=school, grade_from=grades[0], grade_to=grades[1], weekday=weekday,
        starts=datetime.time.fromisoformat(starts), ends=datetime.time.fromisoformat(ends), **fields,
    )  # fmt: skip


@in_german
def make_hsu_information(contact=None, **fields):
    values = {
        "title": "Herkunftssprachlicher Unterricht",
        "summary": "Unterricht in der Familiensprache.",
        "who_may_take_part": "<p>Kinder der Klassen 1 bis 10.</p>",
        "how_to_register": "<p>Formular in der Schule abgeben.</p>",
    }
    values.update(fields)
    return HSUInformation.objects.create(status=Status.PUBLISHED, contact=contact, **values)
