"""Feedback: "Was this page helpful?" on content pages and the accessibility feedback form."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from portal.models import Feedback
from tests.portal.factories import editorial_page, translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def page():
    return editorial_page(slug="kontakt")


def test_every_content_page_asks_whether_it_was_helpful(client, page):
    html = client.get("/de/info/kontakt/").content.decode()
    assert 'id="feedback"' in html
    assert 'action="/de/feedback/helpful/"' in html
    assert 'name="page" value="/de/info/kontakt/"' in html
    assert 'name="helpful" value="yes"' in html and 'name="helpful" value="no"' in html
    assert "csrfmiddlewaretoken" not in html  # the page sets no cookie (portal.http_cache, portal.origin)
    assert '<label for="helpful-comment">' in html


def test_helpful_answer_stored_and_visitor_sent_back_with_thanks(client, page):
    response = client.post(
        "/ar/feedback/helpful/", {"page": "/ar/info/kontakt/", "helpful": "no", "comment": "Zu lang."}, follow=True
    )
    assert response.redirect_chain == [("/ar/info/kontakt/#feedback", 302)]
    assert translated("ar", "Thank you for your feedback.") in response.content.decode()
    feedback = Feedback.objects.get()
    assert (feedback.kind, feedback.page, feedback.helpful, feedback.message, feedback.language) == (
        "helpful",
        "/ar/info/kontakt/",
        False,
        "Zu lang.",
        "ar",
    )


def test_feedback_stores_no_ip_address(client, page):
    client.post("/de/feedback/helpful/", {"page": "/de/info/kontakt/", "helpful": "yes"}, REMOTE_ADDR="203.0.113.9")
    row = Feedback.objects.values().get()
    assert not any("203.0.113" in str(value) for value in row.values())
    assert {field.name for field in Feedback._meta.fields}.isdisjoint({"ip", "ip_address", "remote_addr"})


def test_helpful_without_answer_is_refused_with_message(client, page):
    response = client.post("/de/feedback/helpful/", {"page": "/de/info/kontakt/"}, follow=True)
    assert response.status_code == 200
    assert translated("de", "Please choose “Yes” or “No” to send your feedback.") in response.content.decode()
    assert Feedback.objects.count() == 0


def test_helpful_redirect_target_must_be_on_this_site(client):
    response = client.post("/de/feedback/helpful/", {"page": "https://evil.example/", "helpful": "yes"})
    assert response.headers["Location"] == "/de/#feedback"


def test_honeypot_filled_is_thanked_but_not_stored(client, page):
    response = client.post(
        "/de/feedback/helpful/", {"page": "/de/info/kontakt/", "helpful": "yes", "website": "http://spam.example"}
    )
    assert response.status_code == 302
    assert Feedback.objects.count() == 0


def test_eleventh_submission_within_a_minute_is_refused_politely(client, page):
    with time_machine.travel("2027-01-10 10:00:00+00:00", tick=False):
        for _number in range(10):
            response = client.post("/en/feedback/helpful/", {"page": "/en/info/kontakt/", "helpful": "yes"})
            assert response.status_code == 302
        refused = client.post("/en/feedback/helpful/", {"page": "/en/info/kontakt/", "helpful": "yes"})
        assert refused.status_code == 429
        assert "Please wait 60 seconds" in refused.content.decode()
        assert refused.headers["Retry-After"] == "60"
        other_client = client.post("/en/feedback/", {"message": "Kontrast zu gering."}, REMOTE_ADDR="198.51.100.7")
        assert other_client.status_code == 302  # the limit is per client
    assert Feedback.objects.count() == 11


def test_accessibility_form_is_labelled_and_linked_from_content_pages(client, page):
    html = client.get("/de/feedback/?page=/de/info/kontakt/").content.decode()
    for name in ("message", "page", "name", "email"):
        assert f'<label for="id_{name}">' in html
    assert 'value="/de/info/kontakt/"' in html
    assert "Ombudsstelle" in html
    assert 'href="/de/feedback/?page=/de/info/kontakt/"' in client.get("/de/info/kontakt/").content.decode()


def test_accessibility_form_keeps_input_on_error(client):
    response = client.post("/de/feedback/", {"message": "", "name": "Alex", "email": "kaputt"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Alex"' in html and 'value="kaputt"' in html
    assert Feedback.objects.count() == 0


def test_accessibility_feedback_stored_listed_in_admin_and_mailed(client, admin_client_logged_in, settings):
    settings.PORTAL_FEEDBACK_EMAIL = "barrierefreiheit@example.org"
    anonymous = Client()
    response = anonymous.post(
        "/de/feedback/",
        {"message": "Das PDF ist nicht lesbar.", "page": "/de/info/x/", "email": "a@example.org"},
        follow=True,
    )
    assert translated("de", "Thank you. Your message has been sent.") in response.content.decode()
    feedback = Feedback.objects.get()
    assert feedback.kind == "accessibility" and feedback.email == "a@example.org"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["barrierefreiheit@example.org"]
    assert "Das PDF ist nicht lesbar." in mail.outbox[0].body
    changelist = admin_client_logged_in.get("/admin/portal/feedback/")
    assert changelist.status_code == 200
    assert "Das PDF ist nicht lesbar." in changelist.content.decode()


def test_no_mail_without_configured_address(client, settings):
    settings.PORTAL_FEEDBACK_EMAIL = ""
    client.post("/de/feedback/", {"message": "Hallo"})
    assert Feedback.objects.count() == 1
    assert mail.outbox == []


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "http://testserver"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_REFERER": "https://evil.example/form.html"},
    ],
)
def test_feedback_from_another_site_is_refused(page, headers):
    strict = Client(enforce_csrf_checks=True)
    helpful = strict.post("/de/feedback/helpful/", {"page": "/de/info/kontakt/", "helpful": "yes"}, **headers)
    barrier = strict.post("/de/feedback/", {"message": "x"}, **headers)
    assert helpful.status_code == barrier.status_code == 403
    assert Feedback.objects.count() == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "http://testserver/de/info/kontakt/"},
        {},  # a program, not a browser: no visitor's rights to abuse; rate limit and honeypot still apply
    ],
)
def test_feedback_from_this_site_needs_no_csrf_token(page, headers):
    strict = Client(enforce_csrf_checks=True)
    helpful = strict.post("/de/feedback/helpful/", {"page": "/de/info/kontakt/", "helpful": "yes"}, **headers)
    barrier = strict.post("/de/feedback/", {"message": "Die Tabelle ist nicht lesbar."}, **headers)
    assert helpful.status_code == barrier.status_code == 302
    assert sorted(Feedback.objects.values_list("kind", flat=True)) == sorted(
        [Feedback.Kind.HELPFUL, Feedback.Kind.ACCESSIBILITY]
    )


def test_helpful_is_post_only(client):
    assert client.get("/de/feedback/helpful/").status_code == 405


def test_purge_feedback_deletes_entries_older_than_retention(settings, capsys):
    settings.PORTAL_FEEDBACK_RETENTION_DAYS = 30
    now = timezone.now()
    with time_machine.travel(now - timedelta(days=31), tick=False):
        Feedback.objects.create(kind="helpful", helpful=True, page="/de/alt/")
    with time_machine.travel(now - timedelta(days=29), tick=False):
        Feedback.objects.create(kind="helpful", helpful=True, page="/de/neu/")
    call_command("purge_feedback")
    assert list(Feedback.objects.values_list("page", flat=True)) == ["/de/neu/"]
    assert "Deleted 1 feedback entries older than 30 days." in capsys.readouterr().out


@pytest.mark.parametrize(
    "path, where",
    [
        ("/de/services/", '<main id="main" tabindex="-1">'),  # a list page: at the top of the main content
        ("/de/", '<main id="main" tabindex="-1">'),
        ("/de/feedback/", '<main id="main" tabindex="-1">'),
        ("/de/info/kontakt/", 'id="helpful-heading"'),  # a content page: in the "helpful?" box, beside its form
    ],
)
def test_one_time_message_shown_once_on_every_page_type(client, page, path, where):
    """The base template shows django.contrib.messages on every page, exactly once (the services list showed none)."""
    text = translated("de", "Please choose “Yes” or “No” to send your feedback.")
    response = client.post("/de/feedback/helpful/", {"page": path}, follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [(f"{path}#feedback", 302)]  # on a content page, the box with the form
    assert html.count(text) == 1 and html.count('class="messages') == 1
    assert html.index(where) < html.index(text)
    assert text not in client.get(path).content.decode()  # one time: gone on the next visit
