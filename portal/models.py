"""Models of the shared page layer. Content apps build on ``portal.publication.Publishable``.

* ``EditorialPage``: Impressum, privacy notice, accessibility statement, Leichte Sprache, Gebärdensprache.
* ``Redirect`` (defined in ``portal.redirects``): old address -> new address (301), entered by editors or recorded
  when a slug changes.
* ``SiteNotice``: a short site-wide notice with a start and end time.
* ``Feedback``: "Was this page helpful?" answers and the accessibility feedback form (no IP address stored).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.publication import Publishable, PublishableQuerySet
from portal.redirects import Redirect as Redirect  # defined beside the code that records and follows it
from portal.redirects import SlugHistoryMixin
from portal.richtext import RichTextField
from portal.uploads import AccessibleImage, DocumentUploadField


class EditorialPage(SlugHistoryMixin, Publishable, AccessibleImage):
    """A page edited by the editorial team under ``/<lang>/info/<slug>/``."""

    title = models.CharField(_("title"), max_length=200, help_text=_("The page heading, short and clear."))
    slug = models.SlugField(
        _("address (slug)"),
        max_length=100,
        unique=True,
        help_text=_(
            "Last part of the address, e.g. “impressum”. Changing it later keeps the old address working as a redirect."
        ),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown under the heading and in search results."),
    )
    body = RichTextField(
        _("text"), help_text=_("The text of the page. Use headings (level 2 and below) to structure it.")
    )
    attachment = DocumentUploadField(
        _("PDF attachment"),
        blank=True,
        help_text=_("Optional PDF document offered for download below the text."),
    )
    attachment_title = models.CharField(
        _("attachment title"),
        max_length=200,
        blank=True,
        help_text=_("The link text of the attachment, e.g. “Accessibility statement as PDF”."),
    )
    links_feedback_form = models.BooleanField(
        _("link the accessibility feedback form"),
        default=False,
        help_text=_("Show a link to the accessibility feedback form below the text (accessibility statement)."),
    )

    translation_required = ("title", "body")
    # Videos, maps and posts from other sites, behind consent (portal.consent): admin inline + placeholders.
    embeds_enabled = True
    embeds = GenericRelation("consent.Embed")

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = _("editorial page")
        verbose_name_plural = _("editorial pages")
        ordering = ["slug"]
        constraints = [*Publishable.Meta.constraints, *AccessibleImage.Meta.constraints]

    def __str__(self):
        return self.title or self.title_de or self.slug

    @property
    def easy_language(self):
        """A page in Leichte Sprache (its address starts with "leichte-sprache"): stricter writing hints."""
        return self.slug.startswith("leichte-sprache")

    def get_absolute_url(self):
        return reverse("info_page", kwargs={"slug": self.slug})


class SiteNoticeQuerySet(models.QuerySet):
    def current(self, *, at=None):
        """Notices whose time window contains ``at`` (default: now)."""
        at = at or timezone.now()
        return self.filter(Q(starts_at__lte=at), Q(ends_at__isnull=True) | Q(ends_at__gt=at))


class SiteNotice(models.Model):
    """A short notice on every page, e.g. “All offices are closed on 24 December.”"""

    class Level(models.TextChoices):
        INFO = "info", pgettext_lazy("notice level", "Information")
        WARNING = "warning", pgettext_lazy("notice level", "Important")

    text = models.CharField(
        _("text"),
        max_length=300,
        help_text=_("One or two short sentences, plain text, shown at the top of every page."),
    )
    level = models.CharField(
        _("level"),
        max_length=10,
        choices=Level.choices,
        default=Level.INFO,
        help_text=_("“Important” is shown more prominently (e.g. closures)."),
    )
    link_url = models.CharField(
        _("link"),
        max_length=300,
        blank=True,
        help_text=_("Optional: a page on this site with details, starting with “/”, e.g. /de/info/kontakt/."),
    )
    link_text = models.CharField(
        _("link text"), max_length=100, blank=True, help_text=_("The words of the link, e.g. “Opening hours”.")
    )
    starts_at = models.DateTimeField(
        _("shown from"), default=timezone.now, help_text=_("The notice appears at this time (Berlin time).")
    )
    ends_at = models.DateTimeField(
        _("shown until"),
        null=True,
        blank=True,
        help_text=_("The notice disappears at this time (Berlin time). Leave empty to show it until removed."),
    )

    translation_required = ("text",)

    objects = SiteNoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("site notice")
        verbose_name_plural = _("site notices")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=models.F("starts_at")),
                name="portal_sitenotice_window_order",
                violation_error_message=_("“Shown until” must be later than “shown from”."),
            ),
            models.CheckConstraint(
                condition=Q(link_url="") | Q(link_url__startswith="/"),
                name="portal_sitenotice_link_local",
                violation_error_message=_("The link must be a page on this site, starting with “/”."),
            ),
        ]

    def __str__(self):
        return self.text or self.text_de

    def is_current(self, *, at=None):
        at = at or timezone.now()
        return self.starts_at <= at and (self.ends_at is None or self.ends_at > at)

    def clean(self):
        super().clean()
        if self.link_url.startswith("//"):
            raise ValidationError({"link_url": _("The link must be a page on this site, starting with “/”.")})


class Feedback(models.Model):
    """What a visitor told us. Stored without IP address; deleted after the retention period."""

    class Kind(models.TextChoices):
        HELPFUL = "helpful", _("Was this page helpful?")
        ACCESSIBILITY = "accessibility", _("Accessibility feedback")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, help_text=_("Which form was used."))
    page = models.CharField(
        _("page"), max_length=500, blank=True, help_text=_("The address of the page the feedback is about.")
    )
    helpful = models.BooleanField(
        _("helpful"), null=True, blank=True, help_text=_("The answer to “Was this page helpful?”.")
    )
    message = models.TextField(_("message"), blank=True, max_length=3000, help_text=_("What the visitor wrote."))
    name = models.CharField(_("name"), max_length=200, blank=True, help_text=_("Optional, given by the visitor."))
    email = models.EmailField(
        _("e-mail address"), blank=True, help_text=_("Optional, given by the visitor who wants an answer.")
    )
    language = models.CharField(
        _("language"), max_length=10, blank=True, help_text=_("The language the visitor used the site in.")
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    is_done = models.BooleanField(_("done"), default=False, help_text=_("Tick when the feedback has been dealt with."))

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.page or '-'}"


class RateCount(models.Model):
    """How many requests one client (a salted hash, never an address) made in one rate-limit window, counted where
    the cache cannot count atomically (the database cache reads and writes in two steps; this table adds one in a
    single UPDATE, so workers and servers counting at the same moment never lose a request)."""

    key = models.CharField(max_length=120, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("rate count")
        verbose_name_plural = _("rate counts")
        default_permissions = ()

    def __str__(self):
        return f"{self.key}: {self.count}"
