"""Rich text: a battery of XSS payloads, stored through the admin, the ORM and the demo loader, never
reaches a rendered page as live markup (sanitised on save and again on render)."""

import json
import re

import lxml.html
import pytest
from django.db import connection
from django.test import Client
from django.utils import translation

from portal import demo
from portal.models import EditorialPage
from portal.publication import Status
from portal.richtext import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitize, without_control_characters
from tests.portal.factories import management_form_data

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)">x</a>',
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#00001'
    '05&#0000112&#0000116&#0000058alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="data:image/svg+xml,<svg onload=alert(1)>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="https://example.org/" onmouseover="alert(1)">x</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    '<embed src="javascript:alert(1)">',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<style>body{background:url("javascript:alert(1)")}</style>',
    '<div style="width: expression(alert(1))">x</div>',
    "<body onload=alert(1)>",
    '<p onclick="alert(1)">x</p>',
    '<h2 dir="rtl" onmouseenter="alert(1)">x</h2>',
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel="stylesheet" href="javascript:alert(1)">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
    '<video><source onerror="alert(1)"></video>',
    '"><script>alert(1)</script>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    '<p><a href="https://example.org/" target="_blank" rel="opener">ok</a></p>',
]

SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
TEMPLATE_TAGS = {"div", "article", "h1", "p", "time", "section", "span"}


def test_battery_has_at_least_thirty_payloads():
    assert len(PAYLOADS) >= 30


def _scheme(url):
    url = re.sub(r"[\x00-\x20]", "", url).lower()
    match = re.match(r"^([a-z][a-z0-9+.-]*):", url)
    return match.group(1) if match else None


def assert_no_live_markup(html):
    """Inside the page's content: only allowed tags and attributes, no handlers, styles or unsafe URLs."""
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//style|//iframe|//object|//embed|//math|//base|//meta[@http-equiv]")
    for script in tree.xpath("//script"):  # only the portal's own files, or structured data that parses as JSON
        if script.get("type") == "application/ld+json":
            json.loads(script.text)
        else:
            assert script.get("src", "").startswith("/static/") and not (script.text or "").strip()
    assert all(form.get("action", "").startswith("/") for form in tree.xpath("//form"))  # only the page's own forms
    content = tree.xpath("//div[contains(@class, 'content')]")
    assert content, "page has no content area"
    for element in content[0].iter():
        if not isinstance(element.tag, str):
            continue
        assert element.tag in ALLOWED_TAGS | TEMPLATE_TAGS, f"unexpected <{element.tag}>"
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"event handler {name}"
            assert name.lower() not in {"style", "srcdoc", "formaction", "background", "xlink:href"}
            if name in {"href", "src", "action"}:
                assert _scheme(value) in SAFE_SCHEMES | {None}, f"unsafe URL {value!r}"
    for element in tree.iter():
        if isinstance(element.tag, str):
            assert not any(name.lower().startswith("on") for name in element.attrib), element.tag


def _body(payload):
    return f"<p>Vorher</p>{payload}<p>Nachher</p>"


def _render(client, slug):
    response = client.get(f"/de/info/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vorher" in html
    return html


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sanitize_keeps_only_allow_list(payload):
    cleaned = sanitize(payload)
    tree = lxml.html.fragment_fromstring(f"<div>{cleaned}</div>")
    for element in tree.iter():
        if element is tree or not isinstance(element.tag, str):
            continue
        assert element.tag in ALLOWED_TAGS
        assert set(element.attrib) - ALLOWED_ATTRIBUTES.get(element.tag, set()) - {"rel"} == set()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_saved_through_orm_never_live(client, payload):
    page = EditorialPage.objects.create(slug="orm", title_de="ORM", body_de=_body(payload), status=Status.PUBLISHED)
    page.refresh_from_db()
    assert "alert(1)" not in page.body_de or "<" not in page.body_de.split("alert(1)")[0][-1:]
    assert_no_live_markup(_render(client, "orm"))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_stored_through_update_and_bulk_create_never_live(client, payload):
    EditorialPage.objects.bulk_create(
        [EditorialPage(slug="bulk", title_de="Bulk", body_de=_body(payload), status=Status.PUBLISHED)]
    )
    assert_no_live_markup(_render(client, "bulk"))
    EditorialPage.objects.filter(slug="bulk").update(body_de=_body(payload), body_ar=_body(payload))
    stored = EditorialPage.objects.values_list("body_de", "body_ar").get(slug="bulk")
    assert stored == (sanitize(_body(payload)), sanitize(_body(payload)))
    assert_no_live_markup(_render(client, "bulk"))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_posted_through_admin_never_live(admin_client_logged_in, payload):
    data = {
        **management_form_data(admin_client_logged_in, "/admin/portal/editorialpage/add/"),
        "title_de": "Admin <script>alert(1)</script>",
        "slug": "admin-seite",
        "summary_de": payload,
        "body_de": _body(payload),
        "body_ar": _body(payload),
        "status": Status.PUBLISHED,
        "_save": "Save",
    }
    response = admin_client_logged_in.post("/admin/portal/editorialpage/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = EditorialPage.objects.get(slug="admin-seite")
    assert page.body_de == sanitize(_body(payload))
    html = _render(Client(), "admin-seite")
    assert_no_live_markup(html)
    assert "Admin &lt;script&gt;" in html


@pytest.mark.parametrize("payload", PAYLOADS[:12])
def test_payload_through_demo_loader_never_live(client, payload):
    demo.ensure_page({"slug": "demo-xss", "title_de": "Demo", "summary_de": "", "body_de": _body(payload)})
    assert_no_live_markup(_render(client, "demo-xss"))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_render_filter_sanitises_text_that_bypassed_the_field(client, payload):
    page = EditorialPage.objects.create(slug="roh", title_de="Roh", body_de="<p>x</p>", status=Status.PUBLISHED)
    table = EditorialPage._meta.db_table
    with connection.cursor() as cursor:  # as if written by another program straight into the database
        cursor.execute(f"UPDATE {table} SET body_de = %s WHERE id = %s", [_body(payload), page.pk])
    assert_no_live_markup(_render(client, "roh"))


def test_allowed_formatting_survives(client):
    body = (
        '<h2 dir="rtl">Titel</h2><p>Text <strong>fett</strong> <em>kursiv</em> '
        '<a href="https://example.org/">Link</a> <a href="mailto:a@example.org">Mail</a></p>'
        '<ul><li>eins</li></ul><table><tbody><tr><th scope="row">a</th><td>b</td></tr></tbody></table>'
    )
    EditorialPage.objects.create(slug="format", title_de="Format", body_de=body, status=Status.PUBLISHED)
    html = client.get("/de/info/format/").content.decode()
    for fragment in ('<h2 dir="rtl">Titel</h2>', "<strong>fett</strong>", "<em>kursiv</em>", 'href="https://example.org/"',
                     'href="mailto:a@example.org"', "<li>eins</li>", '<th scope="row">a</th>'):  # fmt: skip
        assert fragment in html


def test_control_characters_are_never_stored():
    """Word pastes a vertical tab for a line break; no XML parser (lxml: diff, hints) takes it."""
    assert sanitize("<p>eins\x0bzwei\x00drei\x1f\tvier</p>") == "<p>eins zweidrei\tvier</p>"
    assert without_control_characters("a\x0cb\r\nc\x7f") == "a b\r\nc\x7f"


def test_tables_render_inside_a_named_focusable_scroll_region(client):
    """A table in rich text scrolls inside its own region (as the templates' tables do), named after its column
    headings; a table inside a table cell stays inside its parent's region, and the name is text, never markup."""
    body = (
        "<p>Vorher</p><table><thead><tr><th>Stelle</th><th>Bezirk &amp; Ort</th>"
        '<th>&lt;b onmouseover="x"&gt;</th></tr></thead><tbody><tr><td>a</td><td><table><tbody><tr><td>innen</td>'
        "</tr></tbody></table></td><td>c</td></tr></tbody></table><p>Mitte</p>"
        "<table><tbody><tr><td>ohne Kopf</td></tr></tbody></table>"
    )
    EditorialPage.objects.create(slug="tabellen", title_de="Tabellen", body_de=body, status=Status.PUBLISHED)
    html = _render(client, "tabellen")
    assert_no_live_markup(html)
    tree = lxml.html.fromstring(html)
    regions = tree.xpath("//main//div[contains(@class, 'table-scroll')][.//table]")
    outer_tables = tree.xpath("//main//table[not(ancestor::table)]")
    assert len(outer_tables) == 2 and len(tree.xpath("//main//table")) == 3
    assert [table.getparent() for table in outer_tables] == regions
    for region in regions:
        assert region.get("role") == "region" and region.get("tabindex") == "0"
    with translation.override("de"):  # the page's language names the regions
        named = translation.gettext("Table: %(headings)s") % {"headings": 'Stelle, Bezirk & Ort, <b onmouseover="x">'}
        plain = translation.gettext("Table")
    assert regions[0].get("aria-label") == named
    assert regions[1].get("aria-label") == plain
    assert html.count('class="table-scroll"') == 2
