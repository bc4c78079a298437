"""Outdated detection: a fingerprint of the published German source, never timestamps."""

import pytest

from portal.publication import Status
from portal.translation_workflow import freshness
from portal.translation_workflow.models import Origin, TranslationRecord
from tests.translation_workflow.conftest import make_video

pytestmark = pytest.mark.django_db


def state(obj, language):
    obj.refresh_from_db()
    return freshness.translation_state(obj, language)


def test_state_missing_without_required_field():
    video = make_video(title_tr="Başlık")  # description_tr left empty
    assert state(video, "tr") == freshness.MISSING


def test_state_up_to_date_after_recording():
    video = make_video(translations=["tr"])
    freshness.record_translation(video, "tr")
    assert state(video, "tr") == freshness.UP_TO_DATE


def test_state_translation_without_record_counts_as_outdated():
    video = make_video(translations=["tr"])
    assert state(video, "tr") == freshness.OUTDATED


def test_changed_published_german_marks_translation_outdated():
    video = make_video(translations=["tr", "en"])
    freshness.record_translation(video, "tr")
    freshness.record_translation(video, "en")
    video.title_de = "Ein neuer Titel"
    video.save()
    assert state(video, "tr") == freshness.OUTDATED
    assert state(video, "en") == freshness.OUTDATED


def test_editing_another_language_never_marks_outdated():
    video = make_video(translations=["tr", "en"])
    freshness.record_translation(video, "tr")
    video.title_en = "A better English title"
    video.description_ar = "<p>وصف</p>"
    video.save()
    assert state(video, "tr") == freshness.UP_TO_DATE


def test_reordering_never_marks_outdated():
    video = make_video(translations=["tr"])
    freshness.record_translation(video, "tr")
    video.position = 7
    video.duration_seconds = 33
    video.save()
    assert state(video, "tr") == freshness.UP_TO_DATE


def test_draft_edit_of_published_item_not_outdated_until_published():
    video = make_video(translations=["tr"])
    freshness.record_translation(video, "tr")
    freshness.remember_published_source(video)  # what the admin does before each save
    video.status = Status.DRAFT
    video.title_de = "Entwurf eines neuen Titels"
    video.save()
    assert state(video, "tr") == freshness.UP_TO_DATE
    video.status = Status.PUBLISHED
    video.save()
    assert state(video, "tr") == freshness.OUTDATED


def test_never_published_draft_edits_never_outdated():
    video = make_video(status=Status.DRAFT, translations=["tr"])
    freshness.record_translation(video, "tr")
    video.title_de = "Noch ein Entwurf"
    video.save()
    assert state(video, "tr") == freshness.UP_TO_DATE


def test_translation_of_draft_outdated_once_changed_text_is_published():
    video = make_video(status=Status.DRAFT, translations=["tr"])
    freshness.record_translation(video, "tr")  # made from the draft German
    video.title_de = "Geänderter Titel vor der Veröffentlichung"
    video.status = Status.PUBLISHED
    video.save()
    assert state(video, "tr") == freshness.OUTDATED


def test_translation_of_draft_up_to_date_when_published_unchanged():
    video = make_video(status=Status.DRAFT, translations=["tr"])
    freshness.record_translation(video, "tr")
    video.status = Status.PUBLISHED
    video.save()
    assert state(video, "tr") == freshness.UP_TO_DATE


def test_confirm_unchanged_translation_makes_it_up_to_date(staff_user):
    video = make_video(translations=["tr"])
    freshness.record_translation(video, "tr", origin=Origin.MACHINE)
    video.title_de = "Kleine Korrektur im Titel"
    video.save()
    assert state(video, "tr") == freshness.OUTDATED
    assert freshness.confirm_translation(video, "tr", user=staff_user) is True
    assert state(video, "tr") == freshness.UP_TO_DATE
    record = TranslationRecord.objects.get(object_id=video.pk, language="tr")
    assert record.confirmed_by == staff_user and record.confirmed_at is not None
    assert record.origin == Origin.MACHINE


def test_confirm_refuses_missing_translation(staff_user):
    video = make_video()
    assert freshness.confirm_translation(video, "uk", user=staff_user) is False
    assert not TranslationRecord.objects.filter(language="uk").exists()


def test_fingerprint_ignores_whitespace_around_values():
    video = make_video()
    before = freshness.german_fingerprint(video)
    video.title_de = f"  {video.title_de}  "
    assert freshness.german_fingerprint(video) == before


def test_state_table_one_query_for_records(django_assert_num_queries):
    videos = [make_video(translations=["tr"]) for _ in range(12)]
    for video in videos[:5]:
        freshness.record_translation(video, "tr")
    videos[0].title_de = "Geändert"
    videos[0].save()
    from portal.translation_workflow.models import SignLanguageVideo

    objects = list(SignLanguageVideo.objects.all())
    freshness.state_table(objects[:1])  # warm the content type cache
    with django_assert_num_queries(1):
        table = freshness.state_table(objects)
    states = [table[v.pk]["tr"] for v in videos]
    assert states.count(freshness.UP_TO_DATE) == 4
    assert states.count(freshness.OUTDATED) == 8
    assert all(table[v.pk]["uk"] == freshness.MISSING for v in videos)


def test_baseline_records_existing_translations_once():
    make_video(translations=["tr", "ar"])
    make_video(translations=["tr"])
    assert freshness.record_baseline() == 3
    assert freshness.record_baseline() == 0
