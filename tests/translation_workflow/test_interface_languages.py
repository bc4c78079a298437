"""Every page type in all ten languages: no German interface text left in a non-German page's chrome.

The chrome (header, navigation, breadcrumbs, notices, footer) is the user interface, translated by gettext; the
content part may be German on a fallback page, and carries lang="de" then. A text node of the chrome that equals a
German msgstr of the catalogue (where the language's own msgstr differs) means a string was not translated.
"""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from lxml import html as lxml_html

from tests.funding.factories import berlin, make_call, make_programme
from tests.masterplan.factories import document, phase
from tests.portal.factories import editorial_page
from tests.services.factories import make_office, make_service, make_topic

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "de"]


def catalogue(code):
    return polib.pofile(str(Path(settings.BASE_DIR) / "locale" / code / "LC_MESSAGES" / "django.po"))


def german_only_strings(code):
    """German msgstrs whose translation into ``code`` reads differently (so seeing them means German leaked)."""
    german = {entry.msgid: entry.msgstr for entry in catalogue("de") if entry.msgstr and not entry.msgid_plural}
    target = {entry.msgid: entry.msgstr for entry in catalogue(code) if not entry.msgid_plural}
    return {text.strip() for msgid, text in german.items() if target.get(msgid, "").strip() != text.strip()}


@pytest.fixture
def pages():
    programme = make_programme(slug="chrome-programme")
    call = make_call(programme=programme, slug="chrome-call", opens_at=berlin(2026, 1, 1), deadline=berlin(2099, 1, 1))
    # content titles that are no interface text (the test looks for interface strings only)
    topic = make_topic(slug="chrome-topic", title="Testthema Chromtext")
    office = make_office(slug="chrome-office", name="Testamt Chromtext", unit="Testabteilung Chromtext")
    service = make_service(slug="chrome-service", title="Testdienst Chromtext", topics=[topic], offices=[office])
    doc = document(phase("chrome-phase"), slug="chrome-document")
    page = editorial_page(slug="chrome-info")
    return [
        ("home", {}), ("services:index", {}), ("services:hsu", {}), ("funding:index", {}), ("masterplan:index", {}),
        ("services:service", {"slug": service.slug}), ("funding:call", {"slug": call.slug}),
        ("funding:programme", {"slug": programme.slug}), ("masterplan:document", {"slug": doc.slug}),
        ("info_page", {"slug": page.slug}),
    ]  # fmt: skip


def chrome_texts(doc, language):
    """Text nodes outside the content part and outside elements in another language."""
    texts = []

    def walk(element, inherited):
        if not isinstance(element.tag, str) or element.tag in {"script", "style", "head"}:
            return
        lang = element.get("lang", inherited)
        if lang != language or "content" in (element.get("class") or "").split():
            return
        if element.text and element.text.strip():
            texts.append(element.text.strip())
        for child in element:
            walk(child, lang)
            if child.tail and child.tail.strip() and lang == language:
                texts.append(child.tail.strip())

    walk(doc.body, language)
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_interface_chrome_has_no_german_left(client, pages, language):
    leaked = german_only_strings(language)
    found = {}
    for name, kwargs in pages:
        with translation.override(language):
            url = reverse(name, kwargs=kwargs)
        response = client.get(url)
        assert response.status_code == 200, url
        doc = lxml_html.fromstring(response.content)
        assert doc.get("lang") == language
        german = [text for text in chrome_texts(doc, language) if text in leaked]
        if german:
            found[url] = german
    assert found == {}, f"German interface text in {language} pages: {found}"
