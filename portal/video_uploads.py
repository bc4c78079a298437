"""Video and caption uploads under the same policy as images and documents (``portal.uploads``).

* Type by content: a video must be WebM (an EBML header with the document type ``webm``) or MP4 (an ``ftyp``
  box first); captions must be UTF-8 text that starts with ``WEBVTT``. The file name's extension decides nothing.
* Size first, from the request, before any byte is read: ``settings.PORTAL_MAX_VIDEO_BYTES`` for videos,
  ``MAX_CAPTIONS_BYTES`` for captions.
* Safe names: ``<app label>/videos/<year>/<slugified name>-<random>.<webm|mp4|vtt>``.
* Metadata stripped on save: an MP4's user data (``udta``, ``meta``: title, author, location) is overwritten by a
  ``free`` box of the same size, a WebM's ``Tags`` by a ``Void`` element of the same size, so no offset in the
  file moves and nothing is re-encoded; the caption file's header line is reduced to ``WEBVTT``.
"""

import io
import shutil
import tempfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.uploads import UploadPolicyMixin, _already_stored, _check_size, _rewind, store_as

MAX_CAPTIONS_BYTES = 1024 * 1024
VIDEO_ACCEPT = "video/webm,video/mp4"
CAPTIONS_ACCEPT = "text/vtt,.vtt"
EBML_MAGIC = b"\x1a\x45\xdf\xa3"
MP4_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts", b"dinf"}
MP4_METADATA = {b"udta", b"meta"}
WEBM_SEGMENT, WEBM_TAGS, WEBM_VOID = 0x18538067, 0x1254C367, 0xEC
COPY_CHUNK = 1024 * 1024


def detect_video_format(file):
    """``"webm"`` or ``"mp4"`` from the first bytes of ``file``, or a ValidationError."""
    _rewind(file)
    head = file.read(64)
    _rewind(file)
    if head.startswith(EBML_MAGIC) and b"webm" in head:
        return "webm"
    if head[4:8] == b"ftyp":
        return "mp4"
    raise ValidationError(
        _("This file is not a video the portal can use. Please upload a WebM or MP4 video."), code="invalid_video"
    )


def validate_video(file):
    if _already_stored(file):
        return
    _check_size(file, settings.PORTAL_MAX_VIDEO_BYTES)
    detect_video_format(file)


def clean_captions(data):
    """The caption text with a bare ``WEBVTT`` header line, or a ValidationError."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(_("Captions must be saved as UTF-8 text."), code="captions_encoding") from error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first, _sep, rest = text.partition("\n")
    if first != "WEBVTT" and not first.startswith(("WEBVTT ", "WEBVTT\t")) or "\x00" in text:
        raise ValidationError(
            _("This file is not a WebVTT caption file: its first line must be “WEBVTT”."), code="invalid_captions"
        )
    header, _sep, cues = rest.partition("\n\n")  # header lines (metadata) up to the first blank line
    if header.strip() and "-->" not in header:
        rest = cues
    return "WEBVTT\n\n" + rest.lstrip("\r\n")


def validate_captions(file):
    if _already_stored(file):
        return
    _check_size(file, MAX_CAPTIONS_BYTES)
    _rewind(file)
    try:
        clean_captions(file.read())
    finally:
        _rewind(file)


# --- Stripping metadata without moving anything -------------------------------------------------------------
def _mp4_patches(file, start, end, patches):
    """Collect ``(offset, bytes, zeros)`` that turn every metadata box between ``start`` and ``end`` into ``free``."""
    position = start
    while position + 8 <= end:
        file.seek(position)
        header = file.read(16)
        if len(header) < 8:
            return
        size, kind = int.from_bytes(header[:4], "big"), header[4:8]
        header_size = 8
        if size == 1 and len(header) == 16:
            size, header_size = int.from_bytes(header[8:16], "big"), 16
        elif size == 0:
            size = end - position
        if size < header_size or position + size > end:
            return
        if kind in MP4_METADATA:
            patches.append((position + 4, b"free", 0))
            patches.append((position + header_size, b"", size - header_size))
        elif kind in MP4_CONTAINERS:
            _mp4_patches(file, position + header_size, position + size, patches)
        position += size


def _vint(file):
    """An EBML variable-length integer at the current position: ``(value, length, all_ones)``."""
    first = file.read(1)
    if not first:
        raise EOFError
    length = 1
    while length <= 8 and not first[0] & (0x80 >> (length - 1)):
        length += 1
    if length > 8:
        raise EOFError
    rest = file.read(length - 1)
    value = int.from_bytes(bytes([first[0] & (0xFF >> length)]) + rest, "big")
    return value, length, value == (1 << (7 * length)) - 1


def _ebml_id(file):
    start = file.tell()
    value, length, _ones = _vint(file)
    file.seek(start)
    return int.from_bytes(file.read(length), "big"), length


def _webm_patches(file, total):
    patches = []
    file.seek(0)
    try:
        _id, _length = _ebml_id(file)
        size, _n, _ones = _vint(file)
        file.seek(file.tell() + size)  # skip the EBML header
        while file.tell() < total:
            element, id_length = _ebml_id(file)
            size, size_length, unknown = _vint(file)
            if element != WEBM_SEGMENT:
                file.seek(file.tell() + size)
                continue
            end = total if unknown else min(total, file.tell() + size)
            while file.tell() < end:
                offset = file.tell()
                child, child_id_length = _ebml_id(file)
                child_size, child_size_length, child_unknown = _vint(file)
                if child_unknown:
                    break
                whole = child_id_length + child_size_length + child_size
                if child == WEBM_TAGS and whole >= 10:
                    length_bytes = 8  # Void: ID (1 byte), size (8 bytes), zeros
                    payload = whole - 1 - length_bytes
                    size_field = (1 << 56 | payload).to_bytes(length_bytes, "big")
                    patches.append((offset, bytes([WEBM_VOID]) + size_field, payload))
                file.seek(offset + whole)
            break
    except EOFError:
        pass
    return patches


def strip_video_metadata(file, video_format):
    """A copy of ``file`` (a temporary file) with its metadata overwritten in place; same size, same offsets."""
    total = file.seek(0, io.SEEK_END)
    patches = []
    if video_format == "mp4":
        _mp4_patches(file, 0, total, patches)
    else:
        patches = _webm_patches(file, total)
    file.seek(0)
    output = tempfile.TemporaryFile()
    shutil.copyfileobj(file, output, COPY_CHUNK)
    for offset, prefix, zeros in patches:  # (where, bytes to write, then how many zero bytes)
        output.seek(offset)
        output.write(prefix)
        while zeros > 0:
            output.write(b"\x00" * min(zeros, COPY_CHUNK))
            zeros -= COPY_CHUNK
    output.seek(0)
    return output


# --- Model fields ---------------------------------------------------------------------------------------------
class VideoUploadField(UploadPolicyMixin, models.FileField):
    """A WebM or MP4 video checked by content and size, stored under a safe name without its metadata."""

    folder = "videos"
    accept = VIDEO_ACCEPT
    default_validators = [validate_video]

    def prepare(self, file):
        validate_video(file.file)
        video_format = detect_video_format(file.file)
        store_as(file, video_format, File(strip_video_metadata(file.file, video_format)))


class CaptionsUploadField(UploadPolicyMixin, models.FileField):
    """WebVTT captions checked by content and size, stored under a safe name with a bare header."""

    folder = "videos"
    accept = CAPTIONS_ACCEPT
    default_validators = [validate_captions]

    def prepare(self, file):
        validate_captions(file.file)
        _rewind(file.file)
        store_as(file, "vtt", ContentFile(clean_captions(file.file.read()).encode("utf-8")))
