"""The admin is German: the pages an editor uses show none of Django's (or the libraries') English messages, the
JavaScript catalog has German for the admin's and the rich-text editor's messages, the site carries the portal's
name, and staff whose browser asks for another site language still get the German admin."""

import json
import re
from pathlib import Path

import django
import django_otp
import django_prose_editor
import lxml.html
import polib
import pytest
import reversion
from django.conf import settings
from django.test import Client
from django.utils import translation

from funding.models import FundingCall
from services.models import Topic
from tests.workflow.conftest import make_staff

pytestmark = pytest.mark.django_db

DJANGO = Path(django.__file__).parent
CATALOGS = [
    DJANGO / "conf/locale/en/LC_MESSAGES/django.po",
    DJANGO / "contrib/admin/locale/en/LC_MESSAGES/django.po",
    DJANGO / "contrib/auth/locale/en/LC_MESSAGES/django.po",
    Path(reversion.__file__).parent / "locale/de/LC_MESSAGES/django.po",
    Path(django_otp.__file__).parent / "locale/de/LC_MESSAGES/django.po",
    Path(django_prose_editor.__file__).parent / "locale/de/LC_MESSAGES/django.po",
]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")
LANGUAGE_NAMES = {name for _code, name in settings.LANGUAGES}  # each named in its own script, on purpose


def english_messages():
    """Django's and the libraries' English messages (each msgid and plural), as whole-text patterns; only those
    that read differently in German (``Name`` is German too)."""
    patterns = {}
    for path in CATALOGS:
        for entry in polib.pofile(str(path)):
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                text = " ".join(msgid.split())
                if len(text) < 3 or not re.search("[a-z]", text) or text in LANGUAGE_NAMES:
                    continue
                with translation.override("de"):
                    german = translation.pgettext(entry.msgctxt, msgid) if entry.msgctxt else translation.gettext(msgid)
                if " ".join(german.split()) == text:
                    continue
                pieces = [re.escape(piece) for piece in PLACEHOLDER.split(text)]
                patterns[text] = re.compile("^" + ".+".join(pieces) + "$")
    assert len(patterns) > 300  # the catalogs were read
    return patterns


def visible_texts(page_html):
    tree = lxml.html.fromstring(page_html)
    for element in tree.xpath("//script|//style|//textarea|//template"):
        element.drop_tree()
    texts = [" ".join(text.split()) for text in tree.xpath("//body//text()")]
    for name in ATTRIBUTES:
        texts += [" ".join(value.split()) for value in tree.xpath(f"//body//@{name}")]
    texts += [" ".join(v.split()) for v in tree.xpath("//input[@type='submit' or @type='button']/@value")]
    return {text for text in texts if text}


def editor_pages():
    topic = Topic.objects.order_by("pk").first()
    call = FundingCall.objects.order_by("pk").first()
    return [
        "/admin/",
        "/admin/services/",
        "/admin/services/topic/",
        "/admin/services/topic/?q=nichts-gefunden",
        "/admin/services/topic/add/",
        f"/admin/services/topic/{topic.pk}/change/",
        f"/admin/services/topic/{topic.pk}/workflow/history/",
        "/admin/services/service/",
        "/admin/services/office/add/",
        "/admin/services/hsuoffering/",
        "/admin/services/hsuoffering/add/",
        "/admin/services/hsuoffering/import-csv/",
        "/admin/funding/fundingcall/",
        f"/admin/funding/fundingcall/{call.pk}/change/",
        "/admin/workflow/pendingchange/",
        "/admin/password_change/",
    ]


@pytest.fixture
def editor_client(django_user_model, demo_site):
    client = Client()  # no Accept-Language: the admin's default
    client.force_login(make_staff(django_user_model, "editor"))
    return client


def test_admin_pages_an_editor_uses_show_no_english_message(editor_client):
    patterns = english_messages()
    found = []
    for url in editor_pages():
        response = editor_client.get(url, follow=True)
        assert response.status_code == 200, url
        for text in visible_texts(response.content.decode()):
            found += [(url, text) for msgid, pattern in patterns.items() if pattern.match(text)]
    assert found == [], found


def test_admin_is_german_even_when_the_browser_asks_for_another_site_language(editor_client):
    page = editor_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ar,fa;q=0.8").content.decode()
    tree = lxml.html.fromstring(page)
    assert tree.get("lang") == "de" and tree.get("dir") == "ltr"
    editor_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "tr"
    assert lxml.html.fromstring(editor_client.get("/admin/").content).get("lang") == "de"
    del editor_client.cookies[settings.LANGUAGE_COOKIE_NAME]
    # English msgids are complete, so English stays available to staff whose browser asks for it
    assert lxml.html.fromstring(editor_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content).get("lang") == "en"


def test_admin_is_branded_with_the_portals_name(editor_client):
    tree = lxml.html.fromstring(editor_client.get("/admin/").content)
    with translation.override("de"):
        header = translation.gettext("Integration in Dortmund")
        title = translation.gettext("MIA-DO-KI Dortmund")
    assert tree.xpath("string(//*[@id='site-name'])").strip() == header
    assert tree.xpath("string(//title)").strip().endswith(title)
    assert "Django" not in tree.xpath("string(//title)") + tree.xpath("string(//header)")


def javascript_catalog(client):
    source = client.get("/admin/jsi18n/").content.decode()
    match = re.search(r"const newcatalog = (\{.*?\});\n", source, re.S)
    assert match, "no catalog in the admin's JavaScript"
    return json.loads(match.group(1))


def test_javascript_catalog_has_german_for_the_admin_and_the_editor(editor_client):
    catalog = javascript_catalog(editor_client)
    editor = Path(django_prose_editor.__file__).parent / "locale/de/LC_MESSAGES/djangojs.mo"  # what it ships
    wanted = [
        f"{e.msgctxt}\x04{e.msgid}" if e.msgctxt else e.msgid
        for e in [
            *polib.pofile(str(DJANGO / "contrib/admin/locale/en/LC_MESSAGES/djangojs.po")),
            *polib.mofile(str(editor)),
        ]
        if e.msgid
    ]
    wanted += ["bold", "italic", "insert link", "Insert table", "undo", "Heading 2", "Paragraph", "Add caption"]
    missing = [msgid for msgid in wanted if msgid not in catalog]
    assert missing == []
    assert catalog["Choose all %s"] != "Choose all %s" and catalog["bold"] != "bold"


def test_override_catalogs_are_compiled():
    for po_path in sorted((Path(settings.BASE_DIR) / "locale_overrides").glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        assert mo_path.exists(), mo_path
        compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.mofile(str(mo_path))}
        source = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.pofile(str(po_path))}
        assert {key: value for key, value in compiled.items() if key[1]} == source
