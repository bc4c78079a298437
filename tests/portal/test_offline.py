"""Offline reading (portal/offline): the manifest of every language, the offline page, the list of essentials, the
service worker's script and the app icons. The worker itself runs in tests/browser/test_offline_pages.py."""

import json

import lxml.html
import pytest
from PIL import Image

from portal.languages import LANGUAGE_TABLE
from portal.offline.icons import IMG
from portal.publication import Status
from tests.portal.factories import editorial_page

pytestmark = pytest.mark.django_db

LANGUAGES = [language.code for language in LANGUAGE_TABLE]


@pytest.mark.parametrize("code", LANGUAGES)
def test_manifest_names_the_app_in_its_language(client, code):
    response = client.get(f"/{code}/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["lang"] == code
    assert manifest["dir"] == ("rtl" if code in {"ar", "fa"} else "ltr")
    assert manifest["start_url"] == manifest["scope"] == manifest["id"] == f"/{code}/"
    assert manifest["display"] == "standalone"
    assert manifest["name"] and manifest["short_name"] and len(manifest["short_name"]) <= 12
    sizes = {(icon["sizes"], icon["type"], icon["purpose"]) for icon in manifest["icons"]}
    assert {("192x192", "image/png", "any"), ("512x512", "image/png", "any"), ("512x512", "image/png", "maskable"),
            ("any", "image/svg+xml", "any")} <= sizes  # fmt: skip
    assert all(icon["src"].startswith("/static/img/") for icon in manifest["icons"])
    assert "public" in response["Cache-Control"]


def test_manifest_name_is_translated(client):
    german = json.loads(client.get("/de/manifest.webmanifest").content)
    turkish = json.loads(client.get("/tr/manifest.webmanifest").content)
    assert german["name"] == "Integration in Dortmund"
    assert turkish["description"] != german["description"]  # a message the catalogs already hold


@pytest.mark.parametrize("code", ["de", "ar"])
def test_every_page_links_the_manifest_and_the_offline_script_of_its_language(client, code):
    page = lxml.html.fromstring(client.get(f"/{code}/").content)
    assert page.xpath("//link[@rel='manifest']/@href") == [f"/{code}/manifest.webmanifest"]
    script = page.xpath("//script[contains(@src, 'js/offline.js')]")[0]
    assert script.get("data-worker") == "/service-worker.js"
    assert script.get("data-pages") == f"/{code}/offline/pages.json"
    assert script.get("defer") is not None
    assert not page.xpath("//script[not(@src)][not(@type='application/ld+json')]"), "the CSP allows no inline script"
    tools = page.xpath("//*[@data-offline-tools]")[0]
    assert tools.get("hidden") is not None  # shown by the script only
    assert tools.xpath(".//button[@data-offline-save][@aria-pressed='false'][@hidden]")  # until the worker answers
    assert tools.xpath(".//button[@data-share]")


def test_error_pages_register_no_worker(client):
    page = lxml.html.fromstring(client.get("/de/no-such-page/").content)
    assert not page.xpath("//script[contains(@src, 'js/offline.js')]")


@pytest.mark.parametrize("code", ["de", "ar"])
def test_offline_page_renders_in_its_language(client, code):
    response = client.get(f"/{code}/offline/")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    page = lxml.html.fromstring(response.content)
    assert page.xpath("/html/@lang") == [code]
    assert page.xpath("/html/@dir") == ["rtl" if code == "ar" else "ltr"]
    assert len(page.xpath("//h1")) == 1
    listing = page.xpath("//*[@data-offline-list]")[0]
    assert listing.get("hidden") is not None and listing.get("data-offline-page") == f"/{code}/offline/"
    assert {group.get("data-offline-group") for group in listing.xpath(".//ul")} == {"saved", "visited", "essential"}
    assert page.xpath("//*[@data-offline-missing][@hidden]")
    assert not page.xpath("//*[@data-offline-tools]")  # nothing to keep on the offline page itself


def test_essentials_list_home_offline_page_and_assets(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        response = client.get("/ar/offline/pages.json")
    data = json.loads(response.content)
    assert data["language"] == "ar"
    assert data["offline_page"] == "/ar/offline/"
    assert data["pages"][:2] == ["/ar/", "/ar/offline/"]
    assert all(page.startswith("/ar/") for page in data["pages"])
    assert "/static/css/portal.css" in data["assets"] and "/static/js/offline.js" in data["assets"]
    assert "/static/img/icon-192.png" in data["assets"]
    assert not [asset for asset in data["assets"] if "/admin/" in asset or "offline-worker" in asset]
    assert data["limits"] == {"pages": 60, "bytes": 20 * 1024 * 1024}


def test_essentials_do_not_list_editorial_pages_or_drafts(client):
    editorial_page(slug="entwurf", status=Status.DRAFT)
    data = json.loads(client.get("/de/offline/pages.json").content)
    assert not [page for page in data["pages"] if "/info/" in page]


def test_service_worker_is_served_from_the_root(client):
    response = client.get("/service-worker.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    body = response.content.decode()
    assert 'addEventListener("fetch"' in body
    assert "http://" not in body.replace("http://www.w3.org", "") and "https://" not in body  # names no other site


def test_service_worker_answers_only_get(client):
    assert client.post("/service-worker.js").status_code == 405


def test_offline_views_refuse_other_methods(client):
    for url in ("/de/manifest.webmanifest", "/de/offline/", "/de/offline/pages.json"):
        assert client.post(url).status_code == 405


@pytest.mark.parametrize(
    ("name", "size"), [("icon-192.png", 192), ("icon-512.png", 512), ("icon-maskable-512.png", 512)]
)
def test_app_icons_have_their_sizes(name, size):
    with Image.open(IMG / name) as image:
        assert image.format == "PNG" and image.size == (size, size)


def test_maskable_icon_fills_its_square():
    with Image.open(IMG / "icon-maskable-512.png") as image:
        corners = [image.convert("RGBA").getpixel(point) for point in ((0, 0), (511, 0), (0, 511), (511, 511))]
    assert all(pixel[3] == 255 for pixel in corners)  # no transparent corner for a phone's mask to show


WORKER_HARNESS = r"""
const vm = require("vm"), fs = require("fs");
const kept = new Map();
const cache = {
  keys: async () => [...kept.keys()].map((url) => ({ url })),
  match: async (request) => { const found = kept.get(request.url || request); return found && found.clone(); },
};
const list = (language, text) => new Response(JSON.stringify({ language, offline_text: text }), {
  headers: { "x-offline-kind": "list", "x-offline-stored": "1", "x-offline-language": language },
});
const context = { self: { location: { href: "https://portal.test/" }, addEventListener() {} },
                  caches: { open: async () => cache }, Response, Headers, URL, Request, console };
vm.createContext(context);
vm.runInContext(fs.readFileSync(process.argv[1], "utf8"), context);
(async () => {
  const answers = [];
  const ask = async (path) => {
    const answer = await context.offlinePage(new URL(path, "https://portal.test/"));
    answers.push([answer.status, answer.headers.get("Content-Language"), await answer.text()]);
    if (answer.status === 0 && answer.type !== "error") throw new Error("status 0 without being a network error");
  };
  await ask("/ar/services/");  // nothing kept at all
  kept.set("https://portal.test/de/offline/pages.json", list("de", "Keine Verbindung"));
  kept.set("https://portal.test/ar/offline/pages.json", list("ar", "لا يوجد اتصال"));
  await ask("/ar/services/");
  await ask("/de/services/");
  await ask("/uk/services/");  // no list of its own: another language's text, said so
  console.log(JSON.stringify(answers));
})();
"""


def test_the_workers_last_resort_answer_is_in_the_pages_language():
    import shutil
    import subprocess

    from django.contrib.staticfiles import finders

    script = finders.find("js/offline-worker.js")
    result = subprocess.run(
        [shutil.which("node") or "/usr/bin/node", "-e", WORKER_HARNESS, script],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert json.loads(result.stdout) == [
        [0, None, ""],  # nothing kept at all: a network error (Response.error()), the browser's own offline page
        [503, "ar", "لا يوجد اتصال"],
        [503, "de", "Keine Verbindung"],
        [503, "de", "Keine Verbindung"],
    ]


@pytest.mark.parametrize("code", ["de", "ar"])
def test_the_essentials_carry_the_offline_text_of_their_language(client, code):
    from django.utils import translation

    data = json.loads(client.get(f"/{code}/offline/pages.json").content)
    with translation.override(code):
        expected = translation.gettext("There is no connection, and this page has not been kept on this device.")
    assert data["offline_text"] == expected
