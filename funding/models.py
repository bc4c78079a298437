"""Funding: programmes with their building blocks, calls with deadlines and documents, funded projects."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from funding import deadlines
from portal.districts import District
from portal.publication import Publishable, PublishableQuerySet
from portal.redirects import SLUG_HELP_TEXT, SlugHistoryMixin
from portal.richtext import RichTextField
from portal.translated_fields import shown_value
from portal.uploads import DocumentUploadField

AMOUNT = {"max_digits": 12, "decimal_places": 2}


class FunderType(models.TextChoices):
    STATE = "state", _("State programme (North Rhine-Westphalia)")
    MUNICIPAL = "municipal", _("City of Dortmund")
    FEDERAL = "federal", _("Federal programme")
    OTHER = "other", pgettext_lazy("funder type", "Other funder")


class Contact(models.Model):
    """Abstract: who answers questions (a team or office, never a private person in the demo)."""

    contact_name = models.CharField(
        _("contact"), max_length=150, blank=True,
        help_text=_("A team or office, e.g. “MIA-DO-KI, funding team”."),
    )  # fmt: skip
    contact_email = models.EmailField(_("contact e-mail"), blank=True, help_text=_("A shared mailbox is best."))
    contact_phone = models.CharField(
        _("contact phone"), max_length=40, blank=True, help_text=_("With area code, e.g. 0231 50-00000.")
    )

    class Meta:
        abstract = True

    @property
    def contact_label(self):
        """The contact's name in the active language, or the German one (a team's name is a proper name)."""
        return self.contact_name or getattr(self, "contact_name_de", "") or ""

    @property
    def has_contact(self):
        return bool(self.contact_label or self.contact_email or self.contact_phone)


class Programme(SlugHistoryMixin, Publishable, Contact):
    name = models.CharField(_("name"), max_length=200, help_text=_("The programme's name as applicants know it."))
    slug = models.SlugField(
        _("address (slug)"), max_length=120, unique=True,
        help_text=SLUG_HELP_TEXT,
    )  # fmt: skip
    funder_type = models.CharField(
        _("type of funder"), max_length=12, choices=FunderType.choices, default=FunderType.STATE,
        help_text=_("Whose money the programme passes on."),
    )  # fmt: skip
    funder = models.CharField(
        _("funder"), max_length=200, blank=True,
        help_text=_("The funder's name, e.g. “Land NRW – KOMM-AN NRW”. Other languages: only an official name."),
    )  # fmt: skip
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences for lists, the feed and search results.")
    )
    purpose = RichTextField(_("purpose"), help_text=_("What the programme pays for and what it wants to achieve."))
    eligible_applicants = RichTextField(
        _("who may apply"), help_text=_("Which organisations may apply, and any conditions they must meet.")
    )
    amounts = RichTextField(
        _("amounts"), help_text=_("Typical amounts, lump sums or caps, and any share applicants pay themselves.")
    )
    guideline = DocumentUploadField(
        _("guideline (PDF)"), blank=True, help_text=_("The funding guideline as a PDF file (optional).")
    )

    objects = PublishableQuerySet.as_manager()

    translation_required = ("name", "summary", "purpose")

    class Meta:
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")
        ordering = ["name_de"]
        constraints = [*Publishable.Meta.constraints]

    def __str__(self):
        return shown_value(self, "name") or self.slug

    def get_absolute_url(self):
        return reverse("funding:programme", kwargs={"slug": self.slug})

    @property
    def funder_name(self):
        """The funder's name in the active language, or the German one (a proper name)."""
        return self.funder or self.funder_de or ""


class BuildingBlock(models.Model):
    """A part of a programme that can be applied for on its own (e.g. A: rooms and equipment)."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="building_blocks", verbose_name=_("programme")
    )
    code = models.CharField(_("code"), max_length=4, help_text=_("A short letter or number, e.g. “A”."))
    title = models.CharField(_("title"), max_length=200, help_text=_("What this building block is about."))
    description = models.TextField(
        _("description"), blank=True, help_text=_("What can be funded in this block (a few sentences).")
    )
    max_amount = models.DecimalField(
        _("maximum amount (€)"), **AMOUNT, null=True, blank=True,
        help_text=_("Optional cap or lump sum per project in this block, in euros."),
    )  # fmt: skip

    translation_required = ("title",)

    class Meta:
        verbose_name = _("building block")
        verbose_name_plural = _("building blocks")
        ordering = ["programme", "code"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "code"], name="funding_buildingblock_code_unique"),
            models.CheckConstraint(
                condition=Q(max_amount__isnull=True) | Q(max_amount__gte=0),
                name="funding_buildingblock_amount_not_negative",
                violation_error_message=_("Amounts cannot be negative."),
            ),
        ]

    def __str__(self):
        return f"{self.code} – {shown_value(self, 'title')}"


class FundingCallQuerySet(PublishableQuerySet):
    """The calls' clock as filters; each agrees with ``FundingCall.call_status`` (see funding/deadlines.py)."""

    def upcoming(self, *, at=None):
        at = at or timezone.now()
        return self.filter(opens_at__gt=at)

    def open(self, *, at=None):
        """Open calls, closing-soon ones included."""
        at = at or timezone.now()
        return self.filter(opens_at__lte=at, deadline__gt=at)

    def closing_soon(self, *, at=None):
        at = at or timezone.now()
        return self.open(at=at).filter(deadline__lt=deadlines.closing_soon_before(at))

    def closed(self, *, at=None):
        at = at or timezone.now()
        return self.filter(deadline__lte=at)

    def not_closed(self, *, at=None):
        """Upcoming and open calls: what a calendar of deadlines holds."""
        at = at or timezone.now()
        return self.filter(deadline__gt=at)


class FundingCall(SlugHistoryMixin, Publishable, Contact):
    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="calls", verbose_name=_("programme"),
        help_text=_("The programme whose money this call hands out."),
    )  # fmt: skip
    title = models.CharField(_("title"), max_length=200, help_text=_("E.g. “KOMM-AN NRW 2027: applications”."))
    slug = models.SlugField(
        _("address (slug)"), max_length=120, unique=True,
        help_text=SLUG_HELP_TEXT,
    )  # fmt: skip
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences for lists, the feed and the calendar.")
    )
    description = RichTextField(_("description"), help_text=_("What this call funds, for whom, and what is new."))
    opens_at = models.DateTimeField(
        _("opens at"), help_text=_("From when applications are accepted (date and time, Berlin time).")
    )
    deadline = models.DateTimeField(
        _("deadline"), help_text=_("The last moment an application is accepted (date and time, Berlin time).")
    )
    total_budget = models.DecimalField(
        _("total budget (€)"), **AMOUNT, null=True, blank=True,
        help_text=_("The money available in this call, in euros (optional)."),
    )  # fmt: skip
    max_per_project = models.DecimalField(
        _("maximum per project (€)"), **AMOUNT, null=True, blank=True,
        help_text=_("The most one project can receive, in euros (optional)."),
    )  # fmt: skip
    how_to_apply = RichTextField(
        _("how to apply"), help_text=_("The steps: where to send the application (address or e-mail) and how.")
    )
    application_url = models.URLField(
        _("application link"), blank=True, help_text=_("Optional link to an online application form.")
    )

    objects = FundingCallQuerySet.as_manager()

    translation_required = ("title", "summary", "description")

    class Meta:
        verbose_name = _("funding call")
        verbose_name_plural = _("funding calls")
        ordering = ["deadline"]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(deadline__gt=models.F("opens_at")),
                name="funding_fundingcall_deadline_after_opening",
                violation_error_message=_("The deadline must be later than the opening."),
            ),
            models.CheckConstraint(
                condition=(Q(total_budget__isnull=True) | Q(total_budget__gte=0))
                & (Q(max_per_project__isnull=True) | Q(max_per_project__gte=0)),
                name="funding_fundingcall_amounts_not_negative",
                violation_error_message=_("Amounts cannot be negative."),
            ),
        ]

    def __str__(self):
        return shown_value(self, "title") or self.slug

    def get_absolute_url(self):
        return reverse("funding:call", kwargs={"slug": self.slug})

    def status_at(self, at=None):
        """The call's phase at ``at`` (a CallStatus)."""
        return deadlines.status_at(self.opens_at, self.deadline, at=at)

    @property
    def call_status(self):
        """Upcoming, open, closing soon or closed, from the clock. (``status`` is the publication status.)"""
        return self.status_at()

    def days_left(self, at=None):
        return deadlines.days_left(self.deadline, at=at or timezone.now())

    @property
    def closes_in(self):
        return deadlines.closes_in_text(self.deadline)

    @property
    def opens_in(self):
        return deadlines.opens_in_text(self.opens_at)

    def get_status_label(self):
        return deadlines.CallStatus(self.call_status).label


class CallDocumentKind(models.TextChoices):
    APPLICATION = "application", _("Application form")
    FINANCING_PLAN = "financing_plan", _("Cost and financing plan")
    GUIDELINE = "guideline", _("Guideline")
    PROOF_OF_USE = "proof_of_use", _("Proof of use")
    OTHER = "other", pgettext_lazy("document kind", "Other document")


class CallDocument(models.Model):
    call = models.ForeignKey(FundingCall, on_delete=models.CASCADE, related_name="documents", verbose_name=_("call"))
    kind = models.CharField(
        _("kind"), max_length=20, choices=CallDocumentKind.choices, default=CallDocumentKind.APPLICATION,
        help_text=_("What the applicant does with it."),
    )  # fmt: skip
    title = models.CharField(_("title"), max_length=200, help_text=_("The document's name as shown on the page."))
    file = DocumentUploadField(_("file (PDF)"), help_text=_("A PDF file; it is checked when you save."))
    required = models.BooleanField(
        _("required"), default=True, help_text=_("Tick if the application must include this document.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0, help_text=_("Smaller numbers first."))

    translation_required = ("title",)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title


class FundedProject(Publishable):
    """One funded project, for the transparency list."""

    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The year the money was granted for."),
    )  # fmt: skip
    organisation = models.CharField(
        _("organisation"), max_length=200, help_text=_("The funded organisation's name, as it writes it.")
    )
    title = models.CharField(
        _("project title"), max_length=250, help_text=_("The project's own title; other languages are optional.")
    )
    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="funded_projects", verbose_name=_("programme")
    )
    building_block = models.ForeignKey(
        BuildingBlock, on_delete=models.SET_NULL, null=True, blank=True, related_name="funded_projects",
        verbose_name=_("building block"), help_text=_("Optional; must belong to the chosen programme."),
    )  # fmt: skip
    district = models.CharField(
        _("district"), max_length=20, choices=District.choices, help_text=_("Where the project mainly takes place.")
    )
    amount = models.DecimalField(_("amount (€)"), **AMOUNT, help_text=_("The amount granted, in euros."))

    objects = PublishableQuerySet.as_manager()

    # Usually left in German (the organisation's own words); a row is shown translated where both are given.
    translation_required = ("title", "organisation")

    class Meta:
        verbose_name = _("funded project")
        verbose_name_plural = _("funded projects")
        ordering = ["-year", "organisation_de", "title_de"]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(amount__gte=0),
                name="funding_fundedproject_amount_not_negative",
                violation_error_message=_("Amounts cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(year__gte=2000) & Q(year__lte=2100),
                name="funding_fundedproject_year_range",
                violation_error_message=_("The year must lie between 2000 and 2100."),
            ),
        ]

    def __str__(self):
        return f"{self.year}: {shown_value(self, 'organisation')} – {shown_value(self, 'title')}"

    def clean(self):
        super().clean()
        if self.building_block_id and self.programme_id and self.building_block.programme_id != self.programme_id:
            raise ValidationError(
                {"building_block": _("This building block belongs to another programme.")},
                code="building_block_programme",
            )
