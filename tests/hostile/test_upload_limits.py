"""Uploads bounded before work: size from the request before any parsing, pixel count from the header before
decoding, and the sign-language video, poster and captions under the same policy as every other upload."""

import io
import re

import pypdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import multipartparser
from django.test import Client
from django.utils import translation
from PIL import Image, PngImagePlugin

from portal import uploads
from portal.models import EditorialPage
from portal.translation_workflow.models import SignLanguageVideo
from portal.uploads import validate_image
from portal.video_uploads import clean_captions, detect_video_format
from tests.hostile.hostile_files import fake_pdf, huge_png
from tests.portal import uploadfiles
from tests.portal.factories import management_form_data
from tests.workflow.conftest import client_for, make_staff

pytestmark = pytest.mark.django_db
PAGE_ADD = "/admin/portal/editorialpage/add/"
VIDEO_ADD = "/admin/translations/signlanguagevideo/add/"
SAMPLE = "static/translation_workflow/sample/gebaerdensprache-muster"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def editor(django_user_model):
    return client_for(Client, make_staff(django_user_model, "editor"))


@pytest.fixture
def no_decoding(monkeypatch):
    """Fail the test if Pillow decodes any pixel."""

    def refuse(self, *args, **kwargs):
        raise AssertionError(f"pixels of a {self.size} image were decoded")

    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", refuse)


@pytest.fixture
def no_pdf_parsing(monkeypatch):
    calls = []

    def spy(*args, **kwargs):
        calls.append(args)
        raise AssertionError("pypdf parsed the upload")

    monkeypatch.setattr(pypdf, "PdfReader", spy)
    return calls


def page_data(client, **extra):
    return {
        **management_form_data(client, PAGE_ADD),
        "title_de": "Formulare",
        "slug": "formulare",
        "summary_de": "Alle Formulare auf einen Blick.",
        "body_de": "<p>Hier finden Sie die Formulare.</p>",
        "status": "draft",
        "alt_text_de": "Ein Bild",
        "attachment_title_de": "Antrag",
        "_save": "Save",
        **extra,
    }


def too_many_pixels_message(width, height):
    with translation.override("en"):
        try:
            uploads._check_pixels(width, height)
        except ValidationError as error:
            return error.messages[0]
    raise AssertionError("not refused")


def test_huge_png_is_refused_from_its_header_with_a_clear_message(editor, media, no_decoding):
    png = SimpleUploadedFile("plakat.png", huge_png(13000, 13000), content_type="image/png")
    response = editor.post(PAGE_ADD, page_data(editor, image=png))
    html = response.content.decode()
    assert response.status_code == 200
    assert "13000 × 13000 pixels" in too_many_pixels_message(13000, 13000)
    assert too_many_pixels_message(13000, 13000) in html
    assert 'value="Formulare"' in html  # everything typed is kept
    assert not EditorialPage.objects.exists()
    assert not any(media.rglob("*.png"))


def test_pixel_limit_comes_from_the_settings(settings, no_decoding):
    settings.PORTAL_MAX_IMAGE_PIXELS = 100 * 100
    validate_image(SimpleUploadedFile("klein.png", huge_png(100, 100)))
    with pytest.raises(ValidationError) as refused:
        validate_image(SimpleUploadedFile("gross.png", huge_png(101, 100)))
    assert refused.value.code == "too_many_pixels"


def test_pixel_limit_also_guards_saves_that_skip_forms(media, no_decoding):
    page = EditorialPage(slug="orm", title_de="ORM", alt_text_de="Bild", image=SimpleUploadedFile("x.png", huge_png()))
    with pytest.raises(ValidationError):
        page.save()


def test_80_mb_fake_pdf_is_refused_by_its_size_before_any_parsing(editor, media, no_pdf_parsing):
    upload = SimpleUploadedFile("riesig.pdf", fake_pdf(80 * 1024 * 1024), content_type="application/pdf")
    response = editor.post(PAGE_ADD, page_data(editor, attachment=upload))
    html = response.content.decode()
    assert response.status_code == 200
    assert "The file is too large (80.0\xa0MB)" in html
    assert no_pdf_parsing == []
    assert not EditorialPage.objects.exists()


def test_request_over_the_body_limit_is_refused_before_it_is_read(editor, settings, monkeypatch):
    settings.PORTAL_MAX_REQUEST_BYTES = 50 * 1024 * 1024

    def refuse(self):
        raise AssertionError("the multipart body was parsed")

    monkeypatch.setattr(multipartparser.MultiPartParser, "parse", refuse)
    response = editor.generic(
        "POST",
        PAGE_ADD,
        b"",
        content_type="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(80 * 1024 * 1024),  # declared; the body is never read
    )
    assert response.status_code == 413
    assert "The upload is too large" in response.content.decode()
    assert "50.0\xa0MB" in response.content.decode()


# --- Sign-language videos ---------------------------------------------------------------------------------
def mp4_with_location():
    def box(kind, payload):
        return (8 + len(payload)).to_bytes(4, "big") + kind + payload

    location = box(b"\xa9xyz", b"+51.5136+007.4653/")
    moov = box(b"moov", box(b"mvhd", b"\x00" * 100) + box(b"udta", location))
    return box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41") + moov + box(b"mdat", b"\x00" * 64)


def video_data(editor, **files):
    return {
        **management_form_data(editor, VIDEO_ADD),
        "slug": "erklaerung",
        "title_de": "Erklärung",
        "description_de": "<p>Was auf der Seite steht.</p>",
        "duration_seconds": "12",
        "position": "0",
        "status": "draft",
        "_save": "Save",
        "video": SimpleUploadedFile("Mein Video (final).webm", open(f"{SAMPLE}.webm", "rb").read()),
        "captions": SimpleUploadedFile(
            "untertitel.vtt", b"WEBVTT Kamera: Frau M.\nKind: captions\n\n00:00.000 --> 00:01.000\nHallo\n"
        ),
        **files,
    }


def test_sign_language_poster_is_stored_without_exif_and_every_file_under_a_safe_name(editor, media):
    poster = uploadfiles.jpeg_with_gps(name="Poster GPS.jpg")
    response = editor.post(VIDEO_ADD, video_data(editor, poster=poster))
    assert response.status_code == 302, response.content.decode()[:2000]
    video = SignLanguageVideo.objects.get()
    stored = (media / video.poster.name).read_bytes()
    assert b"Camera maker" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert not image.getexif()
    assert re.fullmatch(r"translations/images/\d{4}/poster-gps-[0-9a-f]{8}\.jpg", video.poster.name)
    assert re.fullmatch(r"translations/videos/\d{4}/mein-video-final-[0-9a-f]{8}\.webm", video.video.name)
    captions = (media / video.captions.name).read_text()
    assert captions.startswith("WEBVTT\n\n00:00.000 --> 00:01.000") and "Frau M." not in captions


def test_sign_language_video_type_decided_by_content_and_metadata_removed(editor, media):
    response = editor.post(VIDEO_ADD, video_data(editor, video=SimpleUploadedFile("clip.webm", mp4_with_location())))
    assert response.status_code == 302
    video = SignLanguageVideo.objects.get()
    assert video.video.name.endswith(".mp4")
    stored = (media / video.video.name).read_bytes()
    assert len(stored) == len(mp4_with_location())  # nothing moved
    assert b"+51.5136" not in stored and b"udta" not in stored and b"free" in stored


@pytest.mark.parametrize(
    ("field", "upload"),
    [
        ("video", SimpleUploadedFile("clip.webm", b"MZ\x90\x00 not a video at all" * 10)),
        ("captions", SimpleUploadedFile("text.vtt", b"1\n00:00:01,000 --> 00:00:02,000\nSRT, not WebVTT\n")),
        ("captions", SimpleUploadedFile("text.vtt", b"WEBVTT\n\n\xff\xfe broken")),
        ("poster", SimpleUploadedFile("poster.jpg", huge_png())),
    ],
)
def test_sign_language_uploads_refused_by_content(editor, media, field, upload):
    response = editor.post(VIDEO_ADD, video_data(editor, **{field: upload}))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors[field]
    assert not SignLanguageVideo.objects.exists()


def test_sign_language_video_size_limit_from_the_settings(editor, media, settings):
    settings.PORTAL_MAX_VIDEO_BYTES = 1000
    response = editor.post(VIDEO_ADD, video_data(editor))
    assert "The file is too large" in response.content.decode()
    assert not SignLanguageVideo.objects.exists()


def test_video_and_caption_checks_read_content_not_names():
    assert detect_video_format(io.BytesIO(open(f"{SAMPLE}.webm", "rb").read())) == "webm"
    assert detect_video_format(io.BytesIO(mp4_with_location())) == "mp4"
    assert clean_captions(b"\xef\xbb\xbfWEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nHallo\r\n").startswith("WEBVTT\n\n00:")
