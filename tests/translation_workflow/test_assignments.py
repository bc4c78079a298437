"""Translators work in their assigned languages only; a language reviewer publishes translations into theirs."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.utils import translation
from lxml import html as lxml_html

from funding.models import FundingCall
from portal.translation_workflow.models import LanguageAssignment, TranslationRecord
from portal.workflow.models import PendingChange, PendingState
from tests.funding.factories import berlin, make_call
from tests.workflow.conftest import client_for, form_data, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def call():
    return make_call(
        opens_at=berlin(2027, 1, 1),
        deadline=berlin(2027, 2, 1),
        description_de="<p>Wer <strong>Geld</strong> braucht, stellt einen Antrag.</p>",
        title_ar="نداء",
        summary_ar="باختصار",
        description_ar="<p>وصف</p>",
    )


def change_url(call):
    return f"/admin/funding/fundingcall/{call.pk}/change/"


def decide_url(call, pending, decision="publish"):
    return f"/admin/funding/fundingcall/{call.pk}/workflow/pending/{pending.pk}/{decision}/"


def turkish_translator(django_user_model, **kwargs):
    return make_staff(django_user_model, "translator", languages=["tr"], username="turkish", **kwargs)


def test_the_form_offers_only_the_assigned_language_and_shows_the_german_source_rendered(django_user_model, call):
    translator = client_for(Client, turkish_translator(django_user_model))
    page = translator.get(change_url(call)).content.decode()
    tree = lxml_html.fromstring(page)
    assert tree.xpath("//input[@name='title_tr']") and not tree.xpath("//input[@name='title_tr'][@disabled]")
    assert not tree.xpath("//*[@name='title_ar']") and not tree.xpath("//*[@name='description_ar']")
    assert tree.xpath("//input[@name='title_de'][@disabled]")
    source = tree.xpath("//div[contains(@class, 'translation-source')]")
    assert source and source[0].get("lang") == "de"
    assert source[0].xpath(".//strong")[0].text == "Geld"  # rendered, not "<strong>" as text
    assert "&lt;strong&gt;" not in page


def test_a_translator_assigned_turkish_cannot_save_arabic_fields(django_user_model, call):
    translator = client_for(Client, turkish_translator(django_user_model))
    data = form_data(translator.get(change_url(call)).content.decode())
    data |= {"title_tr": ["Çağrı"], "title_ar": ["عنوان آخر"], "description_ar": ["<p>تغيير</p>"]}
    response = translator.post(change_url(call), data)
    assert response.status_code == 403
    page = response.content.decode()
    assert "Nothing was saved" in page and dict(settings.LANGUAGES)["ar"] in page
    call.refresh_from_db()
    assert call.title_ar == "نداء" and call.title_tr in (None, "")
    assert not PendingChange.objects.exists()


def test_a_translator_assigned_turkish_cannot_change_german_or_inline_arabic_by_post(django_user_model, call):
    translator = client_for(Client, turkish_translator(django_user_model))
    data = form_data(translator.get(change_url(call)).content.decode())
    for name, value in (("title_de", "Anderer Titel"), ("documents-0-title_ar", "x")):
        response = translator.post(change_url(call), data | {name: [value]})
        assert response.status_code == 403, name
    assert FundingCall.objects.get(pk=call.pk).title_de == call.title_de
    assert not PendingChange.objects.exists()


def test_a_translator_saves_the_assigned_language_for_review(django_user_model, call):
    translator = client_for(Client, turkish_translator(django_user_model))
    data = form_data(translator.get(change_url(call)).content.decode()) | {"title_tr": ["Çağrı"]}
    assert translator.post(change_url(call), data).status_code == 302
    pending = PendingChange.objects.open().get()
    assert pending.author.username == "turkish"
    assert FundingCall.objects.get(pk=call.pk).title_tr in (None, "")  # not public before review


def test_a_turkish_reviewer_publishes_a_turkish_translation_without_the_german_publisher(django_user_model, call):
    author = turkish_translator(django_user_model)
    reviewer = make_staff(django_user_model, "translator", languages=[], reviews=["tr"], username="reviewer")
    arabic_reviewer = make_staff(django_user_model, "translator", reviews=["ar"], username="arabic")
    writer = client_for(Client, author)
    data = form_data(writer.get(change_url(call)).content.decode())
    data |= {"title_tr": ["Çağrı"], "summary_tr": ["Kısaca"], "description_tr": ["<p>Açıklama</p>"]}
    assert writer.post(change_url(call), data).status_code == 302
    pending = PendingChange.objects.open().get()

    history = client_for(Client, reviewer).get(f"/admin/funding/fundingcall/{call.pk}/workflow/history/")
    assert decide_url(call, pending) in history.content.decode()  # the reviewer is offered the decision
    assert client_for(Client, author).post(decide_url(call, pending)).status_code == 403  # not their own work
    assert client_for(Client, arabic_reviewer).post(decide_url(call, pending)).status_code == 403
    assert FundingCall.objects.get(pk=call.pk).title_tr in (None, "")

    assert client_for(Client, reviewer).post(decide_url(call, pending)).status_code == 302
    call.refresh_from_db()
    assert call.title_tr == "Çağrı" and call.description_tr == "<p>Açıklama</p>"
    pending.refresh_from_db()
    assert pending.state == PendingState.PUBLISHED and pending.decided_by == reviewer
    assert not User.objects.filter(groups__name="publisher").exists()  # no publisher took part
    assert TranslationRecord.objects.filter(object_id=call.pk, language="tr").exists()


def test_a_language_reviewer_cannot_publish_a_change_of_the_german_text(django_user_model, staff, call):
    reviewer = make_staff(django_user_model, "translator", languages=[], reviews=["tr"], username="reviewer")
    editor = client_for(Client, staff["editor"])
    data = form_data(editor.get(change_url(call)).content.decode()) | {"title_de": ["Neu"], "title_tr": ["Yeni"]}
    assert editor.post(change_url(call), data).status_code == 302
    pending = PendingChange.objects.open().get()
    assert client_for(Client, reviewer).post(decide_url(call, pending)).status_code == 403
    assert FundingCall.objects.get(pk=call.pk).title_de != "Neu"


def test_the_administrator_assigns_languages_in_the_user_admin(django_user_model, staff):
    target = turkish_translator(django_user_model)
    administrator = client_for(Client, staff["administrator"])
    url = f"/admin/auth/user/{target.pk}/change/"
    page = administrator.get(url).content.decode()
    assert "translation_languages-0-language" in page
    data = form_data(page)
    data |= {
        "translation_languages-TOTAL_FORMS": ["2"],
        "translation_languages-1-language": ["ar"],
        "translation_languages-1-reviews": ["on"],
        "translation_languages-1-user": [str(target.pk)],
    }
    response = administrator.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert set(LanguageAssignment.objects.filter(user=target).values_list("language", "reviews")) == {
        ("tr", False),
        ("ar", True),
    }


def test_a_translator_sees_choices_by_their_labels_never_stored_values(django_user_model):
    from tests.services.factories import make_office, make_service

    service = make_service(audiences=["refugees", "schools"])
    office = make_office(hours=((5, "08:30", "12:00"),))
    translator = client_for(Client, turkish_translator(django_user_model))
    with translation.override("en"):
        page = translator.get(f"/admin/services/service/{service.pk}/change/").content.decode()
        tree = lxml_html.fromstring(page)
        ticked = tree.xpath("//input[@name='audiences'][@checked]")
        assert [box.get("disabled") is not None for box in ticked] == [True, True]
        labels = [" ".join(box.getparent().text_content().split()) for box in ticked]
        assert labels == ["Refugees", "Schools, pupils and parents"]
        assert '["refugees"' not in page and "&quot;refugees&quot;" not in page
        office_page = translator.get(f"/admin/services/office/{office.pk}/change/").content.decode()
        hours = lxml_html.fromstring(office_page).xpath("string(//*[contains(@class, 'field-weekday')])")
        assert "Friday" in hours and "5" not in hours
