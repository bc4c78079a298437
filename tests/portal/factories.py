"""Small factories for the shared page layer's tests."""

from datetime import datetime
from zoneinfo import ZoneInfo

from portal.models import EditorialPage, SiteNotice
from portal.publication import Status

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*args):
    return datetime(*args, tzinfo=BERLIN)


def editorial_page(*, slug="kontakt", status=Status.PUBLISHED, **fields):
    values = {"title_de": "Kontakt", "body_de": "<p>So erreichen Sie uns.</p>", **fields}
    return EditorialPage.objects.create(slug=slug, status=status, **values)


def site_notice(**fields):
    values = {"text_de": "Am 24. Dezember sind alle Dienststellen geschlossen.", **fields}
    return SiteNotice.objects.create(**values)
