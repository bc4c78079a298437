"""Sign-language videos: self-hosted player with poster, captions track and a download link with size and time."""

import pytest
from django.template import Context, Template
from django.utils import translation

from portal.publication import Status
from portal.translation_workflow import demo
from portal.translation_workflow.models import SignLanguageVideo

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def render(language):
    with translation.override(language):
        return Template("{% load sign_language %}{% sign_language_videos %}").render(
            Context({"LANGUAGE_CODE": language})
        )


def test_sample_video_rendered_with_poster_captions_and_download():
    demo.ensure_sample_video()
    html = render("de")
    video = SignLanguageVideo.objects.get(slug="muster-clip")
    assert f'<source src="/media/{video.video.name}" type="video/webm">' in html
    assert f'poster="/media/{video.poster.name}"' in html
    assert f'<track kind="captions" src="/media/{video.captions.name}" srclang="de" label="Deutsch" default>' in html
    assert "Download the video" in html or "Video herunterladen" in html
    assert "0:12" in html and "KB" in html  # running time and file size
    assert 'class="notice sign-video__sample"' in html  # labelled as a sample
    assert "http://" not in html and "https://" not in html


def test_video_shown_in_german_with_lang_when_not_translated():
    demo.ensure_sample_video()
    html = render("fa")
    assert 'lang="de" dir="ltr"' in html
    assert "Muster-Clip" in html
    html = render("ar")
    assert 'lang="ar" dir="rtl"' in html


def test_drafts_not_shown():
    demo.ensure_sample_video()
    SignLanguageVideo.objects.update(status=Status.DRAFT)
    assert "<video" not in render("de")


def test_sample_video_demo_idempotent():
    assert demo.ensure_sample_video() == "created/updated"
    assert demo.ensure_sample_video() == "unchanged"
    assert SignLanguageVideo.objects.count() == 1
