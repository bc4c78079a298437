"""The admin in a real browser, as the role accounts staff use (never a superuser), under the production content
security policy: every admin link a role sees opens (200), no page logs a CSP violation, and the rich-text
editor works — a heading, a bold word, a link and a 2×2 table with a header row typed in are saved as HTML."""

from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Error as PlaywrightError

from services.models import Topic
from tests.services.factories import make_topic
from tests.workflow.conftest import make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROLES = ("editor", "translator", "publisher", "administrator")


def staff_page(make_context, live_server, django_user_model, role):
    """A browser page logged in as a new account in ``role``; console CSP violations are collected."""
    client = Client()
    client.force_login(make_staff(django_user_model, role))
    context = make_context()
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
          "url": live_server.url}]
    )  # fmt: skip
    page = context.new_page()
    page.recorder = context.recorder
    page.violations = []

    def note(message):
        if "Content Security Policy" in message.text:
            page.violations.append(f"{page.url}: {message.text}")

    page.on("console", note)
    page.on("pageerror", lambda error: page.violations.append(f"{page.url}: script error {error}"))
    return page


def admin_links(page, live_server, selector):
    links = []
    for href in page.eval_on_selector_all(selector, "elements => elements.map(e => e.getAttribute('href'))"):
        parts = urlsplit(urljoin(page.url, href))
        if f"{parts.scheme}://{parts.netloc}" == live_server.url and parts.path.startswith("/admin/"):
            links.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return links


def crawl(page, live_server):
    """Open the index, every app page and every link they show; on list pages also their buttons (object
    tools: add, import, export, coverage, ...). Returns {path: status}."""
    statuses, queue = {}, ["/admin/"]
    while queue:
        path = queue.pop(0)
        if path in statuses:
            continue
        try:  # rendered, so that CSP violations show in the console
            statuses[path] = page.goto(live_server.url + path).status
        except PlaywrightError as error:  # a download (an export) is no page: its status from a plain request
            if "Download is starting" not in error.message:
                raise
            statuses[path] = page.request.get(live_server.url + path).status  # with the page's session
        depth = urlsplit(path).path.count("/")
        if statuses[path] != 200 or "?" in path or depth > 4:
            continue
        selector = "a[href]" if depth <= 3 else ".object-tools a[href]"  # index/app pages, list pages
        queue += [link for link in admin_links(page, live_server, selector) if link not in statuses]
    return statuses


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_link_a_role_sees_opens_without_csp_violation(
    make_context, live_server, django_user_model, role, demo_site
):
    page = staff_page(make_context, live_server, django_user_model, role)
    statuses = crawl(page, live_server)
    refused = {path: status for path, status in statuses.items() if status != 200}
    assert refused == {}, f"{role} sees links that do not open"
    assert len(statuses) >= 8, statuses  # index, app pages, lists, add pages, tools
    assert page.violations == []
    assert page.recorder.foreign == []


def test_admin_pages_carry_the_admin_policy_with_a_nonce_and_no_unsafe_inline(
    make_context, live_server, django_user_model
):
    page = staff_page(make_context, live_server, django_user_model, "editor")
    response = page.goto(f"{live_server.url}/admin/services/topic/add/")
    policy = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in policy and "'nonce-" in policy and "script-src 'self' 'nonce-" in policy
    public = page.goto(f"{live_server.url}/de/").headers["content-security-policy"]
    assert "'nonce-" not in public and "'unsafe-inline'" not in public


def js_gettext(page, message):
    """``message`` in the admin's JavaScript catalog (German: the browser asks for de-DE); never the English."""
    translated = page.evaluate("message => window.gettext(message)", message)
    assert translated and translated != message, f"no German for {message!r}"
    return translated


def draft_topic(slug):
    topic = make_topic(slug=slug, body="")
    Topic.objects.filter(pk=topic.pk).update(status="draft")
    return topic


def editor_of(page, field):
    return page.locator(f".prose-editor:has(textarea[name='{field}']) .ProseMirror[contenteditable]")


def test_editor_types_heading_bold_link_and_table_and_the_field_holds_that_html(
    make_context, live_server, django_user_model
):
    topic = draft_topic("sprechzeiten")
    page = staff_page(make_context, live_server, django_user_model, "editor")
    page.goto(f"{live_server.url}/admin/services/topic/{topic.pk}/change/")
    body = editor_of(page, "body_de")
    body.wait_for()
    assert body.get_attribute("spellcheck") == "true" and body.get_attribute("lang") == "de"
    body.click()
    page.keyboard.type("## Sprechzeiten")
    page.keyboard.press("Enter")
    page.keyboard.type("Bitte ")
    page.keyboard.press("Control+b")
    page.keyboard.type("rechtzeitig")
    page.keyboard.press("Control+b")
    page.keyboard.type(" kommen: Stadt")
    page.keyboard.press("Shift+Home")  # select the paragraph's text ...
    for _ in range(len("Bitte rechtzeitig kommen: ")):
        page.keyboard.press("Shift+ArrowRight")  # ... down to the word "Stadt"
    # The editor reads the browser's selection on a later "selectionchange" event; wait until its own state holds
    # "Stadt" (Tiptap keeps the editor on its element), or under load the link button sees no selection yet.
    page.wait_for_function(
        """element => {
            const {from, to} = element.editor.state.selection;
            return element.editor.state.doc.textBetween(from, to) === "Stadt";
        }""",
        arg=body.element_handle(),
    )
    menubar = page.locator(".prose-editor:has(textarea[name='body_de']) .prose-menubar")
    menubar.locator(f"[title='{js_gettext(page, 'insert link')}']").first.click()
    dialog = page.locator("dialog[open]")
    dialog.locator("input").first.fill("https://www.dortmund.de/")
    dialog.locator("button[type='submit']").click()
    page.wait_for_function(  # the link is in the editor's document before the cursor moves on
        "element => element.querySelector('a[href=\"https://www.dortmund.de/\"]') !== null",
        arg=body.element_handle(),
    )
    page.wait_for_function("element => element === document.activeElement", arg=body.element_handle(), timeout=5000)
    page.keyboard.press("End")
    # again the editor learns of the collapsed selection a moment later; Enter before that would replace "Stadt"
    page.wait_for_function("element => element.editor.state.selection.empty", arg=body.element_handle())
    page.keyboard.press("Enter")
    menubar.locator(f"[title='{js_gettext(page, 'Insert table')}']").first.click()
    dialog = page.locator("dialog[open]")
    assert dialog.locator("input[type='checkbox']").is_checked()  # header row by default
    assert dialog.locator(".prose-editor-dialog-title").inner_text() == js_gettext(page, "Table Properties")
    dialog.locator("button[type='submit']").click()
    for index, text in enumerate(("Tag", "Uhrzeit", "Montag", "9–12 Uhr")):
        if index:
            page.keyboard.press("Tab")  # the next cell (Tab in the last cell would add a row)
        page.keyboard.type(text)
    page.locator("input[name='_continue']").first.click()
    page.wait_for_load_state("load")
    assert page.violations == []
    html = Topic.objects.get(pk=topic.pk).body_de
    tree = lxml.html.fragment_fromstring(html, create_parent="div")
    assert [h.text_content() for h in tree.xpath("//h2")] == ["Sprechzeiten"]
    assert [b.text_content() for b in tree.xpath("//p/strong")] == ["rechtzeitig"]
    assert [(a.get("href"), a.text_content()) for a in tree.xpath("//a")] == [("https://www.dortmund.de/", "Stadt")]
    rows = tree.xpath("//table//tr")
    assert [[cell.tag for cell in row.xpath("th|td")] for row in rows] == [["th", "th"], ["td", "td"]]
    assert [cell.text_content() for cell in tree.xpath("//table//th|//table//td")] == [
        "Tag", "Uhrzeit", "Montag", "9–12 Uhr",
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_translator_fields_in_arabic_and_persian_are_right_to_left_with_german_toolbar(
    make_context, live_server, django_user_model, language
):
    topic = draft_topic("beratung")
    page = staff_page(make_context, live_server, django_user_model, "translator")
    page.goto(f"{live_server.url}/admin/services/topic/{topic.pk}/change/")
    body = editor_of(page, f"body_{language}")
    body.wait_for(state="attached")
    assert (body.get_attribute("dir"), body.get_attribute("lang")) == ("rtl", language)
    assert body.get_attribute("spellcheck") == "true"
    titles = page.eval_on_selector_all(
        f".prose-editor:has(textarea[name='body_{language}']) .prose-menubar [title]", "els => els.map(e => e.title)"
    )
    assert js_gettext(page, "bold") in titles and "bold" not in titles
    assert page.violations == []
