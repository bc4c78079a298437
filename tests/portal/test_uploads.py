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
