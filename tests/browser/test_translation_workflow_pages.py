"""Translations in a real browser: right-to-left pages mirrored, fallback pages, the Leichte-Sprache box and the
sign-language video — axe-clean, no foreign request, screenshots kept as CI artifacts."""

import pytest

from portal.languages import LANGUAGE_TABLE
from portal.translation_workflow import demo
from tests.browser.conftest import ARTIFACTS, check_page
from tests.services.factories import make_service

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def box(page, selector):
    element = page.locator(selector).first
    element.scroll_into_view_if_needed()
    result = element.bounding_box()
    assert result is not None, f"{selector} not visible"
    return result


def assert_mirrored(page, lang):
    """Site name and navigation start at the right edge in ar/fa, at the left edge otherwise."""
    width = page.viewport_size["width"]
    name = box(page, ".site-name")
    first = box(page, ".main-nav li:first-child a")
    last = box(page, ".main-nav li:last-child a")
    if lang in {"ar", "fa"}:
        assert name["x"] + name["width"] > width * 0.75, name
        assert name["x"] > width * 0.4, name
        assert first["x"] > last["x"] or first["y"] < last["y"], (first, last)
        assert first["x"] + first["width"] > width * 0.6, first
    else:
        assert name["x"] < width * 0.25, name
        assert first["x"] < width * 0.4, first


@pytest.mark.parametrize("lang", ["ar", "fa", "de"])
def test_home_mirrored_in_right_to_left_languages(page, live_server, lang):
    page.set_viewport_size({"width": 1280, "height": 900})
    check_page(page, f"{live_server.url}/{lang}/", expect_lang=lang, screenshot=f"translations-home-{lang}.png")
    assert_mirrored(page, lang)
    easy_read = page.locator(".easy-read div[lang='de']")
    if easy_read.count():
        assert easy_read.get_attribute("dir") == "ltr"


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_fallback_page_mirrored_chrome_german_content(page, live_server, lang):
    make_service(slug="nur-deutsch", title="Nur auf Deutsch", summary="Diese Seite gibt es nur auf Deutsch.")
    page.set_viewport_size({"width": 1280, "height": 900})
    check_page(
        page, f"{live_server.url}/{lang}/services/nur-deutsch/", expect_lang=lang,
        screenshot=f"translations-fallback-{lang}.png",
    )  # fmt: skip
    assert_mirrored(page, lang)
    content = page.locator("main .content[lang]").first
    assert content.get_attribute("lang") == "de" and content.get_attribute("dir") == "ltr"
    assert page.locator(".notice--fallback").count() == 1
    assert page.locator(f".language-switcher a[hreflang='{lang}'].untranslated").count() == 1
    # the German article reads left to right inside the mirrored page
    heading = box(page, "main .content h1")
    column = box(page, "main .content[lang]")
    assert heading["x"] - column["x"] < 5, (heading, column)


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_sign_language_page_with_sample_video(page, live_server, lang, demo_site):
    demo.ensure_sample_video()
    check_page(
        page, f"{live_server.url}/{lang}/info/gebaerdensprache/", expect_lang=lang,
        screenshot=f"translations-sign-language-{lang}.png",
    )  # fmt: skip
    video = page.locator("video.sign-video__player")
    assert video.count() == 1
    assert page.locator("video track[kind='captions']").count() == 1
    assert page.locator(".sign-video__sample").count() == 1


def test_admin_language_tabs_self_hosted(page, live_server, django_user_model):
    from tests.translation_workflow.conftest import make_video

    django_user_model.objects.create_user(
        username="translator", password="a-long-test-password", is_staff=True, is_superuser=True
    )
    video = make_video(translations=["tr"])
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "translator")
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/translations/signlanguagevideo/{video.pk}/change/")
    tabs = page.locator(".mt-tabs button.mt-tab")
    assert tabs.count() == len(LANGUAGE_TABLE)
    assert tabs.first.get_attribute("lang") == "de" and tabs.first.locator(".mt-tab__required").count() == 1
    assert page.locator(".form-row.field-title_de").is_visible()
    assert not page.locator(".form-row.field-title_tr").is_visible()
    page.locator(".mt-tabs button[lang='tr']").click()
    assert page.locator(".form-row.field-title_tr").is_visible()
    assert page.locator(".form-row.field-title_de.mt-source-row").is_visible()  # German source beside it
    assert not page.locator(".form-row.field-title_en").is_visible()
    assert page.locator(".mt-tabs button[lang='tr']").get_attribute("aria-pressed") == "true"
    assert page.locator(".form-row.field-slug").is_visible()  # language-neutral
    assert page.recorder.foreign == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "translations-admin-tabs.png"), full_page=True)
