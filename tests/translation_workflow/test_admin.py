"""Translators' admin: list filters, confirm action, fingerprints recorded on save, self-hosted language tabs."""

import re

import pytest
from django import forms
from django.urls import reverse
from lxml import html as lxml_html

from portal.publication import Status
from portal.translation_workflow import freshness
from portal.translation_workflow.models import SignLanguageVideo, TranslationRecord
from tests.translation_workflow.conftest import make_video

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:translations_signlanguagevideo_changelist"


def change_url(obj):
    return reverse("admin:translations_signlanguagevideo_change", args=[obj.pk])


def form_data(client, url):
    """The change form's current values, as the browser would post them back unchanged."""
    response = client.get(url)
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        if isinstance(field, forms.FileField):
            continue
        value = form.initial.get(name, field.initial)
        if isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
            continue
        data[name] = "" if value is None else value
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for key in management.fields:
            data[f"{inline.formset.prefix}-{key}"] = management.initial.get(key, 0)
    return data


def test_missing_and_outdated_filters_on_content_admin(admin_client_logged_in):
    complete = make_video(translations=["tr"])
    freshness.record_translation(complete, "tr")
    outdated = make_video(translations=["tr"], title_de="Alt")
    freshness.record_translation(outdated, "tr")
    outdated.title_de = "Neu"
    outdated.save()
    missing = make_video(title_tr="Nur der Titel")
    response = admin_client_logged_in.get(reverse(CHANGELIST), {"missing_in": "tr"})
    assert list(response.context["cl"].queryset) == [missing]
    response = admin_client_logged_in.get(reverse(CHANGELIST), {"outdated_in": "tr"})
    assert list(response.context["cl"].queryset) == [outdated]
    html = response.content.decode()
    assert "translation missing in" in html.lower() or "missing_in=" in html
    response = admin_client_logged_in.get(reverse(CHANGELIST), {"outdated_in": "xx"})
    assert response.status_code in {200, 302}


def test_saving_a_language_records_its_fingerprint(admin_client_logged_in, staff_user):
    video = make_video(translations=["tr"])
    url = change_url(video)
    data = form_data(admin_client_logged_in, url)
    data["title_tr"] = "Yeni başlık"
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    record = TranslationRecord.objects.get(object_id=video.pk, language="tr")
    assert record.recorded_by == staff_user
    video.refresh_from_db()
    assert freshness.translation_state(video, "tr") == freshness.UP_TO_DATE
    assert not TranslationRecord.objects.filter(object_id=video.pk, language="en").exists()


def test_editing_german_in_admin_outdates_but_other_language_does_not(admin_client_logged_in):
    video = make_video(translations=["tr", "en"])
    freshness.record_translation(video, "tr")
    freshness.record_translation(video, "en")
    url = change_url(video)
    data = form_data(admin_client_logged_in, url)
    data["title_en"] = "Improved English title"
    data["position"] = 5
    assert admin_client_logged_in.post(url, data).status_code == 302
    video.refresh_from_db()
    assert freshness.translation_state(video, "tr") == freshness.UP_TO_DATE
    data = form_data(admin_client_logged_in, url)
    data["title_de"] = "Geänderter deutscher Titel"
    assert admin_client_logged_in.post(url, data).status_code == 302
    video.refresh_from_db()
    assert freshness.translation_state(video, "tr") == freshness.OUTDATED
    assert freshness.translation_state(video, "en") == freshness.OUTDATED


def test_draft_save_in_admin_keeps_translations_up_to_date(admin_client_logged_in):
    video = make_video(translations=["tr"])
    freshness.record_translation(video, "tr")
    url = change_url(video)
    data = form_data(admin_client_logged_in, url)
    data["status"] = Status.DRAFT
    data["title_de"] = "Entwurf: neuer Titel"
    assert admin_client_logged_in.post(url, data).status_code == 302
    video.refresh_from_db()
    assert freshness.translation_state(video, "tr") == freshness.UP_TO_DATE
    data = form_data(admin_client_logged_in, url)
    data["status"] = Status.PUBLISHED
    assert admin_client_logged_in.post(url, data).status_code == 302
    video.refresh_from_db()
    assert freshness.translation_state(video, "tr") == freshness.OUTDATED


def test_one_confirm_action_for_every_chosen_language(admin_client_logged_in):
    video = make_video(translations=["tr", "ar", "en"])
    for language in ("tr", "ar", "en"):
        freshness.record_translation(video, language)
    video.title_de = "Tippfehler korrigiert"
    video.save()
    untranslated = make_video()
    selection = {"action": "confirm_translations", "_selected_action": [video.pk, untranslated.pk]}
    page = admin_client_logged_in.post(reverse(CHANGELIST), selection, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    checked = lxml_html.fromstring(page.content).xpath("//input[@name='languages'][@checked]/@value")
    assert sorted(checked) == ["ar", "en", "tr"]  # the outdated ones are proposed
    response = admin_client_logged_in.post(
        reverse(CHANGELIST),
        selection | {"apply": "1", "languages": ["tr", "ar"]},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    messages = [str(m) for m in response.context["messages"]]
    assert sum("1 translation into" in m for m in messages) == 2
    assert sum("1 item has no translation" in m for m in messages) == 2
    video.refresh_from_db()
    assert freshness.translation_state(video, "tr") == freshness.UP_TO_DATE
    assert freshness.translation_state(video, "ar") == freshness.UP_TO_DATE
    assert freshness.translation_state(video, "en") == freshness.OUTDATED


def test_change_form_uses_self_hosted_tabs_only(admin_client_logged_in):
    video = make_video()
    html = admin_client_logged_in.get(change_url(video)).content.decode()
    assert "/static/translation_workflow/admin_tabs.js" in html
    assert "/static/translation_workflow/admin_tabs.css" in html
    # every script and style sheet from this site (a random token in the page may spell "cdn": look at addresses)
    addresses = re.findall(r'<script[^>]*\ssrc="([^"]*)"', html) + re.findall(r'<link[^>]*\shref="([^"]*)"', html)
    assert addresses and all(address.startswith("/") and not address.startswith("//") for address in addresses)
    assert not [address for address in addresses if "jquery-ui" in address.lower()]
    assert 'class="vTextField mt mt-field-title-de mt-default"' in html
    assert 'name="slug_de"' not in html and 'name="slug"' in html


def test_record_admin_lists_and_links_translators_pages(admin_client_logged_in):
    video = make_video(translations=["ar"])
    freshness.record_translation(video, "ar")
    response = admin_client_logged_in.get(reverse("admin:translations_translationrecord_changelist"))
    html = response.content.decode()
    assert reverse("admin:translations_coverage") in html
    assert reverse("admin:translations_xliff_import") in html
    record = TranslationRecord.objects.get(language="ar")
    detail = admin_client_logged_in.get(reverse("admin:translations_translationrecord_change", args=[record.pk]))
    assert detail.status_code == 200
    assert SignLanguageVideo.objects.count() == 1
