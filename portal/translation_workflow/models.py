"""Models of the translation workflow.

``TranslationRecord`` remembers, per item and language, the fingerprint of the published German source a
translation was made from (``portal.translation_workflow.freshness`` computes and compares it). A record in German
itself keeps the fingerprint of the German text that was last published, so that an item taken back to draft
and edited does not make its translations outdated before the new text is published.

``SignLanguageVideo`` holds the self-hosted videos in German Sign Language shown on the Gebärdensprache page.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.publication import Publishable, PublishableQuerySet
from portal.richtext import RichTextField
from portal.uploads import ImageUploadField
from portal.video_uploads import CaptionsUploadField, VideoUploadField


class Origin(models.TextChoices):
    PERSON = "person", _("Person")
    MACHINE = "machine", _("Machine translation")


class TranslationRecord(models.Model):
    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        verbose_name=_("content type"),
        help_text=_("The kind of item the translation belongs to."),
    )
    object_id = models.PositiveBigIntegerField(_("object ID"), help_text=_("The item the translation belongs to."))
    item = GenericForeignKey("content_type", "object_id")
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        help_text=_("The language of the translation (German: the source text last published)."),
    )
    source_fingerprint = models.CharField(
        _("source fingerprint"),
        max_length=64,
        help_text=_("A checksum of the published German text the translation was made from."),
    )
    origin = models.CharField(
        _("made by"),
        max_length=10,
        choices=Origin.choices,
        default=Origin.PERSON,
        help_text=_("Whether a person or a machine made this translation."),
    )
    reviewed = models.BooleanField(
        _("reviewed"), default=False, help_text=_("Tick when a second person has checked the translation.")
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
        help_text=_("Who saved or imported the translation."),
    )
    confirmed_at = models.DateTimeField(
        _("confirmed"),
        null=True,
        blank=True,
        help_text=_("When a translator last confirmed the translation as still valid for a changed German text."),
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by"),
        help_text=_("Who confirmed the translation as still valid."),
    )

    class Meta:
        verbose_name = _("translation record")
        verbose_name_plural = _("translation records")
        ordering = ["content_type", "object_id", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="translations_record_unique_language"
            )
        ]

    def __str__(self):
        return f"{self.content_type.model} #{self.object_id} [{self.language}]"


def sign_language_upload(instance, filename):
    """Where files were stored before the upload policy applied (migration 0001 refers to it)."""
    return f"sign-language/{filename}"


class SignLanguageVideo(Publishable):
    """A video in German Sign Language (DGS), shown on the Gebärdensprache page."""

    slug = models.SlugField(
        _("short name in the address"),
        max_length=80,
        unique=True,
        help_text=_("Language-neutral; used as the video's anchor on the page."),
    )
    title = models.CharField(_("title"), max_length=200, help_text=_("What the video is about, in a few words."))
    description = RichTextField(
        _("description"),
        help_text=_("A short summary of what the video says, for people who cannot watch it."),
    )
    video = VideoUploadField(
        _("video file"),
        help_text=_(
            "WebM or MP4, stored on our own server. No video platform is involved. Title, author and location "
            "data in the file are removed."
        ),
    )
    poster = ImageUploadField(
        _("poster image"),
        blank=True,
        help_text=_("A still image shown before the video plays. It is stored without metadata (camera, location)."),
    )
    captions = CaptionsUploadField(
        _("captions (WebVTT)"),
        help_text=_("German captions in WebVTT format (.vtt) for people who do not know sign language."),
    )
    duration_seconds = models.PositiveIntegerField(
        _("running time (seconds)"), help_text=_("How long the video runs, shown next to the download link.")
    )
    is_sample = models.BooleanField(
        _("sample clip"),
        default=False,
        help_text=_("Tick for a placeholder clip that is not a real sign-language video; the page says so."),
    )
    position = models.PositiveSmallIntegerField(
        pgettext_lazy("ordering", "position"), default=0, help_text=_("Lower numbers are shown first.")
    )

    objects = PublishableQuerySet.as_manager()

    translation_required = ("title", "description")

    class Meta:
        verbose_name = _("sign-language video")
        verbose_name_plural = _("sign-language videos")
        ordering = ["position", "pk"]
        constraints = [*Publishable.Meta.constraints]

    def __str__(self):
        return self.title or self.slug

    @property
    def video_mime_type(self):
        return "video/mp4" if self.video.name.lower().endswith(".mp4") else "video/webm"

    @property
    def video_size(self):
        """Size of the video file in bytes, or ``None`` when the file is not there."""
        try:
            return self.video.size
        except (OSError, ValueError):
            return None

    @property
    def video_format(self):
        return "MP4" if self.video_mime_type == "video/mp4" else "WebM"

    @property
    def running_time(self):
        minutes, seconds = divmod(self.duration_seconds, 60)
        return f"{minutes}:{seconds:02d}"


def _target_language_choices():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class LanguageAssignment(models.Model):
    """A language a translator works in; ``reviews``: they may also review and publish translations into it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="translation_languages",
        verbose_name=_("staff member"),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=_target_language_choices,
        help_text=_("A translator changes the texts of this language only; the other languages stay read-only."),
    )
    reviews = models.BooleanField(
        _("language reviewer"),
        default=False,
        help_text=_(
            "May also review and publish changes that only touch translations into this language, without the "
            "German publisher (never their own changes)."
        ),
    )

    class Meta:
        verbose_name = _("translation language")
        verbose_name_plural = _("translation languages")
        ordering = ["user", "language"]
        constraints = [
            models.UniqueConstraint(fields=["user", "language"], name="translations_assignment_unique_language")
        ]

    def __str__(self):
        return f"{self.user} – {self.get_language_display()}"


class MinorChange(models.Model):
    """An editor's note that a change of the German text was minor (a typo, punctuation): translations made from
    the text before it stay current. Kept as history; ``applied_at`` is set when the text was published."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("content type"))
    object_id = models.PositiveBigIntegerField(_("object ID"))
    item = GenericForeignKey("content_type", "object_id")
    object_repr = models.CharField(_("item"), max_length=255, blank=True)
    from_fingerprint = models.CharField(_("German text before"), max_length=64)
    to_fingerprint = models.CharField(_("German text after"), max_length=64)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("marked by"),
    )
    marked_at = models.DateTimeField(_("marked"), auto_now_add=True)
    applied_at = models.DateTimeField(
        _("published"), null=True, blank=True, help_text=_("When the changed German text went live.")
    )
    kept_languages = models.CharField(
        _("translations kept current"),
        max_length=64,
        blank=True,
        help_text=_("The languages whose translations stayed current when the change was published."),
    )

    class Meta:
        verbose_name = _("minor German change")
        verbose_name_plural = _("minor German changes")
        ordering = ["-marked_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "to_fingerprint"])]

    def __str__(self):
        return f"{self.object_repr or self.object_id} ({self.marked_at:%Y-%m-%d})"


class XliffUpload(models.Model):
    """A translated XLIFF file between its preview and its import (which makes changes waiting for review)."""

    language = models.CharField(_("language"), max_length=8, choices=_target_language_choices)
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    data = models.BinaryField(_("file"))
    origin = models.CharField(_("made by"), max_length=10, choices=Origin.choices, default=Origin.PERSON)
    reviewed = models.BooleanField(_("reviewed"), default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    imported_at = models.DateTimeField(_("imported"), null=True, blank=True)

    class Meta:
        verbose_name = _("XLIFF upload")
        verbose_name_plural = _("XLIFF uploads")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return f"{self.filename or 'XLIFF'} [{self.language}]"


class ImportedTranslation(models.Model):
    """What an XLIFF upload said of a translation it brought into a change waiting for review: made by a person or
    a machine, reviewed or not, for the item or one of its rows. When the change goes live, the item's or row's
    ``TranslationRecord`` takes it over, as long as the live translation is still the imported one
    (``portal.translation_workflow.provenance``)."""

    pending = models.ForeignKey(
        "workflow.PendingChange",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("change waiting for review"),
    )
    row = models.CharField(
        _("row"),
        max_length=120,
        blank=True,
        help_text=_("The row of the item the translation is in (“app_label.model:pk”); empty: the item itself."),
    )
    language = models.CharField(_("language"), max_length=8, choices=_target_language_choices)
    origin = models.CharField(_("made by"), max_length=10, choices=Origin.choices, default=Origin.PERSON)
    reviewed = models.BooleanField(_("reviewed"), default=False)
    fingerprint = models.CharField(
        _("imported text"), max_length=64, help_text=_("A checksum of the translation's values as imported.")
    )

    class Meta:
        verbose_name = _("imported translation")
        verbose_name_plural = _("imported translations")
        constraints = [
            models.UniqueConstraint(
                fields=["pending", "row", "language"], name="translations_imported_unique_row_language"
            )
        ]

    def __str__(self):
        return f"{self.pending_id} [{self.language}] {self.origin}"


class RevisionSources(models.Model):
    """The translation records of the items and rows in a kept version, as they were when it was made: restoring
    the version brings a translation back as made from the German text it was made from then (up to date only
    when that is the restored German text), never as freshly made from the restored text."""

    revision = models.OneToOneField(
        "reversion.Revision", on_delete=models.CASCADE, related_name="+", verbose_name=_("version")
    )
    records = models.JSONField(
        _("translation records"),
        default=dict,
        help_text=_("Per row (“app_label.model:pk”) and language: the German text's fingerprint, who made it."),
    )

    class Meta:
        verbose_name = _("translation records of a version")
        verbose_name_plural = _("translation records of versions")

    def __str__(self):
        return str(self.revision_id)
