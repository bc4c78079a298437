"""The screenshot command (``python3 dev.py screenshots``, ``docs/screenshots.py``) and what it committed: every
page type in its ``PAGES``, in German and Arabic, on a desktop and a phone, each file present, of its screen's
size and named in the index. No browser runs here."""

import importlib.util
import struct
from pathlib import Path

from django.conf import settings
from django.urls import resolve
from django.utils import translation

from tests.portal.live_server import CHROMIUM_FLAGS

ROOT = Path(settings.BASE_DIR)
FOLDER = ROOT / "docs" / "screenshots"
SCRIPT = ROOT / "docs" / "screenshots.py"


def load_script():
    spec = importlib.util.spec_from_file_location("portal_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(path):
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_the_plan_covers_five_page_types_in_two_languages_on_two_screens():
    script = load_script()
    plan = script.shots()
    combinations = {(shot.url_name, shot.language, shot.screen) for shot in plan}
    expected = {
        (name, language, screen)
        for name in ["home", "services:service", "services:hsu", "funding:call", "masterplan:document"]
        for language in ["de", "ar"]
        for screen in ["desktop", "phone"]
    }
    assert combinations == expected
    assert len(plan) == len({shot.filename for shot in plan}) == 20
    assert script.SCREENS["desktop"][:2] == (1280, 800)
    assert script.SCREENS["phone"][:2] == (390, 844)


def test_each_planned_address_is_a_page_of_its_type_in_its_language():
    for shot in load_script().shots():
        path = shot.path.split("?")[0]
        assert path.startswith(f"/{shot.language}/")
        with translation.override(shot.language):  # the language prefix resolves for the active language
            assert resolve(path).view_name == shot.url_name, shot.path


def test_only_shows_the_asked_page_types():
    script = load_script()
    assert {shot.page for shot in script.shots(["call"])} == {"call"}
    assert [shot.filename for shot in script.shots(["home-ar-phone.png"])] == ["home-ar-phone.png"]


def test_the_browser_runs_with_the_agreed_flags_and_nothing_in_the_background():
    flags = set(CHROMIUM_FLAGS)  # the one list the browser tests, the screenshots and Lighthouse start Chromium with
    assert "CHROMIUM_FLAGS" in SCRIPT.read_text()  # the screenshots use it
    assert {"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"} <= flags  # fmt: skip


def test_the_committed_screenshots_are_the_planned_ones_of_their_screen_size_and_indexed():
    script = load_script()
    plan = script.shots()
    assert sorted(path.name for path in FOLDER.glob("*.png")) == sorted(shot.filename for shot in plan)
    index = (FOLDER / "README.md").read_text()
    for shot in plan:
        width, height, ratio, _phone = script.SCREENS[shot.screen]
        png_width, png_height = png_size(FOLDER / shot.filename)  # the full page: as wide as the screen
        assert png_width == width * ratio and png_height >= height * ratio, shot.filename
        assert f"({shot.filename})" in index, f"{shot.filename} is not in docs/screenshots/README.md"
    total = sum((FOLDER / shot.filename).stat().st_size for shot in plan)
    assert total < 4 * 1024 * 1024, f"screenshots take {total / 1024 / 1024:.1f} MB"
