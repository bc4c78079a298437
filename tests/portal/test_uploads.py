"""Upload checks: type by content, size limits, safe names, images re-encoded without metadata."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from portal.uploads import (
    UploadTo,
    reencode_image,
    safe_name,
    validate_document_size,
    validate_image_content,
    validate_image_size,
    validate_pdf_content,
)
from tests.portal import uploadfiles
from tests.portal.factories import management_form_data


def test_pdf_validator_accepts_real_pdf():
    validate_pdf_content(uploadfiles.pdf())


def test_pdf_validator_refuses_file_named_pdf_that_is_not_one():
    with pytest.raises(ValidationError) as error:
        validate_pdf_content(uploadfiles.fake_pdf())
    assert error.value.code == "not_pdf"


def test_pdf_validator_refuses_truncated_pdf():
    with pytest.raises(ValidationError) as error:
        validate_pdf_content(uploadfiles.truncated_pdf())
    assert error.value.code == "damaged_pdf"


def test_pdf_validator_refuses_pdf_header_with_garbage():
    garbage = SimpleUploadedFile("x.pdf", b"%PDF-1.7\nnothing of a PDF follows\n%%EOF\n")
    with pytest.raises(ValidationError):
        validate_pdf_content(garbage)


def test_document_size_limit_from_settings(settings):
    settings.PORTAL_MAX_DOCUMENT_BYTES = 100
    with pytest.raises(ValidationError) as error:
        validate_document_size(uploadfiles.pdf())
    assert error.value.code == "file_too_large"
    settings.PORTAL_MAX_DOCUMENT_BYTES = 10_000
    validate_document_size(uploadfiles.pdf())


def test_image_size_limit_from_settings(settings):
    settings.PORTAL_MAX_IMAGE_BYTES = 10
    with pytest.raises(ValidationError):
        validate_image_size(uploadfiles.png())


@pytest.mark.parametrize(
    "content",
    [
        b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        b"%PDF-1.4 not an image",
        b"",
    ],
)
def test_image_validator_refuses_non_images_and_other_formats(content):
    with pytest.raises(ValidationError):
        validate_image_content(SimpleUploadedFile("bild.jpg", content))


def test_reencode_removes_exif_gps_and_keeps_pixels():
    upload = uploadfiles.jpeg_with_gps()
    with Image.open(upload) as original:
        assert original.getexif().get_ifd(0x8825)  # the fixture really carries GPS data
    upload.seek(0)
    data, extension = reencode_image(upload)
    assert extension == "jpg"
    with Image.open(io.BytesIO(data)) as cleaned:
        assert cleaned.format == "JPEG"
        assert cleaned.size == (64, 48)
        assert not cleaned.getexif()
        assert "exif" not in cleaned.info and "icc_profile" not in cleaned.info
    assert b"Camera maker" not in data


def test_reencode_resizes_to_max_dimension():
    data, extension = reencode_image(uploadfiles.png(size=(300, 120)), max_dimension=100)
    assert extension == "png"
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (100, 40)


def test_safe_name_is_slugified_and_random():
    first = safe_name("../../etc/Pass wörd<script>.PHP.pdf", "pdf")
    second = safe_name("../../etc/Pass wörd<script>.PHP.pdf", "pdf")
    assert first != second
    assert re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{8}\.pdf", first)


def test_upload_to_uses_app_label_and_kind():
    class Instance:
        class _meta:
            app_label = "funding"

    path = UploadTo("documents")(Instance(), "Kosten- und Finanzierungsplan.PDF")
    assert re.fullmatch(r"funding/documents/\d{4}/kosten-und-finanzierungsplan-[0-9a-f]{8}\.pdf", path)


# --- Through the model fields and the admin (EditorialPage uses AccessibleImage and a PDF attachment) ---------
@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


ADD_URL = "/admin/portal/editorialpage/add/"


def _admin_data(client, **extra):
    return {
        **management_form_data(client, ADD_URL),
        "title_de": "Formulare",
        "slug": "formulare",
        "summary_de": "Alle Formulare auf einen Blick.",
        "body_de": "<p>Hier finden Sie die Formulare.</p>",
        "title_ar": "الاستمارات",
        "status": "published",
        "attachment_title_de": "Antrag als PDF",
        "_save": "Save",
        **extra,
    }


def _assert_kept(html):
    for typed in ('value="Formulare"', "Alle Formulare auf einen Blick.", "Hier finden Sie die Formulare.",
                  'value="الاستمارات"', 'value="Antrag als PDF"'):  # fmt: skip
        assert typed in html, typed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (uploadfiles.fake_pdf, "This file is not a PDF document."),
        (uploadfiles.truncated_pdf, "This PDF file is damaged or incomplete"),
    ],
)
def test_admin_refuses_bad_pdf_and_keeps_everything_typed(english_admin, media, upload, message):
    from portal.models import EditorialPage

    response = english_admin.post(ADD_URL, _admin_data(english_admin, attachment=upload()))
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    _assert_kept(html)
    assert not EditorialPage.objects.exists()
    assert not any(media.rglob("*.pdf"))


@pytest.mark.django_db
def test_admin_refuses_oversize_document(english_admin, media, settings):
    from portal.models import EditorialPage

    settings.PORTAL_MAX_DOCUMENT_BYTES = 200
    response = english_admin.post(ADD_URL, _admin_data(english_admin, attachment=uploadfiles.pdf()))
    html = response.content.decode()
    assert "The file is too large" in html
    _assert_kept(html)
    assert not EditorialPage.objects.exists()


@pytest.mark.django_db
def test_admin_refuses_image_without_alt_text_and_keeps_input(english_admin, media):
    from portal.models import EditorialPage

    response = english_admin.post(ADD_URL, _admin_data(english_admin, image=uploadfiles.png()))
    html = response.content.decode()
    assert "Describe the image in German, or mark it as decorative." in html
    _assert_kept(html)
    assert not EditorialPage.objects.exists()


@pytest.mark.django_db
def test_admin_accepts_pdf_under_safe_name(english_admin, media, client):
    from portal.models import EditorialPage

    response = english_admin.post(ADD_URL, _admin_data(english_admin, attachment=uploadfiles.pdf()))
    assert response.status_code == 302
    page = EditorialPage.objects.get()
    assert re.fullmatch(r"portal/documents/\d{4}/antrag-2027-entwurf-[0-9a-f]{8}\.pdf", page.attachment.name)
    assert (media / page.attachment.name).read_bytes().startswith(b"%PDF-")


@pytest.mark.django_db
def test_admin_accepted_jpeg_is_stored_without_gps(english_admin, media):
    from portal.models import EditorialPage

    data = _admin_data(
        english_admin, image=uploadfiles.jpeg_with_gps(size=(3000, 1500)), alt_text_de="Das Rathaus am Friedensplatz"
    )
    response = english_admin.post(ADD_URL, data)
    assert response.status_code == 302
    page = EditorialPage.objects.get()
    assert re.fullmatch(r"portal/images/\d{4}/foto-vom-amt-[0-9a-f]{8}\.jpg", page.image.name)
    stored = (media / page.image.name).read_bytes()
    assert b"Camera maker" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert not image.getexif()
        assert image.getexif().get_ifd(0x8825) == {}
        assert max(image.size) == 2000


@pytest.mark.django_db
def test_orm_save_reencodes_image_and_refuses_fake_pdf(media):
    from portal.models import EditorialPage

    page = EditorialPage(slug="orm", title_de="ORM", image=uploadfiles.jpeg_with_gps(), alt_text_de="Ein Bild")
    page.save()
    with page.image.open("rb") as stored, Image.open(stored) as image:
        assert not image.getexif()
    page.attachment = uploadfiles.fake_pdf()
    with pytest.raises(ValidationError):
        page.save()


@pytest.mark.django_db
def test_decorative_image_needs_no_alt_text_and_renders_empty_alt(client, media):
    from portal.models import EditorialPage

    EditorialPage.objects.create(
        slug="deko", title_de="Deko", status="published", image=uploadfiles.png(), is_decorative=True
    )
    html = client.get("/de/info/deko/").content.decode()
    assert re.search(r'<img src="/media/portal/images/\d{4}/bild-[0-9a-f]{8}\.png" alt=""', html)


@pytest.mark.django_db
def test_image_without_alt_text_refused_by_database(media):
    from django.db import IntegrityError, transaction

    from portal.models import EditorialPage

    with pytest.raises(IntegrityError), transaction.atomic():
        EditorialPage.objects.create(slug="ohne-alt", title_de="x", image=uploadfiles.png())


@pytest.mark.django_db
def test_alt_text_translated_and_shown_in_page_language(client, media):
    from portal.models import EditorialPage

    EditorialPage.objects.create(
        slug="bild", title_de="Bild", title_ar="صورة", body_ar="<p>نص</p>", status="published",
        image=uploadfiles.png(), alt_text_de="Ein blaues Quadrat", alt_text_ar="مربع أزرق",
    )  # fmt: skip
    assert 'alt="مربع أزرق"' in client.get("/ar/info/bild/").content.decode()
    assert 'alt="Ein blaues Quadrat"' in client.get("/de/info/bild/").content.decode()
