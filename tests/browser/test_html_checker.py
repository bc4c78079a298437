"""The Nu Html Checker (vnu-jar, pinned in package.json; dev.py installs it with npm ci) finds no error on any page
type in German and Arabic, as the live server sends them. One checker run checks every page in both languages, and
a broken page beside them shows that the checker does report errors."""

import json
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings

from tests.browser.test_mobile_layout import PAGE_TYPES, add_fallback_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.read()
    except urllib.error.HTTPError as error:  # the not-found page is a page type too
        assert error.code == 404, f"{url}: HTTP {error.code}"
        return error.read()


BROKEN = "<!doctype html><html lang=de><title>kaputt</title><p><div>Block im Absatz</p>"


def test_every_page_type_is_valid_html(live_server, demo_site, tmp_path):
    add_fallback_page()
    files = {}
    for lang in ("de", "ar"):
        for name, path in PAGE_TYPES.items():
            target = tmp_path / f"{lang}-{name.replace(' ', '-')}.html"
            target.write_bytes(fetch(f"{live_server.url}/{lang}{path}"))
            files[target] = f"{name} ({lang})"
    canary = tmp_path / "broken.html"
    canary.write_text(BROKEN, encoding="utf-8")
    files[canary] = "broken"
    names = {str(target): name for target, name in files.items()}
    java = shutil.which("java")
    assert java and VNU_JAR.exists(), "needs Java 17 and the checker: npm ci (python3 dev.py test runs it)"
    command = [java, "-Xss16m", "-jar", VNU_JAR, "--format", "json", "--exit-zero-always", *files]
    run = subprocess.run([str(part) for part in command], capture_output=True, text=True, timeout=900)
    messages = json.loads(run.stderr)["messages"]
    errors = {}
    for message in messages:
        if message["type"] in {"error", "non-document-error"}:
            url = message.get("url", "")  # the checker writes file:/tmp/... (one slash)
            name = names.get(unquote(urlsplit(url).path), url)
            errors.setdefault(name, []).append(f"{message['message']} [{message.get('extract', '').strip()[:120]}]")
    assert errors.pop("broken", None), "the checker did not report the broken page"
    assert errors == {}, "\n".join(f"{name}: {found}" for name, found in errors.items())
