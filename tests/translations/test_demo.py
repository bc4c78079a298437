"""Demo translations: en/tr/ar/uk complete for the promised items, other languages partly, one outdated."""

import pytest

from funding.demo_translations import TRANSLATIONS as FUNDING
from masterplan.demo_translations import TRANSLATIONS as MASTERPLAN
from portal.translation_status import is_translated
from portal.translation_workflow import demo, freshness
from portal.translation_workflow.coverage import coverage
from services.demo_translations import OUTDATED, SERVICES
from services.demo_translations import TRANSLATIONS as SERVICES_AND_MORE

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_demo_content")]
COMPLETE = ("en", "tr", "ar", "uk")


def test_every_demo_translation_finds_its_item():
    missing = [key for key in {**FUNDING, **SERVICES_AND_MORE, **MASTERPLAN} if demo.find_item(*key) is None]
    assert missing == []


def test_promised_items_complete_in_four_languages():
    keys = [*FUNDING, *SERVICES_AND_MORE, *MASTERPLAN, ("translations.signlanguagevideo", "muster-clip")]
    assert len([key for key in SERVICES if key[0] == "services.service"]) >= 5
    for key in keys:
        obj = demo.find_item(*key)
        for language in COMPLETE:
            assert is_translated(obj, language), (key, language)
    hsu = demo.find_item("services.hsuinformation", "hsu")
    assert all(is_translated(hsu, language) for language in COMPLETE)


def test_other_languages_partly_and_exactly_one_outdated():
    _rows, totals = coverage()
    for language in ("ru", "pl", "ro", "bg", "fa"):
        assert totals[language].up_to_date > 0 and totals[language].missing > 0, language
    assert sum(cell.outdated for cell in totals.values()) == 1
    obj = demo.find_item(*OUTDATED["item"])
    assert freshness.translation_state(obj, OUTDATED["language"]) == freshness.OUTDATED


def test_demo_translations_render_in_turkish_and_arabic(client):
    html = client.get("/tr/services/migrationsberatung/").content.decode()
    assert "Göçmenler için danışmanlık" in html and "notice--fallback" not in html
    html = client.get("/ar/funding/").content.decode()
    assert "صندوق الاندماج في دورتموند" in html
