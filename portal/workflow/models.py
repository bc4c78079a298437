"""A change to live content that waits for review.

An editor's save of a published item does not touch the live rows: the item and its related rows, as they
would be after the save, are serialised (every language field included) into a ``PendingChange``. The public
site keeps showing the live rows until a publisher publishes the pending change (``portal.workflow.pending``).
Every pending change is kept with who made it and who decided on it, and when.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PendingState(models.TextChoices):
    PENDING = "pending", pgettext_lazy("review state", "Waiting for review")
    PUBLISHED = "published", pgettext_lazy("review state", "Published")
    DISCARDED = "discarded", pgettext_lazy("review state", "Discarded")
    SUPERSEDED = "superseded", pgettext_lazy("review state", "Replaced by a newer change")
    SCHEDULED = "scheduled", pgettext_lazy("review state", "Approved, goes live at the scheduled time")


class PendingKind(models.TextChoices):
    CHANGE = "change", pgettext_lazy("kind of change", "Change of a live item")
    PUBLICATION = "publication", pgettext_lazy("kind of change", "Draft submitted for publication")


class PendingChangeQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state=PendingState.PENDING)

    def scheduled(self):
        return self.filter(state=PendingState.SCHEDULED)

    def for_object(self, obj):
        return self.filter(content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk))


class PendingChange(models.Model):
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, verbose_name=_("content type"), help_text=_("The kind of item.")
    )
    object_id = models.CharField(_("object id"), max_length=64, help_text=_("The item this change is for."))
    object_repr = models.CharField(_("item"), max_length=255, help_text=_("The item's name when it was changed."))
    serialized = models.TextField(
        _("changed data"), help_text=_("The item and its related rows as they will be once published (JSON).")
    )
    base_serialized = models.TextField(
        _("based on"),
        blank=True,
        help_text=_("The live item and its related rows the change was made on (JSON), to merge it field by field."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=12,
        choices=PendingKind.choices,
        default=PendingKind.CHANGE,
        help_text=_("A change of a live item, or a draft submitted for publication."),
    )
    previous = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("continues"),
        help_text=_("The earlier waiting change this one was edited from (it holds that change too)."),
    )
    base_changed_at = models.DateTimeField(
        _("based on the version of"),
        help_text=_("When the live item this change starts from was last changed."),
    )
    state = models.CharField(
        _("state"),
        max_length=12,
        choices=PendingState.choices,
        default=PendingState.PENDING,
        db_index=True,
        help_text=_("Only changes waiting for review can be published or discarded."),
    )
    comment = models.CharField(
        _("comment"), max_length=255, blank=True, help_text=_("What was changed, in short (for the reviewer).")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("changed by"),
        help_text=_("The staff member who made the change."),
    )
    created_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
        help_text=_("The publisher who published or discarded the change."),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    go_live_at = models.DateTimeField(
        _("goes live at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "Optional: the approved change goes live by itself at this time (Berlin time), e.g. new opening hours "
            "from 1 January (portal.workflow.scheduled)."
        ),
    )
    proposed_go_live_at = models.DateTimeField(
        _("proposed to go live at"),
        null=True,
        blank=True,
        help_text=_(
            "Optional: the time the author proposes for the change to go live (Berlin time); the publisher sees it "
            "pre-filled on the review page and may keep or change it."
        ),
    )
    decision_comment = models.TextField(
        _("publisher's comment"),
        blank=True,
        max_length=2000,
        help_text=_("What the publisher told the author when publishing or discarding the change."),
    )

    objects = PendingChangeQuerySet.as_manager()

    class Meta:
        verbose_name = _("change waiting for review")
        verbose_name_plural = _("changes waiting for review")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "state"])]
        permissions = [
            ("publish_content", _("Can publish, archive and restore content and publish pending changes")),
            ("edit_source_language", _("Can edit the German (source) texts and the language-neutral fields")),
        ]

    def __str__(self):
        return f"{self.object_repr} ({self.get_state_display()})"

    @property
    def content_object(self):
        model = self.content_type.model_class()
        return model._default_manager.filter(pk=self.object_id).first()


class NotificationSettings(models.Model):
    """A staff member's own choice about e-mails from the workflow (``portal.workflow.notifications``).

    Without a row, a person gets the e-mails in German."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_settings",
        verbose_name=_("staff member"),
    )
    by_email = models.BooleanField(
        _("notify me by e-mail"),
        default=True,
        help_text=_(
            "Publishers get an e-mail when a change is submitted for review; authors when their change is "
            "published or discarded."
        ),
    )
    language = models.CharField(
        _("language of the e-mails"),
        max_length=10,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("Empty: German."),
    )

    class Meta:
        verbose_name = _("notification settings")
        verbose_name_plural = _("notification settings")

    def __str__(self):
        return str(self.user)
