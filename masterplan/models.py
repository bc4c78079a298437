"""The Masterplan Migration/Integration process: its phases, the events in each phase and its documents.

A phase groups what happened in a span of years (the 2023 participation project "Mehr erreichen. Mit
Beteiligung." is a phase whose events are its steps). A document's body is rich text, the accessible main form of
the document; a PDF attachment is optional. Lists and pages start from ``published()`` (portal.publication).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.publication import Publishable, PublishableQuerySet
from portal.redirects import SLUG_HELP_TEXT, SlugHistoryMixin
from portal.richtext import RichTextField
from portal.uploads import DocumentUploadField


class PhaseQuerySet(PublishableQuerySet):
    def in_order(self):
        return self.order_by("order", "year_from", "pk")


class Phase(Publishable):
    """A stage of the process, e.g. "2006–2010: a mission statement and networks"."""

    translation_required = ("title", "summary")

    title = models.CharField(_("title"), max_length=200, help_text=_("Short name of the phase, e.g. “Networks”."))
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("Language-neutral part of the address (anchor on the timeline). Lower case, no spaces."),
    )
    year_from = models.PositiveSmallIntegerField(_("from (year)"), help_text=_("The year the phase began."))
    year_to = models.PositiveSmallIntegerField(
        _("to (year)"),
        null=True,
        blank=True,
        help_text=_("The year the phase ended. Leave empty while it is still going on."),
    )
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences shown on the timeline. Plain text, no formatting.")
    )
    body = RichTextField(
        _("description"), help_text=_("Optional longer description of the phase, shown below the summary.")
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Position on the timeline: lower numbers come first.")
    )

    objects = PhaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        ordering = ["order", "year_from", "pk"]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(year_to__isnull=True) | Q(year_to__gte=models.F("year_from")),
                name="masterplan_phase_years_in_order",
                violation_error_message=_("The end year cannot be before the start year."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def years(self):
        if self.year_to is None:
            return _("since %(year)s") % {"year": self.year_from}
        if self.year_to == self.year_from:
            return str(self.year_from)
        return f"{self.year_from}–{self.year_to}"

    def get_absolute_url(self):
        return f"{reverse('masterplan:index')}#{self.slug}"


class Event(Publishable):
    """Something that happened in a phase: a council decision, a forum, a workshop, a participation step."""

    class Kind(models.TextChoices):
        COUNCIL_DECISION = "council_decision", _("Council decision")
        FORUM = "forum", _("Forum")
        WORKSHOP = "workshop", _("Workshop")
        PARTICIPATION_STEP = "participation_step", _("Participation step")

    translation_required = ("title", "description")

    phase = models.ForeignKey(
        Phase,
        on_delete=models.PROTECT,
        related_name="events",
        verbose_name=_("phase"),
        help_text=_("The phase of the process this event belongs to."),
    )
    title = models.CharField(_("title"), max_length=200, help_text=_("What happened, in a few words."))
    slug = models.SlugField(
        _("slug"), max_length=120, unique=True, help_text=_("Language-neutral anchor on the timeline.")
    )
    date = models.DateField(_("date"), help_text=_("The day of the event (or the first day, for several days)."))
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices, help_text=_("What sort of event this was."))
    description = models.TextField(
        _("description"), help_text=_("One or two sentences: what was decided, discussed or worked out.")
    )
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("Optional. Where it took place, e.g. “City hall”.")
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["date", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{reverse('masterplan:index')}#event-{self.slug}"


class DocumentQuerySet(PublishableQuerySet):
    def filtered(self, *, phase=None, kind=None, year=None):
        """Documents of ``phase`` (a Phase), ``kind`` and ``year``; each filter only when given."""
        documents = self
        if phase is not None:
            documents = documents.filter(phase=phase)
        if kind:
            documents = documents.filter(kind=kind)
        if year:
            documents = documents.filter(date__year=year)
        return documents


class Document(SlugHistoryMixin, Publishable):
    """A resolution, report, minutes, concept or presentation of the process, readable as a web page."""

    # Videos, maps and posts from other sites, behind consent (portal.consent): admin inline + placeholders.
    embeds_enabled = True
    embeds = GenericRelation("consent.Embed")

    class Kind(models.TextChoices):
        RESOLUTION = "resolution", _("Resolution")
        REPORT = "report", _("Report")
        MINUTES = "minutes", pgettext_lazy("record of a meeting", "Minutes")
        CONCEPT = "concept", _("Concept")
        PRESENTATION = "presentation", _("Presentation")

    class Validity(models.TextChoices):
        CURRENT = "current", pgettext_lazy("document validity", "Current")
        SUPERSEDED = "superseded", pgettext_lazy("document validity", "Superseded")

    translation_required = ("title", "summary", "body")

    title = models.CharField(_("title"), max_length=250, help_text=_("The document's title as it is cited."))
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=SLUG_HELP_TEXT,
    )
    date = models.DateField(_("date"), help_text=_("Date of the decision or of publication."))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, help_text=_("What sort of document."))
    phase = models.ForeignKey(
        Phase,
        on_delete=models.PROTECT,
        related_name="documents",
        verbose_name=_("phase"),
        help_text=_("The phase of the process the document belongs to."),
    )
    validity = models.CharField(
        _("validity"),
        max_length=12,
        choices=Validity.choices,
        default=Validity.CURRENT,
        help_text=_("Mark a document superseded when a newer one replaces it; it stays online for reference."),
    )
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences shown in the document list. Plain text.")
    )
    body = RichTextField(
        _("text"),
        help_text=_(
            "The full text: this web page is the accessible main form of the document. Use headings "
            "(level 2 and 3) for sections; long documents get a table of contents from them."
        ),
    )
    attachment = DocumentUploadField(
        _("PDF attachment"),
        blank=True,
        help_text=_("Optional. The original as a PDF file; the text above stays the main form."),
    )
    attachment_size = models.PositiveBigIntegerField(
        _("attachment size"), null=True, blank=True, editable=False, help_text=_("Filled in automatically.")
    )

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-date", "pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.attachment:
            self.attachment_size = None
        elif not self.attachment._committed or self.attachment_size is None:
            try:
                self.attachment_size = self.attachment.size
            except OSError:
                self.attachment_size = None
        super().save(*args, **kwargs)

    @property
    def is_superseded(self):
        return self.validity == self.Validity.SUPERSEDED

    def get_absolute_url(self):
        return reverse("masterplan:document", kwargs={"slug": self.slug})

    def get_print_url(self):
        return reverse("masterplan:document_print", kwargs={"slug": self.slug})
