"""The stored search documents follow the content: save, delete, related names, publication instants, rebuild.

On PostgreSQL search reads ``SearchDocument`` rows; on other databases it reads the content tables and no rows are
stored. Each test asserts what a visitor finds, and on PostgreSQL also what is stored.
"""

import datetime
import io
import re
import zoneinfo

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection

from portal.search import documents
from portal.search.models import SearchDocument
from portal.translated_fields import site_languages
from tests.search import factories

pytestmark = pytest.mark.django_db
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
ON_POSTGRESQL = connection.vendor == "postgresql"


def found(client, query, language="de"):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    return re.findall(r'class="search-result__title"><a href="[^"]*">([^<]*)</a>', html)


def stored(obj):
    return SearchDocument.objects.filter(object_id=obj.pk, content_type__model=obj._meta.model_name)


def test_saved_item_has_one_document_per_language_on_postgresql_only():
    service = factories.service(title={"de": "Kita-Platz finden", "en": "Finding a nursery place"})
    expected = set(site_languages()) if ON_POSTGRESQL else set()
    assert set(stored(service).values_list("language", flat=True)) == expected
    if ON_POSTGRESQL:
        english, turkish = stored(service).get(language="en"), stored(service).get(language="tr")
        assert english.title == english.shown_title == "Finding a nursery place"
        assert (english.shown_language, english.url) == ("en", f"/en/services/{service.slug}/")
        assert english.summary == "Kurz gesagt: Finding a nursery place"
        assert turkish.title == turkish.shown_title == "Kita-Platz finden"  # untranslated: the German text
        assert (turkish.shown_language, turkish.url) == ("de", f"/tr/services/{service.slug}/")


def test_edit_is_found_at_once_and_the_old_word_no_longer(client):
    service = factories.service(title="Schwimmkurs für Kinder")
    assert found(client, "Schwimmkurs") == ["Schwimmkurs für Kinder"]
    service.title_de = service.summary_de = "Radfahrkurs für Kinder"
    service.body_de = "<p>Radfahren lernen im Verkehrsgarten.</p>"
    service.save()
    assert found(client, "Radfahrkurs") == ["Radfahrkurs für Kinder"]
    assert found(client, "Schwimmkurs") == []


def test_deleted_item_is_gone_with_its_documents(client):
    service = factories.service(title="Schuldnerberatung im Quartier")
    assert found(client, "Schuldnerberatung") == ["Schuldnerberatung im Quartier"]
    copy = SearchDocument.objects.filter(object_id=service.pk)
    service.delete()
    assert found(client, "Schuldnerberatung") == []
    assert not copy.exists()


def test_renamed_programme_finds_its_calls_by_the_new_name(client):
    programme = factories.programme(name="Quartiersfonds")
    factories.call(title="Aufruf Nachbarschaft 2026", programme=programme)
    programme.name_de = "Begegnungsfonds"
    programme.save()
    assert "Aufruf Nachbarschaft 2026" in found(client, "Begegnungsfonds")


def test_draft_is_found_once_published(client):
    service = factories.service(title="Sprachcafé am Hafen", status="draft")
    assert found(client, "Sprachcafé") == []
    service.status = "published"
    service.save()
    assert found(client, "Sprachcafé") == ["Sprachcafé am Hafen"]


def test_scheduled_item_appears_and_disappears_on_time_without_a_save(client):
    start = datetime.datetime(2026, 5, 4, 8, 0, tzinfo=BERLIN)
    end = datetime.datetime(2026, 5, 8, 18, 0, tzinfo=BERLIN)
    with time_machine.travel(datetime.datetime(2026, 5, 1, 9, tzinfo=BERLIN), tick=False):
        factories.service(title="Ferienprogramm Sommer", publish_from=start, publish_until=end)
        assert found(client, "Ferienprogramm") == []
    with time_machine.travel(start + datetime.timedelta(seconds=1), tick=False):
        assert found(client, "Ferienprogramm") == ["Ferienprogramm Sommer"]
    with time_machine.travel(end, tick=False):
        assert found(client, "Ferienprogramm") == []


def test_rebuild_search_index_restores_lost_documents(client):
    factories.service(title="Wohngeld beantragen")
    factories.hsu_offering(language_name="Albanisch")
    SearchDocument.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert found(client, "Wohngeld") == ["Wohngeld beantragen"]
    assert found(client, "Albanisch")
    if ON_POSTGRESQL:
        assert SearchDocument.objects.count() == 3 * len(site_languages())  # service, HSU language, class
    else:
        assert SearchDocument.objects.count() == 0
        assert "no index" in out.getvalue()


def result_links(client, query, language="de"):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    return re.findall(r'class="search-result__title"><a href="([^"]*)">([^<]*)</a>', html)


def test_renamed_school_and_language_show_in_the_class_result(client):
    offering = factories.hsu_offering(language_name="Albanisch", school="Musterschule am Park")
    offering.school.name = "Grundschule am Hafen"
    offering.school.save()
    offering.language.slug = "albanisch"
    offering.language.save()
    links = result_links(client, "Albanisch")
    assert ("/de/hsu/albanisch/", "Albanisch – Grundschule am Hafen") in links  # the class, on its language's page
    assert not [title for _url, title in links if "Musterschule" in title]


def test_item_unpublished_without_a_save_is_no_longer_found(client):
    """Publication is asked at query time: a bulk update that bypasses the documents still hides the item."""
    service = factories.service(title="Sprachpatenschaft")
    assert found(client, "Sprachpatenschaft") == ["Sprachpatenschaft"]
    type(service).objects.filter(pk=service.pk).update(status="draft")
    assert found(client, "Sprachpatenschaft") == []


def test_documents_without_results_are_rebuilt_after_migrate(client):
    """Documents written before they held their results (migration search.0003) are rewritten once by migrate."""
    service = factories.service(title="Elterncafé")
    SearchDocument.objects.update(url="", shown_title="", summary="")
    documents.rebuild_outdated(using="default", verbosity=0)
    assert result_links(client, "Elterncafé") == [(f"/de/services/{service.slug}/", "Elterncafé")]
    assert not SearchDocument.objects.filter(url="").exists()
    assert SearchDocument.objects.count() == (len(site_languages()) if ON_POSTGRESQL else 0)


def test_a_paused_bulk_load_writes_no_document_until_the_rebuild(client):
    kept = factories.service(title="Sprachcafé am Nordmarkt")
    kept_pk = kept.pk
    with documents.paused():
        added = factories.service(title="Nähcafé im Hafen")
        kept.delete()
    # inside the pause neither the new item's documents nor the removal were written
    assert stored(added).count() == 0
    assert SearchDocument.objects.filter(object_id=kept_pk, content_type__model="service").count() == (
        len(site_languages()) if ON_POSTGRESQL else 0
    )
    documents.rebuild()
    assert found(client, "Nähcafé") == ["Nähcafé im Hafen"]
    assert found(client, "Sprachcafé") == []
    assert stored(added).count() == (len(site_languages()) if ON_POSTGRESQL else 0)
    service = factories.service(title="Lesecafé in Eving")  # after the pause: indexed on save again
    assert stored(service).count() == (len(site_languages()) if ON_POSTGRESQL else 0)
