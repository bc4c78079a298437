import datetime

import pytest

from portal.consent import demo
from portal.consent.models import Embed, Provider
from tests.consent.helpers import live_iframes

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def test_demo_attaches_embeds_to_other_apps_demo_pages_idempotently(media_root):
    from masterplan import demo as masterplan_demo
    from services import demo as services_demo

    today = datetime.date(2026, 11, 26)
    services_demo.load(today=today)
    masterplan_demo.load(today=today)
    summary = demo.load(today=today)
    assert "5 created" in summary
    categories = set(Embed.objects.values_list("provider__category", flat=True))
    assert {"video", "map", "social"} <= categories
    video = Embed.objects.get(provider__key="youtube")
    assert video.content_object.slug == "hsu-anmeldung"
    assert video.preview_image and video.preview_image.url.startswith("/media/")
    assert "5 unchanged" in demo.load(today=today)
    assert Embed.objects.count() == 5
    assert Provider.objects.count() == 5


def test_demo_skips_pages_that_do_not_exist(media_root):
    summary = demo.load(today=datetime.date(2026, 11, 26))
    assert "5 skipped" in summary
    assert Embed.objects.count() == 0


def test_demo_embeds_render_on_the_service_page(demo_site, client):
    html = client.get("/de/services/hsu-anmeldung/").content.decode()
    assert "Erklärvideo" in html
    assert "https://www.youtube-nocookie.com/embed/MiaDoKi2026" in html  # only inside the inert <template>
    assert live_iframes(html) == []


def test_content_admins_show_the_embed_inline(demo_site, admin_client_logged_in):
    from masterplan.models import Document
    from services.models import Office, Service

    for model in (Service, Office, Document):
        obj = Embed.objects.filter(content_type__model=model._meta.model_name).first().content_object
        url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/{obj.pk}/change/"
        html = admin_client_logged_in.get(url).content.decode()
        assert "consent-embed-content_type-object_id-0-address" in html, url
    from portal.models import EditorialPage

    page = EditorialPage.objects.get(slug="datenschutz")
    html = admin_client_logged_in.get(f"/admin/portal/editorialpage/{page.pk}/change/").content.decode()
    assert "consent-embed-content_type-object_id-TOTAL_FORMS" in html


def test_deleting_a_page_deletes_its_embeds(media_root):
    from services import demo as services_demo

    services_demo.load(today=datetime.date(2026, 11, 26))
    demo.load(today=datetime.date(2026, 11, 26))
    service = Embed.objects.get(provider__key="youtube").content_object
    service.delete()
    assert not Embed.objects.filter(provider__key="youtube").exists()
