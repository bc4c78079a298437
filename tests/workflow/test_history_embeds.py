"""A page's embeds are related rows like any other: every version keeps them, and restoring brings them back."""

import pytest
from django.test import Client
from reversion.models import Version

from portal.consent.models import Embed, Provider
from portal.consent.providers import ensure_providers
from portal.models import EditorialPage
from tests.workflow.conftest import client_for, post_form

pytestmark = pytest.mark.django_db


def test_version_of_a_page_holds_its_embeds_and_restores_them(staff):
    ensure_providers()
    youtube = Provider.objects.get(key="youtube")
    page = EditorialPage.objects.create(slug="mit-video", title_de="Mit Video", summary_de="Kurz", status="draft")
    Embed.objects.create(content_object=page, provider=youtube, resource_id="dQw4w9WgXcQ", title_de="Alter Titel")
    admin = client_for(Client, staff["administrator"])
    url = f"/admin/portal/editorialpage/{page.pk}/change/"
    assert post_form(admin, url, {"title_de": "Mit Video (1)"}).status_code == 302
    first = Version.objects.get_for_object(page).first()
    kept = [v.object_repr for v in first.revision.version_set.all() if v.content_type.model == "embed"]
    assert len(kept) == 1

    Embed.objects.filter(object_id=page.pk).update(title_de="Neuer Titel")
    Embed.objects.create(content_object=page, provider=youtube, resource_id="aaaaaaaaaaa", title_de="Zweites Video")
    first.revision.revert(delete=True)

    titles = sorted(Embed.objects.filter(object_id=page.pk).values_list("title_de", flat=True))
    assert titles == ["Alter Titel"]
