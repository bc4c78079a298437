"""Anonymous pages a shared cache can keep (portal.http_cache) and the render cache behind them
(portal.render_cache): public headers, no cookie, 304 on a conditional GET, private for staff and previews, and
changes seen on the next request, whether published through the workflow or brought by the clock."""

import datetime
import zoneinfo

import lxml.etree
import pytest
import time_machine
from django.test import Client
from django.utils.cache import get_max_age
from django.utils.http import parse_http_date
from modeltranslation.utils import build_localized_fieldname

from funding.deadlines import CallStatus
from portal.registry import contributions
from portal.translated_fields import is_translated, missing_fields
from portal.workflow.models import PendingChange
from tests.funding.factories import berlin, make_call
from tests.portal.factories import site_notice
from tests.search import factories
from tests.services.factories import make_hsu_information
from tests.workflow.conftest import client_for, make_staff, post_form

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = datetime.datetime(2027, 1, 10, 12, 0, tzinfo=BERLIN)

# One item of every page type the search registry knows, from the same factories as the other tests.
MAKERS = {
    "services": lambda: factories.service(title="Beratung"),
    "offices": lambda: factories.office(),
    "topics": lambda: factories.topic(title="Ankommen"),
    "hsu": lambda: make_hsu_information(),
    "hsu-languages": lambda: factories.hsu_offering().language,
    "calls": lambda: factories.call(title="Integrationsfonds 2027"),
    "programmes": lambda: factories.programme(),
    "documents": lambda: factories.document(title="Ratsbeschluss"),
    "info": lambda: factories.editorial_page(title="Kontakt", body="<p>So erreichen Sie uns.</p>", slug="kontakt"),
}
# Public addresses that are not in the sitemap: lists, feeds, calendars, print views, forms, the finder's filters.
EXTRA_URLS = [
    "/de/hsu/?district=innenstadt-nord",
    "/de/funding/feed/",
    "/de/funding/deadlines.ics",
    "/de/feed/",
    "/de/feedback/",
    "/de/funding/funded-projects.csv",
    "/de/offices.csv",
    "/de/hsu/classes.csv",
    "/de/offline/",
    "/de/offline/pages.json",
    "/de/manifest.webmanifest",
    "/ar/manifest.webmanifest",
    "/service-worker.js",
    "/sitemap.xml",
    "/robots.txt",
]
SECOND_LANGUAGE = "ar"  # the two-language print: German beside Arabic (right to left)


def directives(response):
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",") if part.strip()}


def sitemap_paths(client):
    tree = lxml.etree.fromstring(client.get("/sitemap.xml").content)
    locations = tree.xpath("//s:loc/text()", namespaces={"s": "http://www.sitemaps.org/schemas/sitemap/0.9"})
    return sorted({"/" + location.split("/", 3)[3] for location in locations})


@pytest.fixture
def public_urls():
    entries = [entry for entry in contributions("SEARCH_ENTRIES") if entry.has_page]
    assert {entry.key for entry in entries} <= set(MAKERS), "a new page type needs a maker here"
    items = {key: make() for key, make in MAKERS.items()}
    for item in items.values():
        translate(item, SECOND_LANGUAGE)
    paths = sitemap_paths(Client())
    for key, item in items.items():
        assert item.get_absolute_url() in paths, key
    prints = []
    for item in items.values():  # every page type has a print view, in one language and in two
        page = item.get_absolute_url()
        in_second = f"/{SECOND_LANGUAGE}/{page.split('/', 2)[2]}"
        prints += [f"{page}print/", f"{page}print/?with={SECOND_LANGUAGE}", f"{in_second}print/?with=de"]
        two_languages = Client().get(f"{page}print/?with={SECOND_LANGUAGE}").content.decode()
        assert "print-view--bilingual" in two_languages and f'lang="{SECOND_LANGUAGE}"' in two_languages, page
    calendars = [f"{items['calls'].get_absolute_url()}deadline.ics"]
    return paths + EXTRA_URLS + prints + calendars


def translate(item, language):
    """Fill the fields ``item`` still needs in ``language`` (from German), so it counts as translated there."""
    for field in missing_fields(item, language):
        german = getattr(item, build_localized_fieldname(field, "de"))
        setattr(item, build_localized_fieldname(field, language), f"{german} ({language})")
    item.save()
    assert is_translated(item, language), missing_fields(item, language)


@time_machine.travel(NOW, tick=False)
def test_every_public_page_type_is_public_without_cookie_and_answers_304(public_urls):
    assert len(public_urls) > 20
    for url in public_urls:
        visitor = Client()
        response = visitor.get(url)
        assert response.status_code == 200, url
        assert {"public", "max-age", "s-maxage", "stale-while-revalidate"} <= directives(response), url
        assert 0 < get_max_age(response) <= 60, url
        assert "Set-Cookie" not in response.headers and not response.cookies, url
        assert "cookie" not in response.get("Vary", "").lower(), url
        assert "accept-language" not in response.get("Vary", "").lower(), url
        etag = response["ETag"]
        assert etag.startswith('"') and not etag.startswith("W/"), url  # strong
        assert parse_http_date(response["Last-Modified"]) <= NOW.timestamp(), url
        again = visitor.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304, url
        assert again.content == b"" and again["ETag"] == etag, url
        assert visitor.get(url, headers={"If-None-Match": '"other"'}).status_code == 200, url


@time_machine.travel(NOW, tick=False)
def test_staff_and_preview_responses_are_private(django_user_model):
    call = factories.call(title="Integrationsfonds 2027")
    publisher = client_for(Client, make_staff(django_user_model, "publisher"))
    for url in (call.get_absolute_url(), "/de/funding/", "/admin/"):
        response = publisher.get(url)
        assert response.status_code == 200, url
        assert "public" not in directives(response) and "private" in directives(response), url
    editor = client_for(Client, make_staff(django_user_model, "editor"))
    post_form(editor, f"/admin/funding/fundingcall/{call.pk}/change/", {"title_de": "Neuer Titel"})
    pending = PendingChange.objects.get()
    preview = editor.get(f"/admin/funding/fundingcall/{call.pk}/workflow/preview/de/?pending={pending.pk}")
    assert preview.status_code == 200 and {"private", "no-store"} <= directives(preview)


def test_privacy_settings_and_search_stay_private():
    """The privacy settings show the visitor's own choices; search queries are no business of a shared cache."""
    for url in ("/de/consent/", "/de/search/?q=Beratung"):
        response = Client().get(url)
        assert response.status_code == 200 and {"private", "no-store"} <= directives(response), url
        assert "public" not in directives(response), url


def test_form_with_errors_and_post_responses_are_private():
    visitor = Client()
    with_errors = visitor.post("/de/feedback/", {"message": ""}, headers={"Origin": "http://testserver"})
    assert with_errors.status_code == 200 and {"private", "no-store"} <= directives(with_errors)
    sent = visitor.post("/de/feedback/", {"message": "Die Tabelle ist nicht lesbar."})
    assert sent.status_code == 302 and {"private", "no-store"} <= directives(sent)
    thanked = visitor.get("/de/feedback/")  # the message shown once, from its cookie
    assert "public" not in directives(thanked)


def test_site_notice_dismissal_still_works_and_varies_on_cookie():
    notice = site_notice(text_de="Am 24. Dezember geschlossen.")
    visitor = Client()
    first = visitor.get("/de/")
    assert "Am 24. Dezember geschlossen." in first.content.decode()
    assert "public" in directives(first) and "Cookie" in first["Vary"]  # another visitor may have hidden it
    response = visitor.post(
        f"/de/notices/{notice.pk}/dismiss/", {"next": "/de/"}, headers={"Origin": "http://testserver"}
    )
    assert response.status_code == 302 and "private" in directives(response)
    assert "Am 24. Dezember geschlossen." not in visitor.get("/de/").content.decode()
    assert "Am 24. Dezember geschlossen." in Client().get("/de/").content.decode()
    foreign = Client().post(
        f"/de/notices/{notice.pk}/dismiss/", {"next": "/de/"}, headers={"Origin": "https://evil.example"}
    )
    assert foreign.status_code == 403 and not foreign.cookies


def test_helpful_form_refuses_a_cross_site_post_and_accepts_a_same_site_one():
    factories.editorial_page(title="Kontakt", body="<p>So erreichen Sie uns.</p>", slug="kontakt")
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/de/info/kontakt/")
    assert 'action="/de/feedback/helpful/"' in page.content.decode() and not page.cookies
    data = {"page": "/de/info/kontakt/", "helpful": "yes"}
    assert visitor.post("/de/feedback/helpful/", data, headers={"Origin": "https://evil.example"}).status_code == 403
    same_site = visitor.post(
        "/de/feedback/helpful/", data, headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}
    )
    assert same_site.status_code == 302 and same_site["Location"] == "/de/info/kontakt/#feedback"


@time_machine.travel(NOW, tick=False)
def test_change_published_through_the_workflow_is_on_the_next_anonymous_request(django_user_model):
    call = factories.call(title="Integrationsfonds 2027")
    url = call.get_absolute_url()
    visitor = Client()
    first = visitor.get(url)
    assert "Integrationsfonds 2027" in first.content.decode()
    assert visitor.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304  # from the render cache
    editor = client_for(Client, make_staff(django_user_model, "editor"))
    assert (
        post_form(editor, f"/admin/funding/fundingcall/{call.pk}/change/", {"title_de": "Fonds Zauberwort"}).status_code
        == 302
    )
    assert "Fonds Zauberwort" not in visitor.get(url).content.decode()  # waiting for review: still the old page
    publisher = client_for(Client, make_staff(django_user_model, "publisher"))
    pending = PendingChange.objects.get()
    decided = publisher.post(f"/admin/funding/fundingcall/{call.pk}/workflow/pending/{pending.pk}/publish/")
    assert decided.status_code == 302
    after = visitor.get(url, headers={"If-None-Match": first["ETag"]})
    assert after.status_code == 200 and "Fonds Zauberwort" in after.content.decode()
    assert "Fonds Zauberwort" in visitor.get("/de/funding/").content.decode()


def test_call_deadline_crossed_with_a_fixed_clock_changes_the_cached_status():
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1, 12))
    url = call.get_absolute_url()
    open_label, closed_label = str(CallStatus.CLOSING_SOON.label), str(CallStatus.CLOSED.label)
    with time_machine.travel(datetime.datetime(2027, 2, 1, 11, 59, 30, tzinfo=BERLIN), tick=False):
        before = Client().get(url)
        assert open_label in before.content.decode()
        assert get_max_age(before) == 30  # not past the deadline
        assert "stale-while-revalidate=0" in before["Cache-Control"]
        assert Client().get(url).content == before.content  # the render cache's copy
    with time_machine.travel(datetime.datetime(2027, 2, 1, 12, 0, 1, tzinfo=BERLIN), tick=False):
        after = Client().get(url)
        assert closed_label in after.content.decode() and open_label not in after.content.decode()
        assert after["ETag"] != before["ETag"]
