"""What the link checker found: every external link of published content, its last answer and where it is."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Verdict(models.TextChoices):
    OK = "ok", pgettext_lazy("link check", "Works")
    MOVED = "moved", pgettext_lazy("link check", "Moved (permanent redirect)")
    BROKEN = "broken", pgettext_lazy("link check", "Broken (error answer)")
    UNREACHABLE = "unreachable", pgettext_lazy("link check", "Unreachable (no answer)")
    UNCHECKED = "unchecked", pgettext_lazy("link check", "Not checked yet")
    INTERNAL = "internal", pgettext_lazy("link check", "Not checked: internal address")


class Trouble(models.TextChoices):
    """Why no answer came: stored as the code, shown in the editor's language."""

    TIMEOUT = "timeout", pgettext_lazy("link check", "No answer in time")
    REDIRECTS = "redirects", pgettext_lazy("link check", "Too many redirects")
    INTERNAL = "internal", pgettext_lazy("link check", "The address is on an internal network")
    UNKNOWN_HOST = "unknown-host", pgettext_lazy("link check", "Unknown host name")
    REFUSED = "refused", pgettext_lazy("link check", "Connection refused")
    TLS = "tls", pgettext_lazy("link check", "Secure connection failed (certificate or TLS)")
    CONNECTION = "connection", pgettext_lazy("link check", "Connection failed")
    BAD_ANSWER = "bad-answer", pgettext_lazy("link check", "Unreadable answer")


PROBLEMS = (Verdict.MOVED, Verdict.BROKEN, Verdict.UNREACHABLE)


class CheckedLinkQuerySet(models.QuerySet):
    def problems(self):
        """Links an editor should fix: moved, broken or unreachable at their last check."""
        return self.filter(verdict__in=PROBLEMS)


class CheckedLink(models.Model):
    url = models.CharField(_("address"), max_length=2000, unique=True, help_text=_("The link as it is in the content."))
    verdict = models.CharField(
        _("result"),
        max_length=12,
        choices=Verdict.choices,
        default=Verdict.UNCHECKED,
        db_index=True,
        help_text=_("Moved: update the link to the new address. Broken or unreachable: fix or remove it."),
    )
    status = models.PositiveSmallIntegerField(
        _("HTTP status"), null=True, blank=True, help_text=_("The first answer of the other site (e.g. 200, 301, 404).")
    )
    final_url = models.CharField(
        _("new address"), max_length=2000, blank=True, help_text=_("Where a redirect leads (empty without one).")
    )
    error = models.CharField(
        _("error"),
        max_length=500,
        blank=True,
        help_text=_("Why no answer came (timeout, unknown host, ...)."),
    )
    checked_at = models.DateTimeField(_("last checked"), null=True, blank=True)

    objects = CheckedLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("checked link")
        verbose_name_plural = _("checked links")
        ordering = ["url"]

    def __str__(self):
        return self.url

    @property
    def error_label(self):
        """The error in the editor's language (a code from before the codes is shown as it is)."""
        return Trouble(self.error).label if self.error in Trouble.values else self.error

    @property
    def is_problem(self):
        return self.verdict in PROBLEMS


class LinkPlace(models.Model):
    """One field of one published item that carries the link."""

    link = models.ForeignKey(CheckedLink, on_delete=models.CASCADE, related_name="places", verbose_name=_("link"))
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("content type"))
    object_id = models.CharField(_("object id"), max_length=64)
    field = models.CharField(_("field"), max_length=100)
    title = models.CharField(_("page"), max_length=255, help_text=_("The item's German title when it was checked."))
    page_url = models.CharField(_("public address"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("page with the link")
        verbose_name_plural = _("pages with the link")
        ordering = ["title", "field"]
        constraints = [
            models.UniqueConstraint(
                fields=["link", "content_type", "object_id", "field"], name="linkcheck_linkplace_unique"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.field})"

    @property
    def admin_url(self):
        from django.urls import NoReverseMatch, reverse

        model = self.content_type.model_class()
        if model is None:
            return ""
        try:
            return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[self.object_id])
        except NoReverseMatch:
            return ""
