"""Publication: the one place that decides whether content is visible to the public.

Every public list, page, feed, calendar, sitemap and search starts from ``Model.objects.published()``;
``obj.is_published()`` answers the same question for one object (tests keep the two in agreement).
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("publication status", "Draft")
    PUBLISHED = "published", pgettext_lazy("publication status", "Published")
    ARCHIVED = "archived", pgettext_lazy("publication status", "Archived")


class PublishableQuerySet(models.QuerySet):
    def published(self, *, at=None):
        """Items with status published whose publication window contains ``at`` (default: now)."""
        at = at or timezone.now()
        return self.filter(
            Q(status=Status.PUBLISHED),
            Q(publish_from__isnull=True) | Q(publish_from__lte=at),
            Q(publish_until__isnull=True) | Q(publish_until__gt=at),
        )

    def visible_to(self, user, *, at=None):
        """What a visitor may see: staff preview reaches drafts, everybody else ``published()``."""
        if user is not None and user.is_authenticated and user.is_staff:
            return self.all()
        return self.published(at=at)


class Publishable(models.Model):
    """Abstract base of every piece of public content."""

    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text=_("Only published items inside their publication window are shown to the public."),
    )
    publish_from = models.DateTimeField(
        _("publish from"),
        null=True,
        blank=True,
        help_text=_("Optional. The item appears on the site at this time (Berlin time)."),
    )
    publish_until = models.DateTimeField(
        _("publish until"),
        null=True,
        blank=True,
        help_text=_("Optional. The item disappears from the site at this time (Berlin time)."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    changed_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(publish_until__isnull=True)
                | Q(publish_from__isnull=True)
                | Q(publish_until__gt=models.F("publish_from")),
                name="%(app_label)s_%(class)s_window_order",
                violation_error_message=_("“Publish until” must be later than “publish from”."),
            )
        ]

    def is_published(self, *, at=None):
        at = at or timezone.now()
        return (
            self.status == Status.PUBLISHED
            and (self.publish_from is None or self.publish_from <= at)
            and (self.publish_until is None or self.publish_until > at)
        )
