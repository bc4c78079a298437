"""Funding pages: content, languages, preview, print twins, home card, query counts."""

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from funding import demo
from funding.models import FundedProject, FundingCall
from portal.publication import Status
from tests.funding.factories import berlin, make_call, make_programme

pytestmark = pytest.mark.django_db

NOW = berlin(2027, 3, 10, 12)


def closes_in_days(days, language):
    """The page's "closes in N days" in ``language`` (whatever the catalogs say then)."""
    with translation.override(language):
        return ngettext("Closes in %(days)d day", "Closes in %(days)d days", days) % {"days": days}


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield NOW


@pytest.fixture
def demo_content(frozen):
    demo.load(today=timezone.localdate())


def test_call_page_shows_facts_documents_and_status(client, demo_content):
    html = client.get("/de/funding/calls/integrationsfonds-herbstrunde/").content.decode()
    assert "<h1>Integrationsfonds: Herbstrunde</h1>" in html
    assert closes_in_days(6, "de") in html
    assert "5.000\u00a0€" in html and "60.000\u00a0€" in html
    assert "Antragsformular" in html and "Kosten- und Finanzierungsplan" in html
    assert 'href="mailto:foerderung@example.org" dir="ltr"' in html
    assert "/de/funding/calls/integrationsfonds-herbstrunde/deadline.ics" in html


def test_call_page_in_translated_language_has_no_fallback_notice(client, demo_content):
    html = client.get("/en/funding/calls/integrationsfonds-herbstrunde/").content.decode()
    assert "Integration fund: autumn round" in html
    assert "notice--fallback" not in html


def test_call_page_in_untranslated_language_is_wholly_german(client, demo_content):
    html = client.get("/ar/funding/calls/integrationsfonds-herbstrunde/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "notice--fallback" in html
    assert 'class="content" lang="de" dir="ltr"' in html
    assert "Integrationsfonds: Herbstrunde" in html
    assert "Integration fund: autumn round" not in html


def test_call_print_twin_renders_content_without_page_tools(client, demo_content):
    page = client.get("/de/funding/calls/integrationsfonds-herbstrunde/").content.decode()
    assert "deadline.ics" in page
    html = client.get("/de/funding/calls/integrationsfonds-herbstrunde/print/").content.decode()
    assert "Integrationsfonds: Herbstrunde" in html
    assert "deadline.ics" not in html
    both = client.get("/de/funding/calls/integrationsfonds-herbstrunde/print/?with=en").content.decode()
    assert "Integrationsfonds: Herbstrunde" in both and "Integration fund: autumn round" in both


def test_programme_page_lists_building_blocks_and_current_calls(client, demo_content):
    html = client.get("/de/funding/programmes/komm-an-nrw-teil-2/").content.decode()
    assert "KOMM-AN NRW, Programmteil II" in html
    for code in "ABCD":
        assert f'<span class="building-blocks__code">{code}</span>' in html
    assert f"KOMM-AN NRW {NOW.year + 1}: Förderaufruf Teil II" in html
    assert "/de/funding/funded-projects/?programme=komm-an-nrw-teil-2" in html
    assert client.get("/de/funding/programmes/komm-an-nrw-teil-2/print/").status_code == 200


def test_archive_lists_only_closed_calls(client, demo_content):
    html = client.get("/de/funding/archive/").content.decode()
    assert "Integrationsfonds: Frühjahrsrunde" in html and "Kleinstförderung: erste Runde" in html
    assert "Herbstrunde" not in html and "nächste Runde" not in html


def test_index_links_archive_projects_calendar_and_feed(client, demo_content):
    html = client.get("/de/funding/").content.decode()
    for url in ("/de/funding/archive/", "/de/funding/funded-projects/", "/de/funding/deadlines.ics",
                "/de/funding/feed/"):  # fmt: skip
        assert f'href="{url}"' in html
    assert "Integrationsfonds: Frühjahrsrunde" not in html  # closed calls live in the archive


def test_draft_call_is_hidden_from_public_and_previewed_for_staff(frozen, client, admin_client_logged_in):
    # (frozen first: the login must happen at the frozen instant, or its session has long expired)
    call = make_call(opens_at=berlin(2027, 3, 1), deadline=berlin(2027, 5, 1), status=Status.DRAFT)
    assert Client().get(call.get_absolute_url()).status_code == 404
    assert call.title_de not in Client().get("/de/funding/").content.decode()
    response = admin_client_logged_in.get(call.get_absolute_url())
    assert response.status_code == 200
    assert response.headers["X-Robots-Tag"] == "noindex"


def test_unknown_slugs_are_404(client, db):
    assert client.get("/de/funding/calls/no-such-call/").status_code == 404
    assert client.get("/de/funding/programmes/no-such-programme/").status_code == 404
    assert client.get("/de/funding/calls/no-such-call/deadline.ics").status_code == 404


def test_home_shows_the_open_call_that_closes_next(client, demo_content):
    html = client.get("/de/").content.decode()
    assert "Integrationsfonds: Herbstrunde" in html
    assert closes_in_days(6, "de") in html


def test_home_says_when_no_call_is_open(client, db):
    html = client.get("/de/").content.decode()
    with translation.override("de"):
        assert gettext("No call is open at the moment.") in html


def _grow_tenfold():
    """Nine more copies of every programme, call and funded project."""
    calls, projects = list(FundingCall.objects.all()), list(FundedProject.objects.all())
    for copy in range(1, 10):
        for call in calls:
            make_programme(slug=f"{call.programme.slug}-{copy}-{call.pk}")
            make_call(
                programme=call.programme, slug=f"{call.slug}-{copy}", opens_at=call.opens_at, deadline=call.deadline
            )
        for project in projects:
            project.pk = None
            project.title_de = f"{project.title_de} #{copy}"
            project.save()


PAGES = [
    "/de/funding/",
    "/de/funding/archive/",
    "/de/funding/calls/integrationsfonds-herbstrunde/",
    "/ar/funding/calls/integrationsfonds-herbstrunde/print/?with=en",
    "/de/funding/calls/integrationsfonds-herbstrunde/deadline.ics",
    "/de/funding/programmes/komm-an-nrw-teil-2/",
    "/en/funding/programmes/integrationsfonds-dortmund/print/",
    "/de/funding/funded-projects/",
    "/de/funding/funded-projects/?year=2026&district=eving",
    "/de/funding/funded-projects.csv",
    "/de/funding/deadlines.ics",
    "/de/funding/feed/",
    "/de/",
]


@pytest.mark.parametrize("url", PAGES)
def test_query_count_does_not_grow_with_data(client, demo_content, django_assert_num_queries, url, settings):
    settings.PORTAL_RENDER_CACHE_SECONDS = 0  # the views' own queries, every time (no page from the render cache)
    client.get(url)  # warm up (content types, caches)
    with CaptureQueriesContext(connection) as demo_queries:
        assert client.get(url).status_code == 200
    _grow_tenfold()
    assert FundedProject.objects.count() == 400
    with django_assert_num_queries(len(demo_queries.captured_queries)):
        assert client.get(url).status_code == 200


def test_changed_call_slug_redirects_permanently(client, frozen):
    call = make_call(opens_at=berlin(2027, 3, 1), deadline=berlin(2027, 5, 1), slug="old-call")
    call.slug = "new-call"
    call.save()
    response = client.get("/ar/funding/calls/old-call/")
    assert response.status_code == 301
    assert response.headers["Location"] == "/ar/funding/calls/new-call/"
