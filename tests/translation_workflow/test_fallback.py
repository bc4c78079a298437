"""Fallback, honestly shown, across page types: a page is shown wholly in one language, never half and half.

An item not translated into the visitor's language is shown wholly in German with a notice, lang="de"/dir="ltr"
on the German part; the language switcher marks the languages it is not translated into; hreflang alternates and
x-default name only translated languages; the canonical link of a fallback page points to the German page.
"""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from lxml import html as lxml_html
from modeltranslation.utils import build_localized_fieldname

from portal.translated_fields import is_translated, missing_fields, required_fields, translated_q
from services.models import Service
from tests.funding.factories import berlin, make_call, make_programme
from tests.masterplan.factories import document, phase
from tests.portal.factories import editorial_page
from tests.services.factories import make_hsu_information, make_language, make_office, make_service, make_topic

pytestmark = pytest.mark.django_db


def _url(name, obj=None):
    def build(language):
        with translation.override(language):
            return (
                reverse(name, kwargs={"slug": obj.slug}) if obj is not None and hasattr(obj, "slug") else reverse(name)
            )

    return build


def topic():
    obj = make_topic(slug="fallback-topic")
    return obj, lambda lang: _url("services:topic", obj)(lang)


def service():
    obj = make_service(slug="fallback-service")
    return obj, lambda lang: _url("services:service", obj)(lang)


def office():
    obj = make_office(slug="fallback-office")
    return obj, lambda lang: _url("services:office", obj)(lang)


def hsu_language():
    obj = make_language(slug="albanian", name="Albanisch", endonym="Shqip", code="sq")
    return obj, lambda lang: _url("services:hsu_language", obj)(lang)


def hsu_information():
    obj = make_hsu_information()
    return obj, lambda lang: _url("services:hsu")(lang)


def programme():
    obj = make_programme(slug="fallback-programme")
    return obj, lambda lang: _url("funding:programme", obj)(lang)


def call():
    obj = make_call(slug="fallback-call", opens_at=berlin(2026, 1, 1), deadline=berlin(2099, 1, 31))
    return obj, lambda lang: _url("funding:call", obj)(lang)


def masterplan_document():
    obj = document(phase("fallback-phase"), slug="fallback-document")
    return obj, lambda lang: _url("masterplan:document", obj)(lang)


def info_page():
    obj = editorial_page(slug="fallback-info")
    return obj, lambda lang: _url("info_page", obj)(lang)


PAGE_TYPES = {
    "programme": programme,
    "call": call,
    "masterplan-document": masterplan_document,
    "info-page": info_page,
    "topic": topic,
    "service": service,
    "office": office,
    "hsu-language": hsu_language,
    "hsu": hsu_information,
}


def translate(obj, language):
    for field in required_fields(obj):
        german = getattr(obj, build_localized_fieldname(field, "de"))
        setattr(obj, build_localized_fieldname(field, language), f"{german} ({language})")
    obj.save()


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return lxml_html.fromstring(response.content)


def alternates(doc):
    return {link.get("hreflang"): link.get("href") for link in doc.xpath("//head/link[@rel='alternate'][@hreflang]")}


def canonical(doc):
    return doc.xpath("//head/link[@rel='canonical']/@href")[0]


def switcher_untranslated(doc):
    return {
        a.get("hreflang") for a in doc.xpath("//nav[contains(@class,'language-switcher')]//a[@class='untranslated']")
    }


@pytest.fixture(params=list(PAGE_TYPES))
def page_type(request):
    return PAGE_TYPES[request.param]()


@pytest.mark.parametrize("language,direction", [("tr", "ltr"), ("ar", "rtl"), ("fa", "rtl")])
def test_untranslated_item_shown_wholly_in_german_with_notice(client, page_type, language, direction):
    obj, url = page_type
    doc = page(client, url(language))
    root = doc.getroottree().getroot()
    assert root.get("lang") == language and root.get("dir") == direction
    assert doc.xpath("//*[contains(@class,'notice--fallback')]"), "fallback notice missing"
    (content,) = doc.xpath("//main//div[contains(@class,'content')][@lang]")
    assert content.get("lang") == "de" and content.get("dir") == "ltr"
    assert canonical(doc) == settings.PORTAL_SITE_URL + url("de")
    links = alternates(doc)
    assert set(links) == {"de", "x-default"}
    assert links["x-default"] == settings.PORTAL_SITE_URL + url("de")
    assert switcher_untranslated(doc) == {code for code, _name in settings.LANGUAGES} - {"de"}


def test_translated_item_shown_in_visitor_language_without_notice(client, page_type):
    obj, url = page_type
    translate(obj, "ar")
    translate(obj, "uk")
    doc = page(client, url("ar"))
    assert not doc.xpath("//*[contains(@class,'notice--fallback')]")
    (content,) = doc.xpath("//main//div[contains(@class,'content')][@lang]")
    assert content.get("lang") == "ar" and content.get("dir") == "rtl"
    assert canonical(doc) == settings.PORTAL_SITE_URL + url("ar")
    links = alternates(doc)
    assert set(links) == {"de", "ar", "uk", "x-default"}
    assert links["uk"] == settings.PORTAL_SITE_URL + url("uk")
    assert "ar" not in switcher_untranslated(doc) and "tr" in switcher_untranslated(doc)


@pytest.mark.parametrize(  # the page types with more than one required field
    "kind", ["topic", "service", "office", "hsu", "programme", "call", "masterplan-document", "info-page"]
)
def test_half_translated_item_is_not_shown_half_and_half(client, kind):
    obj, url = PAGE_TYPES[kind]()
    first, *_rest = required_fields(obj)
    setattr(obj, build_localized_fieldname(first, "tr"), "Sadece başlık")
    obj.save()
    doc = page(client, url("tr"))
    assert doc.xpath("//*[contains(@class,'notice--fallback')]")
    body = lxml_html.tostring(doc, encoding="unicode")
    assert "Sadece başlık" not in body
    (crumb,) = doc.xpath("//nav[@class='breadcrumbs']//*[@aria-current='page']")
    if crumb.text == getattr(obj, build_localized_fieldname(first, "de")):
        assert crumb.get("lang") == "de" and crumb.get("dir") == "ltr"  # German title inside a Turkish page
    else:
        assert crumb.get("lang") is None  # an interface label in the visitor's language (the HSU page)


def test_a_section_with_german_text_and_none_in_the_language_makes_the_page_german_not_shorter(client):
    obj = make_service(slug="sections", what_to_bring="<ul><li>Reisepass</li></ul>")  # German (factory: in_german)
    translate(obj, "tr")  # title, summary and body: the required fields only
    in_list = Service.objects.filter(translated_q(Service, "tr"))
    assert missing_fields(obj, "tr") == ["what_to_bring"] and not is_translated(obj, "tr") and obj not in in_list
    doc = page(client, f"/tr/services/{obj.slug}/")
    assert doc.xpath("//*[contains(@class,'notice--fallback')]") and "Reisepass" in doc.text_content()

    obj.what_to_bring_tr = "<ul><li>Pasaport</li></ul>"
    obj.save()
    assert missing_fields(obj, "tr") == [] and obj in Service.objects.filter(translated_q(Service, "tr"))
    doc = page(client, f"/tr/services/{obj.slug}/")
    assert not doc.xpath("//*[contains(@class,'notice--fallback')]") and "Pasaport" in doc.text_content()
    assert missing_fields(obj, "uk") == ["title", "summary", "body", "what_to_bring"]  # costs: no German, not needed
