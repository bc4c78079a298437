"""Every page type on phones (320, 360 and 390 px) in German, Arabic and Persian: the page is never wider than
the screen (no element sticks out), the header takes less than a quarter of the first screen, and the menu opens
from the keyboard, and without JavaScript.

One test per language walks all page types at the three widths in one browser page, so the suite stays fast."""

import pytest
from django.utils import timezone

from portal.registry import app_modules
from portal.search import documents

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Phones: the smallest common width, a typical Android and a typical iPhone, with their screen heights.
SCREENS = {320: 568, 360: 640, 390: 844}
LANGS = ["de", "ar", "fa"]

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
}

# Elements sticking out past either edge of the viewport, outside a region that scrolls by itself.
OVERFLOW_SCRIPT = """() => {
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


def load_demo():
    """Every app's demo content with its translations, and the search documents (no version history)."""
    for module in app_modules("demo"):
        module.load(today=timezone.localdate())
    documents.rebuild()


@pytest.fixture
def demo_content(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo()


def _phone(make_context, width, *, javascript=True):
    context = make_context(javascript=javascript)
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": SCREENS[width]})
    return context, page


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type_fits_phones_with_a_small_header(make_context, live_server, demo_content, lang):
    context, page = _phone(make_context, 320)
    problems = []
    for name, path in PAGE_TYPES.items():
        response = page.goto(f"{live_server.url}/{lang}{path}")
        assert response.status in {200, 404}, f"{name}: HTTP {response.status}"
        assert page.locator("html").get_attribute("lang") == lang
        for width, height in SCREENS.items():
            page.set_viewport_size({"width": width, "height": height})
            found = page.evaluate(OVERFLOW_SCRIPT)
            if found["scrollWidth"] > found["width"] or found["wide"] or found["width"] != width:
                problems.append(f"{name} at {width} px: document {found['scrollWidth']} px wide; {found['wide']}")
            header = page.locator(".site-header").bounding_box()
            if header["height"] >= 0.25 * height:
                problems.append(f"{name} at {width} px: header {header['height']:.0f} px of {height} px")
    assert problems == [], "\n".join(problems)
    assert context.recorder.foreign == []


@pytest.mark.parametrize("lang", LANGS)
def test_menu_opens_from_the_keyboard_on_a_phone(make_context, live_server, lang):
    _, page = _phone(make_context, 320)
    page.goto(f"{live_server.url}/{lang}/")
    first_area = page.locator(".main-nav a").first
    assert not first_area.is_visible()
    for _ in range(12):  # skip link, wordmark, search, language, then the menu button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.site-menu > summary')"):
            break
    assert page.evaluate("document.activeElement.matches('.site-menu > summary')")
    page.keyboard.press("Enter")
    first_area.wait_for(state="visible")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement === document.querySelector('.main-nav a')")
    assert page.evaluate("document.activeElement.getBoundingClientRect().right") <= 320


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
    assert languages.count() == 10
    assert page.locator(".language-switcher__list a[lang='fa']").inner_text().startswith("فارسی")
    page.locator(".language-switcher__list a[lang='ar']").click()
    page.wait_for_url(f"{live_server.url}/ar/")
    search = page.locator(".site-search-link")
    assert search.is_visible()
    search.click()
    page.wait_for_url("**/ar/search/")
    assert context.recorder.foreign == []
