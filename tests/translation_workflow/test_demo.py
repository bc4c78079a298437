"""Demo translations: every field every public demo item needs in every site language (its required fields, and
every other translatable field that has German text: a service's "what to bring", an event's place, an HSU class's
note, a closure's reason), the Impressum excepted (it stays German, as the legal text it is), found by keys that
survive New Year, with one deliberately outdated."""

import datetime
import re

import pytest
import time_machine
from django.apps import apps
from django.urls import reverse
from modeltranslation.utils import build_localized_fieldname

from portal.languages import LANGUAGE_TABLE, SOURCE_LANGUAGE
from portal.translated_fields import missing_fields, required_fields, value_in
from portal.translation_workflow import demo, freshness
from portal.translation_workflow.coverage import counted_items, coverage
from services.demo_translations import OUTDATED

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_demo_content")]
GERMAN_ONLY = {("portal.editorialpage", "impressum")}  # a law text: German with the notice in every language
# Every site language but German, the source (a language added to the table must bring its demo translations).
COMPLETE = [language.code for language in LANGUAGE_TABLE if language.code != SOURCE_LANGUAGE]


def untranslated(language):
    """(item, field) of every published demo item with a field it needs empty in ``language``."""
    gaps = []
    for model in freshness.counted_models():
        for obj in counted_items(model):
            if (model._meta.label_lower, getattr(obj, "slug", None)) in GERMAN_ONLY:
                continue
            for field in missing_fields(obj, language):
                gaps.append((f"{model._meta.label_lower}:{getattr(obj, 'slug', None) or obj.pk}", field))
    return gaps


@pytest.mark.parametrize("language", COMPLETE)
def test_demo_every_required_field_of_every_public_item_is_translated(language):
    assert untranslated(language) == []


def test_demo_coverage_page_shows_nothing_missing_but_the_impressum_in_complete_languages(admin_client_logged_in):
    _rows, totals = coverage()
    html = admin_client_logged_in.get(reverse("admin:translations_coverage")).content.decode()
    rows = dict(re.findall(r'<tr data-model="([a-z_.]+)">(.*?)</tr>', html, re.S))
    assert "services.service" in rows and "masterplan.event" in rows
    for language in COMPLETE:
        assert totals[language].missing == len(GERMAN_ONLY), language
        for model, row in rows.items():
            cell = re.search(rf'<td data-language="{language}">(.*?)</td>', row, re.S).group(1)
            missing = [int(n) for n in re.findall(r">(\d+)<", cell)][2]
            assert missing == (1 if model == "portal.editorialpage" else 0), (model, language)


# One item's field blanked in one language: (model, lookup, field, language, whether it has a page of its own).
CANARIES = [
    ("services.service", {"slug": "seiteneinstieg-schule"}, "what_to_bring", "fa", True),
    ("masterplan.event", {"slug": "integrationsforum-2009"}, "place", "ar", False),
    ("services.hsuoffering", {"notes_de__startswith": "Raum 107,"}, "notes", "uk", False),
    ("services.closure", {"reason_de": "Personalversammlung"}, "reason", "tr", False),
]


@pytest.mark.parametrize(
    ("label", "lookup", "field", "language", "has_page"), CANARIES, ids=[f"{c[0]}.{c[2]}-{c[3]}" for c in CANARIES]
)
def test_one_blanked_field_is_reported_exactly_by_the_check_and_the_coverage_page(
    admin_client_logged_in, client, label, lookup, field, language, has_page
):
    model = apps.get_model(label)
    obj = model.objects.get(**lookup)
    assert value_in(obj, field, language) and untranslated(language) == []
    setattr(obj, build_localized_fieldname(field, language), "")
    obj.save()

    assert untranslated(language) == [(f"{label}:{getattr(obj, 'slug', None) or obj.pk}", field)]
    assert all(untranslated(other) == [] for other in COMPLETE if other != language)
    _rows, totals = coverage()
    assert totals[language].missing == len(GERMAN_ONLY) + 1
    html = admin_client_logged_in.get(reverse("admin:translations_coverage")).content.decode()
    row = re.search(rf'<tr data-model="{label}">(.*?)</tr>', html, re.S).group(1)
    cell = re.search(rf'<td data-language="{language}">(.*?)</td>', row, re.S).group(1)
    assert [int(n) for n in re.findall(r">(\d+)<", cell)][2] == 1
    if has_page:  # shown wholly in German with the notice, not in Persian with the section left out
        html = client.get(f"/{language}/services/{obj.slug}/").content.decode()
        assert "notice--fallback" in html and "Zeugnisse, falls vorhanden" in html


def test_every_demo_translation_finds_its_items():
    translations, _outdated = demo.app_translations()
    assert [key for key in translations if not demo.find_items(*key)] == []


def test_exactly_one_demo_translation_is_outdated():
    _rows, totals = coverage()
    assert sum(cell.outdated for cell in totals.values()) == 1
    obj = demo.find_item(*OUTDATED["item"])
    assert freshness.translation_state(obj, OUTDATED["language"]) == freshness.OUTDATED


def test_next_years_call_is_translated_with_its_own_year_after_new_year():
    from funding.models import FundingCall

    with time_machine.travel(datetime.datetime(2027, 1, 2, 10, 0, tzinfo=datetime.UTC), tick=False):
        from funding import demo as funding_demo

        funding_demo.load(today=datetime.date(2027, 1, 2))
        demo.apply_translations(demo.app_translations()[0])
    call = FundingCall.objects.get(slug="komm-an-nrw-2028")
    assert call.title_tr == "KOMM-AN NRW 2028: II. bölüm için çağrı"
    assert all(value_in(call, field, "ar") for field in required_fields(call))
    assert all(doc.title_uk for doc in call.documents.all())


def test_demo_translations_render_in_turkish_and_arabic(client):
    html = client.get("/tr/services/migrationsberatung/").content.decode()
    assert "Göçmenler için danışmanlık" in html and "notice--fallback" not in html
    html = client.get("/ar/funding/").content.decode()
    assert "صندوق الاندماج في دورتموند" in html
