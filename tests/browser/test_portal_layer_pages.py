"""The shared page layer in a real browser: editorial pages, feedback form, site notice (de and ar).

axe-core finds nothing, no request leaves the site, and the forms work with JavaScript switched off.
"""

import pytest

from portal import demo
from tests.browser.conftest import check_page, format_violations, run_axe
from tests.portal.factories import site_notice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOTICE_DE = "Am 24. Dezember sind alle Dienststellen geschlossen."
NOTICE_AR = "جميع المكاتب مغلقة يوم 24 ديسمبر."


@pytest.fixture
def legal_pages():
    demo.load(today=None)


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize("slug", ["barrierefreiheit", "datenschutz", "impressum"])
def test_editorial_page_accessible_and_private(page, live_server, legal_pages, lang, slug):
    check_page(page, f"{live_server.url}/{lang}/info/{slug}/", expect_lang=lang, screenshot=f"info-{slug}-{lang}.png")
    assert page.locator("h1").count() == 1
    assert page.locator("#feedback h2").count() == 1


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_editorial_print_view_accessible(page, live_server, legal_pages, lang):
    check_page(page, f"{live_server.url}/{lang}/info/impressum/print/", expect_lang=lang)


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_feedback_form_accessible_and_private(page, live_server, lang):
    check_page(page, f"{live_server.url}/{lang}/feedback/", expect_lang=lang, screenshot=f"feedback-{lang}.png")
    assert page.get_by_label("Your message").count() == 1 or page.locator("#id_message").count() == 1


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_page_with_site_notice_accessible(page, live_server, legal_pages, lang):
    site_notice(
        text_ar=NOTICE_AR,
        level="warning",
        link_url="/de/info/impressum/",
        link_text_de="Mehr dazu",
        link_text_ar="المزيد",
    )  # translated wholly: a notice with a German-only part is shown in German
    check_page(page, f"{live_server.url}/{lang}/", expect_lang=lang, screenshot=f"site-notice-{lang}.png")
    assert page.get_by_text(NOTICE_AR if lang == "ar" else NOTICE_DE).count() == 1
    check_page(page, f"{live_server.url}/{lang}/info/leichte-sprache/", expect_lang=lang)


def test_site_notice_dismissed_without_javascript(make_context, live_server):
    site_notice()
    context = make_context(javascript=False)
    page = context.new_page()
    page.recorder = context.recorder
    page.goto(f"{live_server.url}/de/")
    assert page.get_by_text(NOTICE_DE).count() == 1
    page.locator(".site-notice button").click()
    page.wait_for_load_state("load")
    assert page.url == f"{live_server.url}/de/"
    assert page.get_by_text(NOTICE_DE).count() == 0
    assert context.recorder.foreign == []


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_helpful_answer_without_javascript_shows_thanks(make_context, live_server, legal_pages, lang):
    from portal.models import Feedback

    context = make_context(javascript=False)
    page = context.new_page()
    page.recorder = context.recorder
    page.goto(f"{live_server.url}/{lang}/info/barrierefreiheit/")
    page.locator("#helpful-comment").fill("Gut erklärt.")
    page.locator('button[name="helpful"][value="yes"]').click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"/{lang}/info/barrierefreiheit/#feedback")
    assert page.locator("#feedback .messages").count() == 1
    assert Feedback.objects.get().message == "Gut erklärt."
    assert context.recorder.foreign == []


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_thank_you_and_error_states_accessible(page, live_server, legal_pages, lang):
    """axe needs JavaScript: the states reached without it are checked here with it switched on."""
    page.goto(f"{live_server.url}/{lang}/info/barrierefreiheit/")
    page.locator('button[name="helpful"][value="no"]').click()
    page.wait_for_load_state("load")
    assert page.locator("#feedback .messages").count() == 1
    violations = run_axe(page)
    assert not violations, format_violations(violations)
    page.goto(f"{live_server.url}/{lang}/feedback/")
    page.locator("#id_email").fill("kein-e-mail")
    page.locator("form.feedback-form button[type=submit]").click()
    page.wait_for_load_state("load")
    assert page.locator(".field .error").count() == 2  # message missing, e-mail malformed
    violations = run_axe(page)
    assert not violations, format_violations(violations)
    assert page.recorder.foreign == []
