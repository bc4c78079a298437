"""The services demo content: every seed topic has a page, every service names an office with hours, the HSU
has the 18 languages and about 40 classes in all twelve districts; a second run changes nothing."""

import datetime

import pytest
from django.conf import settings

from portal.translated_fields import is_translated
from portal.translation_workflow.demo import apply_translations
from services import demo, demo_translations
from services.models import (
    Closure,
    District,
    HSUDocument,
    HSUInformation,
    HSULanguage,
    HSUOffering,
    Office,
    OpeningHours,
    School,
    Service,
    Topic,
)

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)
SEED_TOPICS = [
    "integrationszentrum", "gefluechtete", "beratung", "hsu", "neuzugewanderte", "netzwerke", "sprachbildung",
    "foerderung", "interkulturelle-oeffnung",
]  # fmt: skip


def state():
    models = (Topic, Service, Office, OpeningHours, Closure, HSULanguage, School, HSUOffering, HSUInformation,
              HSUDocument)  # fmt: skip
    return {model.__name__: sorted(model.objects.values_list()) for model in models}


@pytest.fixture
def loaded(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    demo.load(today=TODAY)


def test_demo_every_seed_topic_has_a_published_page(client, loaded):
    assert sorted(Topic.objects.published().values_list("slug", flat=True)) == sorted(SEED_TOPICS)
    for slug in SEED_TOPICS:
        assert client.get(f"/de/topics/{slug}/").status_code == 200
    assert Topic.objects.get(slug="foerderung").area_link == "funding:index"
    assert "/de/funding/" in client.get("/de/topics/foerderung/").content.decode()


def test_demo_every_service_names_an_office_with_opening_hours(client, loaded):
    for service in Service.objects.published():
        offices = list(service.offices.published())
        assert offices, service.slug
        assert all(office.hours.exists() for office in offices), service.slug
        assert service.topics.exists()
        html = client.get(service.get_absolute_url()).content.decode()
        assert 'class="hours"' in html


def test_demo_contacts_are_fictitious(loaded):
    assert all(office.email.endswith("@example.org") for office in Office.objects.all())
    assert all(office.city == "Dortmund" for office in Office.objects.all())


def test_demo_hsu_languages_named_in_every_site_language(loaded):
    """German in the demo, every other language of the table from its module in services.demo_translations."""
    apply_translations(demo_translations.TRANSLATIONS)
    languages = HSULanguage.objects.published()
    assert languages.count() == 18
    assert {"turkish", "ukrainian", "kurdish", "persian", "albanian"} <= set(languages.values_list("slug", flat=True))
    for language in languages:
        assert all(is_translated(language, code) for code in settings.MODELTRANSLATION_LANGUAGES), language.slug
        assert language.endonym


def test_demo_hsu_offerings_cover_all_districts_and_languages(loaded):
    offerings = HSUOffering.objects.all()
    assert 38 <= offerings.count() <= 42
    assert set(offerings.values_list("school__district", flat=True)) == set(District.values)
    assert offerings.values("language").distinct().count() == 18
    assert HSUDocument.objects.values("language").distinct().count() >= 5


def test_demo_hsu_page_has_documents_and_contact(client, loaded):
    html = client.get("/en/hsu/").content.decode()
    assert "hsu@example.org" in html
    assert html.count('type="application/pdf"') == HSUDocument.objects.count()
    assert "classes in Dortmund" in html and 'class="hsu-languages"' in html


def test_demo_second_run_changes_and_duplicates_nothing(loaded):
    before = state()
    demo.load(today=TODAY)
    assert state() == before
