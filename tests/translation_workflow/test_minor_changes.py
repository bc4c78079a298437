"""A minor change of the German text (typo, punctuation) keeps every translation current; a normal one does not."""

import pytest
from django.test import Client
from reversion.models import Version

from funding.models import FundingCall
from portal.translation_workflow import freshness
from portal.translation_workflow.models import MinorChange
from portal.workflow.models import PendingChange
from tests.funding.factories import berlin, make_call
from tests.workflow.conftest import client_for, form_data

pytestmark = pytest.mark.django_db
LANGUAGES = ("en", "tr", "ar")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def call():
    fields = {}
    for language in LANGUAGES:
        fields |= {
            f"title_{language}": f"Call [{language}]",
            f"summary_{language}": f"Summary [{language}]",
            f"description_{language}": f"<p>Text [{language}]</p>",
        }
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), title_de="Förderaufruff", **fields)
    for language in LANGUAGES:
        freshness.record_translation(call, language)
    return call


def states(call):
    call = FundingCall.objects.get(pk=call.pk)
    return {language: freshness.translation_state(call, language) for language in LANGUAGES}


def url(call):
    return f"/admin/funding/fundingcall/{call.pk}/change/"


def save(client, call, changes):
    data = form_data(client.get(url(call)).content.decode()) | changes
    response = client.post(url(call), data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_a_minor_german_change_leaves_every_translation_current(staff, call):
    publisher = client_for(Client, staff["publisher"])
    assert all(state == freshness.UP_TO_DATE for state in states(call).values())
    save(publisher, call, {"title_de": ["Förderaufruf"], "translation_minor_change": ["on"]})
    assert FundingCall.objects.get(pk=call.pk).title_de == "Förderaufruf"
    assert states(call) == dict.fromkeys(LANGUAGES, freshness.UP_TO_DATE)
    mark = MinorChange.objects.get()
    assert mark.marked_by == staff["publisher"] and mark.applied_at is not None
    assert mark.kept_languages.split() == sorted(LANGUAGES)
    comment = Version.objects.get_for_object(call).first().revision.get_comment()
    assert "Minor change of the German text" in comment


def test_a_normal_german_change_marks_every_translation_outdated(staff, call):
    publisher = client_for(Client, staff["publisher"])
    save(publisher, call, {"title_de": ["Ein ganz anderer Aufruf"]})
    assert states(call) == dict.fromkeys(LANGUAGES, freshness.OUTDATED)
    assert not MinorChange.objects.exists()


def test_an_editors_minor_change_keeps_translations_current_when_published(staff, call):
    editor, publisher = client_for(Client, staff["editor"]), client_for(Client, staff["publisher"])
    save(editor, call, {"title_de": ["Förderaufruf"], "translation_minor_change": ["on"]})
    pending = PendingChange.objects.open().get()
    assert MinorChange.objects.get().applied_at is None  # kept although the review save was rolled back
    publisher.post(f"/admin/funding/fundingcall/{call.pk}/workflow/pending/{pending.pk}/publish/")
    assert FundingCall.objects.get(pk=call.pk).title_de == "Förderaufruf"
    assert states(call) == dict.fromkeys(LANGUAGES, freshness.UP_TO_DATE)
    assert MinorChange.objects.get().applied_at is not None
    comment = Version.objects.get_for_object(call).first().revision.get_comment()
    assert "Published the change" in comment and "Minor change of the German text" in comment


def test_a_normal_change_on_top_of_a_minor_one_makes_translations_outdated(staff, call):
    editor, publisher = client_for(Client, staff["editor"]), client_for(Client, staff["publisher"])
    save(editor, call, {"title_de": ["Förderaufruf"], "translation_minor_change": ["on"]})
    save(editor, call, {"summary_de": ["Eine neue Zusammenfassung mit anderem Sinn."]})
    pending = PendingChange.objects.open().get()
    publisher.post(f"/admin/funding/fundingcall/{call.pk}/workflow/pending/{pending.pk}/publish/")
    assert states(call) == dict.fromkeys(LANGUAGES, freshness.OUTDATED)


def test_translators_are_not_offered_the_minor_change_box(django_user_model, call):
    from tests.workflow.conftest import make_staff

    translator = client_for(Client, make_staff(django_user_model, "translator"))
    assert "translation_minor_change" not in translator.get(url(call)).content.decode()
