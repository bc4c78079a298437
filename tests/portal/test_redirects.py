"""Stable URLs: a changed slug leaves a 301 behind in every language; editors' redirects for old addresses."""

import pytest
from django.db import IntegrityError, transaction
from django.test import Client

from portal.languages import LANGUAGE_TABLE
from portal.models import Redirect
from tests.portal.factories import editorial_page

pytestmark = pytest.mark.django_db


def test_changed_slug_redirects_old_url_in_every_language(client):
    page = editorial_page(slug="kontakt")
    page.slug = "kontakt-und-anfahrt"
    page.save()
    for lang in ("de", "ar", "uk"):
        response = client.get(f"/{lang}/info/kontakt/")
        assert response.status_code == 301
        assert response.headers["Location"] == f"/{lang}/info/kontakt-und-anfahrt/"
        assert client.get(response.headers["Location"]).status_code == 200
    assert Redirect.objects.filter(is_automatic=True).count() == len(LANGUAGE_TABLE)  # one per language


def test_print_twin_of_old_slug_redirect_is_recorded_through_page_url_only(client):
    page = editorial_page(slug="alt")
    page.slug = "neu"
    page.save()
    assert client.get("/de/info/alt").status_code in {301, 404}  # without slash: CommonMiddleware / redirect
    assert client.get("/de/info/alt/?x=1").headers["Location"] == "/de/info/neu/?x=1"


def test_two_renames_give_no_chain_and_renaming_back_removes_the_loop(client):
    page = editorial_page(slug="a")
    page.slug = "b"
    page.save()
    page.slug = "c"
    page.save()
    assert client.get("/de/info/a/").headers["Location"] == "/de/info/c/"
    assert client.get("/de/info/b/").headers["Location"] == "/de/info/c/"
    page.slug = "a"
    page.save()
    assert client.get("/de/info/a/").status_code == 200
    assert client.get("/de/info/c/").headers["Location"] == "/de/info/a/"
    assert client.get("/de/info/b/").headers["Location"] == "/de/info/a/"
    assert not Redirect.objects.filter(old_path="/de/info/a/").exists()


def test_unchanged_slug_records_nothing():
    page = editorial_page(slug="gleich")
    page.title_de = "Neuer Titel"
    page.save()
    assert Redirect.objects.count() == 0


def test_editor_redirect_for_old_city_address(client):
    editorial_page(slug="kontakt")
    Redirect.objects.create(old_path="/leben_in_dortmund/integration/kontakt.html", new_path="/de/info/kontakt/")
    response = client.get("/leben_in_dortmund/integration/kontakt.html")
    assert response.status_code == 301
    assert response.headers["Location"] == "/de/info/kontakt/"


def test_redirect_only_answers_missing_pages(client):
    editorial_page(slug="da")
    Redirect.objects.create(old_path="/de/info/da/", new_path="/de/")
    assert client.get("/de/info/da/").status_code == 200  # a live page always wins


def test_redirect_must_not_point_to_itself_or_elsewhere():
    with pytest.raises(IntegrityError), transaction.atomic():
        Redirect.objects.create(old_path="/de/x/", new_path="/de/x/")
    with pytest.raises(IntegrityError), transaction.atomic():
        Redirect.objects.create(old_path="/de/x/", new_path="https://evil.example/")


def test_redirect_admin_add_and_list(english_admin):
    response = english_admin.post(
        "/admin/portal/redirect/add/",
        {"old_path": "/alt/seite.html", "new_path": "/de/", "note": "alte Stadtseite", "_save": "Save"},
    )
    assert response.status_code == 302
    assert "/alt/seite.html" in english_admin.get("/admin/portal/redirect/").content.decode()
    assert Client().get("/alt/seite.html").headers["Location"] == "/de/"
    bad = english_admin.post(
        "/admin/portal/redirect/add/", {"old_path": "/x/", "new_path": "//evil.example/", "_save": "Save"}
    )
    assert bad.status_code == 200
    assert "single" in bad.content.decode()


def test_anchor_addresses_are_not_recorded():
    from portal.redirects import paths_in_every_language

    class Anchored:
        def get_absolute_url(self):
            return "/de/masterplan/#phase-1"

    assert paths_in_every_language(Anchored()) == {}


# Public models whose address does not contain their own slug: an anchor on another page, or a fixed address.
NO_OWN_ADDRESS = {"masterplan.Phase", "masterplan.Event", "services.HSUInformation"}


def test_every_public_model_with_slug_keeps_old_addresses():
    from django.apps import apps

    from portal.publication import Publishable
    from portal.redirects import SlugHistoryMixin

    public = [
        model
        for model in apps.get_models()
        if issubclass(model, Publishable)
        and hasattr(model, "get_absolute_url")
        and any(field.name == "slug" for field in model._meta.fields)
    ]
    assert public
    missing = [
        model._meta.label
        for model in public
        if not issubclass(model, SlugHistoryMixin) and model._meta.label not in NO_OWN_ADDRESS
    ]
    assert missing == []


def test_renamed_masterplan_document_redirects(client):
    from tests.masterplan.factories import document, phase

    moved = document(phase("netzwerke", year_from=2006, year_to=2010, order=10), "leitbild")
    moved.slug = "leitbild-2007"
    moved.save()
    response = client.get("/tr/masterplan/documents/leitbild/")
    assert response.status_code == 301
    assert response.headers["Location"] == "/tr/masterplan/documents/leitbild-2007/"


def test_slug_help_texts_say_that_old_addresses_keep_working():
    """Editors are told the truth: a changed slug leaves a redirect behind, it does not break links."""
    from django.apps import apps
    from django.utils import translation

    from portal.redirects import SlugHistoryMixin

    with_history = [model for model in apps.get_models() if issubclass(model, SlugHistoryMixin)]
    assert with_history
    with translation.override("en"):
        texts = {
            model._meta.label: str(model._meta.get_field(model.slug_history_field).help_text) for model in with_history
        }
    wrong = {
        label: text
        for label, text in texts.items()
        if "redirect" not in text or "break" in text or "not change" in text
    }
    assert wrong == {}
