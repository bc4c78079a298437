"""Small factories of upload files for the tests (real JPEG with EXIF GPS, real and broken PDFs)."""

import io

import pypdf
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def jpeg_with_gps(*, size=(64, 48), name="Foto vom Amt.JPG"):
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"  # Make
    gps = {1: "N", 2: (51.0, 30.0, 50.0), 3: "E", 4: (7.0, 27.0, 57.0)}
    exif[0x8825] = gps  # GPSInfo
    output = io.BytesIO()
    image.save(output, format="JPEG", exif=exif)
    return SimpleUploadedFile(name, output.getvalue(), content_type="image/jpeg")


def png(*, size=(32, 32), name="bild.png"):
    output = io.BytesIO()
    Image.new("RGBA", size, (0, 0, 255, 128)).save(output, format="PNG")
    return SimpleUploadedFile(name, output.getvalue(), content_type="image/png")


def pdf_bytes():
    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def pdf(*, name="Antrag 2027 (Entwurf).pdf"):
    return SimpleUploadedFile(name, pdf_bytes(), content_type="application/pdf")


def fake_pdf(*, name="x.pdf"):
    return SimpleUploadedFile(name, b"MZ\x90\x00 this is an executable, not a PDF" * 10, content_type="application/pdf")


def truncated_pdf(*, name="kaputt.pdf"):
    data = pdf_bytes()
    return SimpleUploadedFile(name, data[: len(data) // 2], content_type="application/pdf")
