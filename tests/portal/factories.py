"""Small factories and helpers for the shared page layer's tests."""

from datetime import datetime

from django.utils import translation

from portal.local_time import BERLIN
from portal.models import EditorialPage, SiteNotice
from portal.publication import Status


def berlin(*args):
    return datetime(*args, tzinfo=BERLIN)


def editorial_page(*, slug="kontakt", status=Status.PUBLISHED, **fields):
    values = {"title_de": "Kontakt", "body_de": "<p>So erreichen Sie uns.</p>", **fields}
    return EditorialPage.objects.create(slug=slug, status=status, **values)


def site_notice(**fields):
    values = {"text_de": "Am 24. Dezember sind alle Dienststellen geschlossen.", **fields}
    return SiteNotice.objects.create(**values)


def translated(language, message):
    """``message`` (an English msgid) as the visitor of ``language`` reads it, whatever the catalogs hold."""
    with translation.override(language):
        return translation.gettext(message)


def management_form_data(client, url):
    """The hidden management-form fields of every inline on the admin page ``url`` (inlines that other
    parts of the portal add to every content admin), so a test posts what a browser would post."""
    import lxml.html

    tree = lxml.html.fromstring(client.get(url).content)
    suffixes = ("-TOTAL_FORMS", "-INITIAL_FORMS", "-MIN_NUM_FORMS", "-MAX_NUM_FORMS")
    return {
        field.get("name"): field.get("value", "")
        for field in tree.xpath("//input[@type='hidden']")
        if field.get("name", "").endswith(suffixes)
    }
