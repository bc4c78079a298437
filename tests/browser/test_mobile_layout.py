"""Every page type on phones (320, 360 and 390 px) in German, Arabic and Persian: the page is never wider than
the screen (no element sticks out), also with the menu or the language panel open; the header takes less than a
quarter of the first screen (at each phone width all of this is measured in one round trip to the browser);
the menu is a <details> reached by Tab and opened with Enter, and it opens without JavaScript too; axe finds nothing
in German and Arabic (test_html_checker.py runs the Nu Html Checker over the same page types). In German and
Arabic the same page load is also seen at a desktop width (1280 px): no word breaks across two lines, and nothing
sticks out of a card or a contact box (the home page's cards from 320 to 1280 px, every 40 px and at each
breakpoint).

One test per language walks all page types at the three widths in one browser page, and one more per language
walks them once without JavaScript, so the suite stays fast."""

import pytest
from django.conf import settings

from portal.search import documents
from tests.browser.conftest import format_violations, run_axe
from tests.services.factories import make_service

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Phones: the smallest common width, a typical Android and a typical iPhone, with their screen heights.
SCREENS = {320: 568, 360: 640, 390: 844}
LANGS = ["de", "ar", "fa"]
AXE_LANGS = {"de", "ar"}  # axe and the HTML checker: every page type in German and Arabic

# A service page only in German (a page shown in German in every other language), with long German compounds in
# its title and a rich-text table of six columns.
FALLBACK_SLUG = "nur-deutsch-gesamtbudget"
FALLBACK_TITLE = "Integrationskursträgerverzeichnis und Gesamtbudgetübersicht der Migrationsberatungsstellen"
WIDE_TABLE = (
    "<p>Übersicht der Beratungsangebote:</p><table><thead><tr><th>Beratungsstelle</th><th>Stadtbezirk</th>"
    "<th>Sprachen</th><th>Öffnungszeiten</th><th>Telefonnummer</th><th>Zuwendungsgeber</th></tr></thead><tbody>"
    "<tr><td>Migrationsberatung für erwachsene Zugewanderte</td><td>Innenstadt-Nord</td>"
    "<td>Arabisch, Persisch, Türkisch, Ukrainisch</td><td>montags bis donnerstags 9 bis 15 Uhr</td>"
    "<td>0231 50-00000</td><td>Bundesamt für Migration und Flüchtlinge</td></tr>"
    "<tr><td>Jugendmigrationsdienst</td><td>Eving</td><td>Russisch, Polnisch</td><td>nach Vereinbarung</td>"
    "<td>0231 50-00001</td><td>Bundesministerium für Familie</td></tr></tbody></table>"
)

PAGE_TYPES = {
    "home": "/",
    "services index": "/services/",
    "topic": "/topics/sprachbildung/",
    "service": "/services/leistungen-asylblg/",
    "office": "/offices/sozialamt-gefluechtete/",
    "HSU finder": "/hsu/?language=turkish&grade=3",
    "HSU language": "/hsu/arabic/",
    "funding": "/funding/",
    "funding archive": "/funding/archive/",
    "call": "/funding/calls/integrationsfonds-herbstrunde/",
    "programme": "/funding/programmes/komm-an-nrw-teil-2/",
    "funded projects": "/funding/funded-projects/",
    "masterplan": "/masterplan/",
    "masterplan documents": "/masterplan/documents/",
    "masterplan document": "/masterplan/documents/rahmenkonzept-interkulturelle-oeffnung/",
    "editorial page": "/info/barrierefreiheit/",
    "sign language": "/info/gebaerdensprache/",
    "feedback": "/feedback/",
    "search": "/search/?q=Beratung",
    "privacy settings": "/consent/",
    "print view": "/services/leistungen-asylblg/print/",
    "not found": "/no-such-page/",
    "open data": "/open-data/",
    "offline": "/offline/",
    "HSU without filters": "/hsu/",
    "German fallback": f"/services/{FALLBACK_SLUG}/",
    "Impressum": "/info/impressum/",
    # Prints of every detail page type, and two-language prints (a language asked for is ignored on its own page)
    "print with German": "/services/leistungen-asylblg/print/?with=de",
    "print with Arabic": "/services/leistungen-asylblg/print/?with=ar",
    "topic print": "/topics/sprachbildung/print/",
    "office print": "/offices/sozialamt-gefluechtete/print/",
    "HSU print": "/hsu/print/",
    "HSU language print": "/hsu/arabic/print/",
    "call print": "/funding/calls/integrationsfonds-herbstrunde/print/",
    "programme print": "/funding/programmes/komm-an-nrw-teil-2/print/",
    "document print": "/masterplan/documents/rahmenkonzept-interkulturelle-oeffnung/print/",
    "fallback print": f"/services/{FALLBACK_SLUG}/print/",
}

# Elements sticking out past either edge of the viewport, outside a region that scrolls by itself.
OVERFLOW_FUNCTION = """() => {
  const width = document.documentElement.clientWidth;
  const insideScroller = (element) => {
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (["auto", "scroll", "hidden", "clip"].includes(style.overflowX)) return true;
    }
    return false;
  };
  const wide = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || !element.checkVisibility()) continue;
    if ((box.right > width + 0.5 || box.left < -0.5) && !insideScroller(element)) {
      const name = `${element.tagName.toLowerCase()}.${element.className}`;
      wide.push(`${name} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, width: width, wide: wide.slice(0, 5)};
}"""
# Desktop: no word of normal length is broken across lines. Hyphenation is switched off while measuring, so the
# check is the same whether or not the browser has hyphenation dictionaries (Debian's Chromium has none): a word
# that spans two lines then was broken without a hyphen, because it did not fit its line at all.
DESKTOP = {"width": 1280, "height": 800}
DESKTOP_LANGS = {"de", "ar"}
BROKEN_WORDS_SCRIPT = """() => {
  const unhyphenate = document.createElement("style");
  unhyphenate.textContent = "*, *::before, *::after { hyphens: manual !important; " +
    "-webkit-hyphens: manual !important; }";
  document.head.append(unhyphenate);
  const broken = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, template, select, .visually-hidden")) continue;
    if (!parent.checkVisibility() || parent.getBoundingClientRect().width < 2) continue;
    for (const word of node.data.matchAll(/[\\p{L}\\p{M}\\p{N}]{2,}/gu)) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
      if (rects.length < 2) continue;
      const tops = rects.map((rect) => rect.top);
      const height = Math.min(...rects.map((rect) => rect.height));
      if (Math.max(...tops) - Math.min(...tops) > height / 2) {
        broken.push(`"${word[0]}" in ${parent.tagName.toLowerCase()}.${parent.className}`);
      }
    }
  }
  unhyphenate.remove();
  return broken.slice(0, 5);
}"""
# Elements sticking out of a card or a contact box past its inline edges (outside a region that scrolls by itself).
CONTAINED_SCRIPT = """() => {
  const out = [];
  for (const box of document.querySelectorAll(".card, .office-card")) {
    if (!box.checkVisibility()) continue;
    const outer = box.getBoundingClientRect();
    const scrolls = (element) => {
      for (let node = element.parentElement; node && node !== box; node = node.parentElement) {
        if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    for (const element of box.querySelectorAll("*")) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || !element.checkVisibility()) continue;
      if ((rect.right > outer.right + 0.5 || rect.left < outer.left - 0.5) && !scrolls(element)) {
        const text = element.textContent.trim().slice(0, 40);
        out.push(`${element.tagName.toLowerCase()}.${element.className} "${text}" [${Math.round(rect.left)}, ` +
          `${Math.round(rect.right)}] out of ${box.className} [${Math.round(outer.left)}, ${Math.round(outer.right)}]`);
      }
    }
  }
  return out.slice(0, 5);
}"""
# At one phone width, in one round trip: the page's overflow with both panels closed, the header's height and what
# sticks out of a card; then the overflow with the menu open and with the language panel open (one at a time, as
# the shared ``name`` of their <details> makes it), both closed again at the end.
PHONE_SCRIPT = f"""() => {{
  const overflow = {OVERFLOW_FUNCTION};
  const contained = {CONTAINED_SCRIPT};
  const panels = () => document.querySelectorAll("details[name=site-header-panel]");
  const closeAll = () => panels().forEach((panel) => {{ panel.open = false; }});
  closeAll();
  const found = {{
    closed: overflow(),
    header: document.querySelector(".site-header").getBoundingClientRect().height,
    contained: contained(),
    open: {{}},
  }};
  for (const selector of [".site-menu", ".language-switcher__menu"]) {{
    closeAll();
    document.querySelector(selector).open = true;
    found.open[selector] = overflow();
  }}
  closeAll();
  return found;
}}"""

# The home page's cards (tasks, open offices, next call) from 320 to 1280 px: every 40 px, and each width where a
# media query of the stylesheets switches (30, 40, 48, 64, 70 rem) with the pixel below it. The check was added
# for cards whose content stuck out (an office name at 470, 690, 920–960 and 1140–1280 px); with those card
# styles undone, these widths fail at 920, 960 and 1160–1280 px, the old sweep of every 10 px took 97 widths.
BREAKPOINTS = [480, 640, 768, 1024, 1120]
HOME_WIDTHS = sorted({*range(320, 1281, 40), *BREAKPOINTS, *(width - 1 for width in BREAKPOINTS)})


def add_fallback_page():
    """Beside every app's demo content (``demo_site``, a copy in milliseconds instead of a new load): a service
    page only in German (``FALLBACK_SLUG``), and the search documents with it."""
    make_service(FALLBACK_SLUG, title=FALLBACK_TITLE, summary="Diese Seite gibt es nur auf Deutsch.", body=WIDE_TABLE)
    documents.rebuild()


@pytest.fixture
def demo_content(demo_site):
    add_fallback_page()


def _phone(make_context, width, *, javascript=True):
    context = make_context(javascript=javascript)
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": SCREENS[width]})
    return context, page


def _overflow(found, where, width):
    if found["scrollWidth"] > found["width"] or found["wide"] or found["width"] != width:
        return [f"{where} at {width} px: document {found['scrollWidth']} px wide; {found['wide']}"]
    return []


def _phone_checks(page, name, width, height):
    """Everything at one phone width (``PHONE_SCRIPT``): the page and its open panels no wider than the screen,
    the header under a quarter of the screen, nothing sticking out of its card."""
    page.set_viewport_size({"width": width, "height": height})
    found = page.evaluate(PHONE_SCRIPT)
    problems = _overflow(found["closed"], name, width)
    if found["header"] >= 0.25 * height:
        problems.append(f"{name} at {width} px: header {found['header']:.0f} px of {height} px")
    if found["contained"]:
        problems.append(f"{name} at {width} px: sticks out of its box: {found['contained']}")
    for panel, open_found in found["open"].items():
        problems += _overflow(open_found, f"{name} with {panel} open", width)
    return problems


def _contained(page, where):
    if found := page.evaluate(CONTAINED_SCRIPT):
        return [f"{where} at {page.viewport_size['width']} px: sticks out of its box: {found}"]
    return []


def _desktop(page, name):
    """At 1280 px no word is broken across lines and nothing sticks out of a card; the home page's cards hold
    their content at ``HOME_WIDTHS`` from 320 px up."""
    problems = []
    for width in HOME_WIDTHS if name == "home" else ():
        page.set_viewport_size({"width": width, "height": 800})
        problems += _contained(page, name)
    page.set_viewport_size(DESKTOP)
    if broken := page.evaluate(BROKEN_WORDS_SCRIPT):
        problems.append(f"{name} at {DESKTOP['width']} px: words broken across lines without a hyphen: {broken}")
    return problems + _contained(page, name)


def _menu_by_keyboard(page, name):
    """Tab from the top of the page to the menu button (skip link, wordmark, search, languages come first), open it
    with Enter, and Tab on into the first area: it is visible and on the screen."""
    page.evaluate("document.activeElement?.blur(); window.scrollTo(0, 0)")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.site-menu > summary')"):
            break
    else:
        return [f"{name}: the menu button is not reached by Tab"]
    page.keyboard.press("Enter")
    if not page.locator(".main-nav a").first.is_visible():
        return [f"{name}: Enter does not open the menu"]
    page.keyboard.press("Tab")
    if not page.evaluate("document.activeElement === document.querySelector('.main-nav a')"):
        return [f"{name}: Tab does not lead into the open menu"]
    if page.evaluate("document.activeElement.getBoundingClientRect().right") > page.viewport_size["width"]:
        return [f"{name}: the menu's first area is off the screen"]
    return []


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type_fits_phones_with_a_small_header(make_context, live_server, demo_content, lang):
    """At each width: nothing wider than the screen (with the menu or the language panel open too) or than its card,
    the header under a quarter of the screen; at 320 px the menu opens from the keyboard; axe finds nothing in
    German and Arabic, and at 1280 px no word is broken across lines there."""
    context, page = _phone(make_context, 320)
    problems = []
    for name, path in PAGE_TYPES.items():
        page.set_viewport_size({"width": 320, "height": SCREENS[320]})
        response = page.goto(f"{live_server.url}/{lang}{path}")
        assert response.status in {200, 404}, f"{name}: HTTP {response.status}"
        assert page.locator("html").get_attribute("lang") == lang
        problems += _menu_by_keyboard(page, name)
        page.evaluate("document.querySelector('.site-menu').open = false")
        if lang in AXE_LANGS and (violations := run_axe(page)):
            problems.append(f"{name}: axe at 320 px:\n{format_violations(violations)}")
        for width, height in SCREENS.items():
            problems += _phone_checks(page, name, width, height)
        if lang in DESKTOP_LANGS:
            problems += _desktop(page, name)
    assert problems == [], "\n".join(problems)
    assert context.recorder.foreign == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type_has_a_menu_that_opens_without_javascript(make_context, live_server, demo_content, lang):
    _, page = _phone(make_context, 320, javascript=False)
    closed = []
    for name, path in PAGE_TYPES.items():
        page.goto(f"{live_server.url}/{lang}{path}")
        first_area = page.locator(".site-menu .main-nav a").first
        if page.locator(".site-menu > summary").count() != 1 or first_area.is_visible():
            closed.append(f"{name}: no closed menu button")
            continue
        page.locator(".site-menu > summary").click()
        if not first_area.is_visible():
            closed.append(f"{name}: the menu does not open")
    assert closed == [], "\n".join(closed)


@pytest.mark.parametrize("lang", LANGS)
def test_menu_and_languages_open_without_javascript_on_a_phone(make_context, live_server, lang):
    context, page = _phone(make_context, 320, javascript=False)
    page.goto(f"{live_server.url}/{lang}/")
    page.locator(".site-menu > summary").click()
    page.locator(".main-nav a").first.wait_for(state="visible")
    page.locator(".language-switcher summary").click()
    languages = page.locator(".language-switcher__list a")
    languages.first.wait_for(state="visible")
    page.locator(".main-nav a").first.wait_for(state="hidden")  # one panel at a time: the menu closed
    assert languages.count() == len(settings.LANGUAGES)
    assert page.locator(".language-switcher__list a[lang='fa']").inner_text().startswith("فارسی")
    page.locator(".language-switcher__list a[lang='ar']").click()
    page.wait_for_url(f"{live_server.url}/ar/")
    search = page.locator(".site-search-link")
    assert search.is_visible()
    search.click()
    page.wait_for_url("**/ar/search/")
    assert context.recorder.foreign == []
