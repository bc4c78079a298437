"""The embed inline recognises pasted addresses or refuses them; every content admin gets it by a flag."""

import pytest
from django.contrib import admin
from django.contrib.contenttypes.forms import generic_inlineformset_factory

from portal.admin_base import ContentAdmin
from portal.consent.admin import EmbedForm, EmbedInline
from portal.consent.models import Embed, Provider

pytestmark = pytest.mark.django_db


def form_for(page_object, address, title="Erklärvideo"):
    formset_class = generic_inlineformset_factory(Embed, form=EmbedForm, fields=["address", "title_de"], extra=1)
    prefix = formset_class.get_default_prefix()
    data = {
        f"{prefix}-TOTAL_FORMS": "1",
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-0-address": address,
        f"{prefix}-0-title_de": title,
    }
    return formset_class(data, instance=page_object, prefix=prefix)


def test_inline_recognises_provider_and_stores_only_the_id(page_object):
    formset = form_for(page_object, "https://youtu.be/dQw4w9WgXcQ?si=tracking")
    assert formset.is_valid(), formset.errors
    formset.save()
    embed = Embed.objects.get()
    assert embed.provider.key == "youtube"
    assert embed.resource_id == "dQw4w9WgXcQ"
    assert embed.content_object == page_object
    assert "si=tracking" not in str(embed.__dict__)


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("https://www.example.org/video/1", "belongs to no provider"),
        ('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>', "looks like embed code"),
        ("https://www.youtube.com/channel/UC123", "belongs to no provider"),
    ],
)
def test_inline_refuses_unknown_addresses_with_a_clear_message(page_object, address, message):
    from django.utils import translation

    with translation.override("en"):
        formset = form_for(page_object, address)
        assert not formset.is_valid()
        assert message in str(formset.errors)
    assert Embed.objects.count() == 0


def test_inline_shows_stored_address_when_editing(page_object, embeds):
    form = EmbedForm(instance=embeds["video"])
    assert form.fields["address"].initial == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def test_content_admin_adds_inline_when_model_enables_embeds(rf, staff_user, monkeypatch):
    class StandInAdmin(ContentAdmin):
        pass

    request = rf.get("/admin/")
    request.user = staff_user
    assert EmbedInline not in StandInAdmin(Provider, admin.site).get_inlines(request, None)
    monkeypatch.setattr(Provider, "embeds_enabled", True, raising=False)
    assert EmbedInline in StandInAdmin(Provider, admin.site).get_inlines(request, None)


def test_provider_admin_pages_render(admin_client_logged_in, providers):
    response = admin_client_logged_in.get("/admin/consent/provider/")
    assert response.status_code == 200
    assert "YouTube" in response.content.decode()
    response = admin_client_logged_in.get(f"/admin/consent/provider/{providers['youtube'].pk}/change/")
    assert response.status_code == 200
    assert "youtube-nocookie" in response.content.decode()
