"""Site notice: shown in its time window, in the visitor's language, dismissible without JavaScript."""

import pytest
import time_machine
from django.test import Client

from portal.models import SiteNotice
from portal.site_notice import COOKIE_NAME
from tests.portal.factories import berlin, site_notice

pytestmark = pytest.mark.django_db

TEXT = "Am 24. Dezember sind alle Dienststellen geschlossen."


@pytest.fixture
def christmas():
    return site_notice(starts_at=berlin(2027, 12, 20, 8, 0), ends_at=berlin(2027, 12, 27, 0, 0), level="warning")


@pytest.mark.parametrize(
    ("instant", "shown"),
    [
        (berlin(2027, 12, 20, 7, 59, 59), False),
        (berlin(2027, 12, 20, 8, 0), True),
        (berlin(2027, 12, 24, 12, 0), True),
        (berlin(2027, 12, 26, 23, 59, 59), True),
        (berlin(2027, 12, 27, 0, 0), False),
    ],
)
def test_notice_shown_only_inside_its_window(client, christmas, instant, shown):
    with time_machine.travel(instant, tick=False):
        html = client.get("/de/").content.decode()
        assert (TEXT in html) is shown
        assert SiteNotice.objects.current().filter(pk=christmas.pk).exists() is shown
        assert christmas.is_current() is shown


def test_notice_in_visitor_language_or_german_marked_as_such(client):
    site_notice(text_ar="جميع المكاتب مغلقة يوم 24 ديسمبر.")
    html = client.get("/ar/").content.decode()
    assert 'lang="ar" dir="rtl">جميع المكاتب مغلقة' in html
    html = client.get("/uk/").content.decode()
    assert f'lang="de" dir="ltr">{TEXT}' in html


def test_notice_on_every_page_type(client):
    from tests.portal.factories import editorial_page

    site_notice()
    editorial_page(slug="kontakt")
    for url in ("/de/", "/de/info/kontakt/", "/de/feedback/"):
        assert TEXT in client.get(url).content.decode(), url


def test_dismiss_without_javascript_hides_notice_for_this_visitor(client):
    notice = site_notice()
    html = client.get("/de/").content.decode()
    assert f'action="/de/notices/{notice.pk}/dismiss/"' in html
    response = client.post(f"/de/notices/{notice.pk}/dismiss/", {"next": "/de/?x=1"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/de/?x=1"
    cookie = response.cookies[COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert TEXT not in client.get("/de/").content.decode()
    assert TEXT in Client().get("/de/").content.decode()  # others still see it


def test_dismiss_keeps_other_notices_and_refuses_foreign_redirect(client):
    first = site_notice()
    site_notice(text_de="Neue Sprechzeiten ab März.")
    response = client.post(f"/de/notices/{first.pk}/dismiss/", {"next": "https://evil.example/"})
    assert response.headers["Location"] == "/de/"
    html = client.get("/de/").content.decode()
    assert TEXT not in html and "Neue Sprechzeiten ab März." in html


def test_tampered_dismiss_cookie_is_ignored(client):
    site_notice()
    client.cookies[COOKIE_NAME] = "1,2,3"
    assert TEXT in client.get("/de/").content.decode()


def test_dismiss_is_post_only_and_unknown_notice_404(client):
    notice = site_notice()
    assert client.get(f"/de/notices/{notice.pk}/dismiss/").status_code == 405
    assert client.post("/de/notices/999999/dismiss/").status_code == 404


def test_error_pages_skip_the_notice(client):
    site_notice()
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert TEXT not in response.content.decode()


def test_site_notice_costs_one_query_whatever_the_number_of_notices(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def notice_queries():
        with CaptureQueriesContext(connection) as captured:
            client.get("/de/feedback/")
        return [
            query["sql"]
            for query in captured.captured_queries
            if "portal_sitenotice" in query["sql"] and "UNION" not in query["sql"]  # not the render cache's boundary
        ]

    site_notice(text_de="Hinweis 0")
    assert len(notice_queries()) == 1
    for number in range(1, 5):
        site_notice(text_de=f"Hinweis {number}")
    assert len(notice_queries()) == 1


def test_link_must_stay_on_site():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        site_notice(link_url="https://evil.example/")


def test_site_notice_admin(admin_client_logged_in):
    site_notice()
    html = admin_client_logged_in.get("/admin/portal/sitenotice/").content.decode()
    assert TEXT in html
    add = admin_client_logged_in.get("/admin/portal/sitenotice/add/").content.decode()
    assert 'name="text_ar"' in add
