"""Uploads: one validator set for images and documents, used by every app.

* The type is decided by the file's content, never by its name: an image must open with Pillow as JPEG, PNG or
  WebP; a document must be a PDF that pypdf can parse (``x.pdf`` that is not a PDF, or that starts with
  ``%PDF-`` but is truncated, is refused).
* Bounded before work: the size (known from the request) is checked before anything reads the content, and an
  image's pixel count (``settings.PORTAL_MAX_IMAGE_PIXELS``) is read from its header before any pixel is
  decoded. Size limits come from ``settings.PORTAL_MAX_IMAGE_BYTES`` and ``settings.PORTAL_MAX_DOCUMENT_BYTES``;
  a request body larger than ``settings.PORTAL_MAX_REQUEST_BYTES`` is refused before it is read
  (``portal.middleware.RequestSizeLimitMiddleware``).
* Stored names are safe: ``<app label>/<images|documents>/<year>/<slugified name>-<random>.<ext>``, the
  extension taken from the detected type.
* Images are re-encoded with Pillow on save (every path: admin, ORM, imports): the pixels are kept, rotated
  upright, resized to at most ``max_dimension`` pixels on the longer side, and every piece of metadata
  (EXIF with GPS position, XMP, comments, colour profiles) is dropped.

Use in a model::

    from portal.uploads import AccessibleImage, DocumentUploadField, ImageUploadField

    class Office(Publishable, AccessibleImage):     # image + alt_text (translated) + is_decorative
        ...
        class Meta:
            constraints = [*Publishable.Meta.constraints, *AccessibleImage.Meta.constraints]

    class CallDocument(models.Model):
        file = DocumentUploadField(_("file"), help_text=...)

A subclass of ``AccessibleImage`` must be registered with modeltranslation (``alt_text`` is inherited from the
registration in ``portal/translation.py``); its ``clean()`` and a database constraint require a German alt text
unless the image is marked decorative. A refused upload is a normal form error: the form is shown again with
everything else the editor typed.
"""

import io
import secrets
import warnings
from pathlib import PurePath

import pypdf
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

DEFAULT_MAX_DIMENSION = 2000  # pixels on the longer side after re-encoding
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
IMAGE_ACCEPT = "image/jpeg,image/png,image/webp"
DOCUMENT_ACCEPT = "application/pdf,.pdf"


# --- Names ----------------------------------------------------------------------------------------------------
def safe_name(filename, extension):
    """A slugified, shortened stem of ``filename`` plus a random part and ``extension`` (no dot)."""
    stem = slugify(PurePath(str(filename)).stem)[:40].strip("-") or "file"
    return f"{stem}-{secrets.token_hex(4)}.{extension}"


@deconstructible
class UploadTo:
    """``upload_to`` callable: ``<app label>/<kind>/<year>/<safe name>`` (per app, never the visitor's name)."""

    def __init__(self, kind):
        self.kind = kind

    def __call__(self, instance, filename):
        extension = PurePath(str(filename)).suffix.lstrip(".").lower() or "bin"
        year = timezone.now().year
        return f"{instance._meta.app_label}/{self.kind}/{year}/{safe_name(filename, extension)}"

    def __eq__(self, other):
        return isinstance(other, UploadTo) and other.kind == self.kind


# --- Validators -----------------------------------------------------------------------------------------------
def _size(file):
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, io.SEEK_END)
        size = file.tell()
    return size


def _already_stored(file):
    """A file saved earlier was checked when it came in (and may not be readable from here)."""
    return getattr(file, "_committed", False)


def _check_size(file, limit):
    if _already_stored(file):
        return
    if _size(file) > limit:
        raise ValidationError(
            _("The file is too large (%(size)s). The largest file allowed here is %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(_size(file)), "limit": filesizeformat(limit)},
        )


def _rewind(file):
    if hasattr(file, "seek"):
        file.seek(0)


def validate_image_size(file):
    _check_size(file, settings.PORTAL_MAX_IMAGE_BYTES)


def validate_document_size(file):
    _check_size(file, settings.PORTAL_MAX_DOCUMENT_BYTES)


def _check_pixels(width, height):
    limit = settings.PORTAL_MAX_IMAGE_PIXELS
    if width * height > limit:
        raise ValidationError(
            _(
                "The image is %(width)s × %(height)s pixels, more than the %(limit)s million pixels allowed. "
                "Please make it smaller (for example 2000 pixels wide) and upload it again."
            ),
            code="too_many_pixels",
            params={"width": width, "height": height, "limit": number_format(limit / 1_000_000, 1)},
        )


def detect_image_format(file):
    """The Pillow format name of ``file`` (JPEG, PNG, WEBP) or a ValidationError.

    Only the header is read before the pixel count is checked; ``verify()`` then checks the file's structure
    without decoding the pixels.
    """
    _rewind(file)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the limit is checked just below
            image = Image.open(file)
        with image:
            image_format = image.format
            _check_pixels(*image.size)
            image.verify()
    except Image.DecompressionBombError as error:
        raise ValidationError(
            _("The image has far too many pixels. Please make it smaller and upload it again."),
            code="too_many_pixels",
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("This file is not an image the portal can use. Please upload a JPEG, PNG or WebP image."),
            code="invalid_image",
        ) from error
    finally:
        _rewind(file)
    if image_format not in IMAGE_FORMATS:
        raise ValidationError(
            _("Images in the format %(format)s are not accepted. Please upload a JPEG, PNG or WebP image."),
            code="image_format",
            params={"format": image_format or "?"},
        )
    return image_format


def validate_image_content(file):
    if not _already_stored(file):
        detect_image_format(file)


def validate_pdf_content(file):
    """Refuse anything that is not a PDF pypdf can read (wrong type, truncated, damaged, without pages)."""
    if _already_stored(file):
        return
    _rewind(file)
    try:
        if file.read(5) != b"%PDF-":
            raise ValidationError(_("This file is not a PDF document. Please upload a PDF file."), code="not_pdf")
        _rewind(file)
        reader = pypdf.PdfReader(io.BytesIO(file.read()))
        if len(reader.pages) < 1:
            raise ValueError("no pages")
    except ValidationError:
        raise
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise ValidationError(
            _("This PDF file is damaged or incomplete and cannot be opened. Please export it again and upload it."),
            code="damaged_pdf",
        ) from error
    finally:
        _rewind(file)


def validate_image(file):
    """Size first (from the request), then type and pixel count from the header: never decodes a refused file."""
    validate_image_size(file)
    validate_image_content(file)


def validate_document(file):
    """Size first (from the request), then the content: a file over the limit is never parsed."""
    validate_document_size(file)
    validate_pdf_content(file)


# One validator each, not a list of independent checks: Django runs every validator of a list even after one
# has failed, which would parse a file already known to be too large.
IMAGE_VALIDATORS = [validate_image]
DOCUMENT_VALIDATORS = [validate_document]


# --- Image processing -----------------------------------------------------------------------------------------
def reencode_image(file, *, max_dimension=DEFAULT_MAX_DIMENSION):
    """Return ``(bytes, extension)``: the image upright, at most ``max_dimension`` px, without any metadata."""
    image_format = detect_image_format(file)
    _rewind(file)
    with Image.open(file) as original:
        original.load()
        image = ImageOps.exif_transpose(original)
    if image_format == "JPEG" and image.mode not in {"RGB", "L"}:
        image = image.convert("RGB")
    image.thumbnail((max_dimension, max_dimension), Image.Resampling.LANCZOS)
    # A fresh image holds only the pixels: no EXIF (GPS), XMP, comments or ICC profile survive.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    if image.mode == "P" and image.getpalette():
        clean.putpalette(image.getpalette())
    output = io.BytesIO()
    options = {"JPEG": {"quality": 85, "optimize": True}, "PNG": {"optimize": True}, "WEBP": {"quality": 85}}
    clean.save(output, format=image_format, **options[image_format])
    return output.getvalue(), IMAGE_FORMATS[image_format]


# --- Model fields ---------------------------------------------------------------------------------------------
class UploadPolicyMixin:
    """What every upload field does: a safe name under ``<app label>/<folder>/<year>/``, the new file checked
    (and rewritten where the kind of file asks for it) on every path that saves it (admin, ORM, imports), and
    the browser's file picker limited to ``accept``. A field says its ``folder`` and ``accept`` and what
    ``prepare`` does to a newly uploaded file."""

    folder = ""
    accept = ""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("upload_to", UploadTo(self.folder))
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)

    def prepare(self, file):
        """Check the newly uploaded ``file`` (a FieldFile); raise a ValidationError or set what is stored."""
        raise NotImplementedError

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            self.prepare(file)
        return super().pre_save(model_instance, add)

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        field.widget.attrs.setdefault("accept", self.accept)
        return field


def store_as(file, extension, content=None):
    """Store ``file`` (a FieldFile) as ``<its stem>.<extension>``, with ``content`` (a File) instead of its own."""
    name = f"{PurePath(file.name).stem}.{extension}"
    if content is not None:
        content.name = name
        file.file = content
    file.name = name


class ImageUploadField(UploadPolicyMixin, models.ImageField):
    """An image checked by content and size, stored under a safe name, re-encoded without metadata."""

    folder = "images"
    accept = IMAGE_ACCEPT
    default_validators = IMAGE_VALIDATORS

    def __init__(self, *args, max_dimension=DEFAULT_MAX_DIMENSION, **kwargs):
        self.max_dimension = max_dimension
        super().__init__(*args, **kwargs)

    def prepare(self, file):
        data, extension = reencode_image(file.file, max_dimension=self.max_dimension)
        store_as(file, extension, ContentFile(data))

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ImageFormField, **kwargs})

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.max_dimension != DEFAULT_MAX_DIMENSION:
            kwargs["max_dimension"] = self.max_dimension
        return name, path, args, kwargs


class DocumentUploadField(UploadPolicyMixin, models.FileField):
    """A PDF document checked by content (it must parse) and size, stored under a safe name."""

    folder = "documents"
    accept = DOCUMENT_ACCEPT
    default_validators = DOCUMENT_VALIDATORS

    def prepare(self, file):
        validate_document(file.file)  # also where no form validated it: nothing but a readable PDF is stored
        store_as(file, "pdf")


# --- Accessible images ----------------------------------------------------------------------------------------
class AccessibleImage(models.Model):
    """Abstract: an optional image with a translated alt text, or marked decorative (then no alt text)."""

    image = ImageUploadField(
        _("image"),
        blank=True,
        help_text=_(
            "JPEG, PNG or WebP. It is resized and stored without metadata (camera data and location are removed)."
        ),
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it (one sentence). Required in German "
            "unless the image is decorative."
        ),
    )
    is_decorative = models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_("Tick only if the image adds no information; screen readers then skip it."),
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(image="") | Q(is_decorative=True) | (Q(alt_text_de__isnull=False) & ~Q(alt_text_de="")),
                name="%(app_label)s_%(class)s_alt_text_or_decorative",
                violation_error_message=_("An image needs a German alternative text or must be marked decorative."),
            )
        ]

    def clean(self):
        super().clean()
        german_alt = (getattr(self, "alt_text_de", None) or "").strip()
        if self.image and not self.is_decorative and not german_alt:
            field = "alt_text_de" if hasattr(self, "alt_text_de") else "alt_text"
            raise ValidationError(
                {field: _("Describe the image in German, or mark it as decorative.")}, code="alt_text_required"
            )

    @property
    def image_alt(self):
        """The alt attribute for templates: empty for decorative images (screen readers skip them); the German
        text where the page's language has none yet (never an empty alt on an informative image)."""
        if self.is_decorative:
            return ""
        return self.alt_text or getattr(self, "alt_text_de", "") or ""


class ImageFormField(forms.ImageField):
    """Form field with the same checks (size, pixel count, content), made before Django's own image check opens
    the file: the admin's image fields and non-model forms use it."""

    default_validators = IMAGE_VALIDATORS

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        validate_image(upload)
        return super().to_python(data)
