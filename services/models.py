"""Topics, service pages, offices with their opening hours, and the HSU (heritage-language classes).

Content (topics, services, offices, HSU languages, the HSU information page) is ``Publishable`` and translated
with modeltranslation (``services/translation.py``); schools and class offerings are data the school office
keeps up to date, mostly by CSV import (``services/hsu_csv.py``).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from portal import render_cache
from portal.districts import District
from portal.publication import Publishable
from portal.redirects import SLUG_HELP_TEXT, SlugHistoryMixin
from portal.richtext import RichTextField
from portal.translated_fields import shown_value
from portal.uploads import DocumentUploadField
from services import opening_hours
from services.choices import AREA_LINKS, Audience, HSUDocumentKind, StepFree, Weekday
from services.fields import ChoiceListField
from services.spoken_languages import LANGUAGE_CHOICES, describe, describe_one


def area_url(url_name):
    """The URL of another area of the portal, or '' while that area does not exist."""
    if not url_name:
        return ""
    try:
        return reverse(url_name)
    except NoReverseMatch:
        return ""


class Page(Publishable):
    """What topics and service pages share: slug, title, summary, body and a link to another area."""

    slug = models.SlugField(
        _("slug"), max_length=80, unique=True,
        help_text=SLUG_HELP_TEXT,
    )  # fmt: skip
    title = models.CharField(_("title"), max_length=200, help_text=_("The heading of the page."))
    summary = models.TextField(
        _("summary"), max_length=500,
        help_text=_("One or two sentences shown in lists and search results and at the top of the page."),
    )  # fmt: skip
    body = RichTextField(
        _("text"), blank=False, help_text=_("The main text. Use headings of level 2 and 3 and short lists.")
    )
    area_link = models.CharField(
        _("link to an area"), max_length=40, blank=True, choices=AREA_LINKS,
        help_text=_("Optional: shows a prominent link to another area of the portal on this page."),
    )  # fmt: skip
    order = models.PositiveSmallIntegerField(_("order"), default=100, help_text=_("Lower numbers come first in lists."))

    class Meta:
        abstract = True
        ordering = ["order", "title"]
        constraints = [*Publishable.Meta.constraints]

    def __str__(self):
        return shown_value(self, "title") or self.slug

    @property
    def area_url(self):
        return area_url(self.area_link)


class Topic(SlugHistoryMixin, Page):
    translation_required = ("title", "summary", "body")

    class Meta(Page.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def get_absolute_url(self):
        return reverse("services:topic", kwargs={"slug": self.slug})


class Office(SlugHistoryMixin, Publishable):
    translation_required = ("name", "unit")
    # Videos, maps and posts from other sites, behind consent (portal.consent): admin inline + placeholders.
    embeds_enabled = True
    embeds = GenericRelation("consent.Embed")

    slug = models.SlugField(
        _("slug"), max_length=80, unique=True,
        help_text=SLUG_HELP_TEXT,
    )  # fmt: skip
    name = models.CharField(_("name"), max_length=200, help_text=_("What residents call this office."))
    unit = models.CharField(
        _("organisational unit"), max_length=200,
        help_text=_("The department or team it belongs to, e.g. “Social welfare office – refugee services”."),
    )  # fmt: skip
    street = models.CharField(_("street and number"), max_length=200, help_text=_("As on a letter."))
    postcode = models.CharField(_("postcode"), max_length=5, help_text=_("Five digits."))
    city = models.CharField(_("city"), max_length=100, default="Dortmund", help_text=_("Usually Dortmund."))
    phone = models.CharField(_("phone"), max_length=40, blank=True, help_text=_("With area code, e.g. 0231 50-12345."))
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("A team address, never a personal one."))
    appointment_url = models.URLField(
        _("appointment link"), blank=True, help_text=_("Optional: the page where residents book an appointment.")
    )
    languages_spoken = ChoiceListField(
        _("languages spoken"), item_choices=LANGUAGE_CHOICES,
        help_text=_("Languages the staff can advise in without an interpreter."),
    )  # fmt: skip
    step_free = models.CharField(
        _("step-free building"), max_length=10, choices=StepFree.choices, default=StepFree.UNKNOWN,
        help_text=_("Can people in a wheelchair reach the rooms without steps?"),
    )  # fmt: skip
    access_note = models.CharField(
        _("access note"), max_length=300, blank=True,
        help_text=_("Optional: e.g. “Lift at the rear entrance”, “Accessible toilet on the ground floor”."),
    )  # fmt: skip
    hours_note = models.CharField(
        _("note on opening hours"), max_length=300, blank=True,
        help_text=_("Optional: e.g. “Please bring a number from the ticket machine in the entrance hall.”"),
    )  # fmt: skip

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["name"]
        constraints = [*Publishable.Meta.constraints]

    def __str__(self):
        return shown_value(self, "name") or self.slug

    def get_absolute_url(self):
        return reverse("services:office", kwargs={"slug": self.slug})

    def languages(self):
        return describe(self.languages_spoken)

    def opening_status(self, *, at=None):
        """Open now? Next opening? (Uses prefetched ``hours`` and ``closures`` when there are any.) A cached page
        that shows it expires when it next changes (``portal.render_cache.changes_at``)."""
        status = opening_hours.status_at(
            hours=list(self.hours.all()), closures=list(self.closures.all()), at=at or timezone.now()
        )
        render_cache.changes_at(status.changes_at)
        return status

    def weekly_hours(self):
        return opening_hours.weekly_table(self.hours.all())

    def upcoming_closures(self, *, today=None):
        today = today or timezone.localdate()
        return [closure for closure in self.closures.all() if closure.last_day >= today]


class OpeningHours(models.Model):
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="hours", verbose_name=_("office"))
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices, help_text=_("Day of week."))
    opens = models.TimeField(_("opens"), help_text=_("e.g. 08:30"))
    closes = models.TimeField(_("closes"), help_text=_("e.g. 12:00"))
    appointment_only = models.BooleanField(
        _("by appointment only"), default=False,
        help_text=_("Tick when residents can only come with an appointment during this time."),
    )  # fmt: skip

    class Meta:
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")),
                name="services_openinghours_closes_after_opens",
                violation_error_message=_("The closing time must be later than the opening time."),
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class Closure(models.Model):
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="closures", verbose_name=_("office"))
    first_day = models.DateField(_("first day"), help_text=_("The first day the office is closed."))
    last_day = models.DateField(_("last day"), help_text=_("The last day it is closed (the same day for one day)."))
    reason = models.CharField(_("reason"), max_length=200, blank=True, help_text=_("Optional, e.g. “Staff training”."))

    class Meta:
        verbose_name = _("closure")
        verbose_name_plural = _("closures")
        ordering = ["first_day"]
        constraints = [
            models.CheckConstraint(
                condition=Q(last_day__gte=F("first_day")),
                name="services_closure_last_after_first",
                violation_error_message=_("The last day cannot be before the first day."),
            )
        ]

    def __str__(self):
        return f"{self.first_day:%d.%m.%Y}–{self.last_day:%d.%m.%Y}"


class Service(SlugHistoryMixin, Page):
    translation_required = ("title", "summary", "body")
    # Videos, maps and posts from other sites, behind consent (portal.consent): admin inline + placeholders.
    embeds_enabled = True
    embeds = GenericRelation("consent.Embed")

    audiences = ChoiceListField(
        _("who it is for"), item_choices=Audience.choices,
        help_text=_("Tick every group this service is meant for."),
    )  # fmt: skip
    prerequisites = RichTextField(
        _("prerequisites"), help_text=_("Optional: who can use it, and under which conditions.")
    )
    what_to_bring = RichTextField(_("what to bring"), help_text=_("Optional: documents and papers to bring along."))
    process = RichTextField(_("process"), help_text=_("Optional: what happens, step by step."))
    costs = models.CharField(_("costs"), max_length=300, blank=True, help_text=_("Optional, e.g. “Free of charge”."))
    topics = models.ManyToManyField(
        Topic, related_name="services", blank=True, verbose_name=_("topics"),
        help_text=_("The topic pages that list this service."),
    )  # fmt: skip
    offices = models.ManyToManyField(
        Office, related_name="services", blank=True, verbose_name=_("offices"),
        help_text=_("The offices that provide this service. Each office is edited once, on its own page."),
    )  # fmt: skip
    related = models.ManyToManyField(
        "self", blank=True, verbose_name=_("related services"),
        help_text=_("Other services a resident will likely need too."),
    )  # fmt: skip

    class Meta(Page.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def get_absolute_url(self):
        return reverse("services:service", kwargs={"slug": self.slug})

    def audience_labels(self):
        return self._meta.get_field("audiences").labels(self.audiences)


# --- HSU: heritage-language classes ------------------------------------------------------------------------


def validate_not_reserved(value):
    """``print`` is the HSU page's print view (``/hsu/print/``), so no language may use it as its slug."""
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(value)s” is used by the site itself; please choose another."), params={"value": value}
        )


RESERVED_SLUGS = {"print"}


class HSULanguage(SlugHistoryMixin, Publishable):
    """A language taught in HSU classes (data, not a site language)."""

    translation_required = ("name",)

    slug = models.SlugField(
        _("slug"), max_length=40, unique=True, validators=[validate_not_reserved],
        help_text=_(
            "The web address of the language's page, e.g. “turkish”, the same in every language. "
            "Changing it later keeps the old address working as a redirect."
        ),
    )  # fmt: skip
    name = models.CharField(_("name"), max_length=80, help_text=_("The language's name in the site language."))
    endonym = models.CharField(
        _("own name"), max_length=80, help_text=_("The language's name in its own language and script.")
    )
    code = models.CharField(
        _("language code"), max_length=12,
        help_text=_("The BCP 47 code, e.g. “sq” for Albanian, “ku” for Kurdish. Used for pronunciation."),
    )  # fmt: skip
    right_to_left = models.BooleanField(
        _("written right to left"), default=False, help_text=_("Tick for Arabic, Persian, …")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=100, help_text=_("Lower numbers come first."))

    class Meta:
        verbose_name = _("HSU language")
        verbose_name_plural = _("HSU languages")
        ordering = ["order", "slug"]
        constraints = [*Publishable.Meta.constraints]

    def __str__(self):
        return shown_value(self, "name") or self.slug

    def get_absolute_url(self):
        return reverse("services:hsu_language", kwargs={"slug": self.slug})

    @property
    def label(self):
        """The name in the active language, or the German name where it has not been translated."""
        return self.name or self.name_de

    @property
    def endonym_dir(self):
        return "rtl" if self.right_to_left else "ltr"


class School(models.Model):
    number = models.CharField(
        _("school number"), max_length=6, unique=True,
        help_text=_("The six-digit NRW school number; the CSV import finds the school by it."),
    )  # fmt: skip
    name = models.CharField(_("name"), max_length=200, help_text=_("The school's official name."))
    street = models.CharField(_("street and number"), max_length=200, help_text=_("As on a letter."))
    postcode = models.CharField(_("postcode"), max_length=5, help_text=_("Five digits."))
    district = models.CharField(
        _("city district"), max_length=20, choices=District.choices, help_text=_("The Stadtbezirk.")
    )

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        ordering = ["name"]

    def __str__(self):
        return self.name


class HSUOfferingQuerySet(models.QuerySet):
    def public(self):
        """Offerings of published languages, ready for lists (language and school joined)."""
        return (
            self.filter(language__in=HSULanguage.objects.published())
            .select_related("language", "school")
            .order_by("school__district", "school__name", "language__order", "language__slug", "weekday", "starts")
        )


class HSUOffering(models.Model):
    language = models.ForeignKey(
        HSULanguage, on_delete=models.PROTECT, related_name="offerings", verbose_name=_("language")
    )
    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="offerings", verbose_name=_("school"))
    grade_from = models.PositiveSmallIntegerField(
        _("from grade"), validators=[MinValueValidator(1), MaxValueValidator(10)], help_text=_("1 to 10.")
    )
    grade_to = models.PositiveSmallIntegerField(
        _("to grade"), validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("1 to 10, not lower than “from grade”."),
    )  # fmt: skip
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices, help_text=_("Day of the class."))
    starts = models.TimeField(_("starts"), help_text=_("e.g. 14:00"))
    ends = models.TimeField(_("ends"), help_text=_("e.g. 15:30"))
    notes = models.CharField(
        _("notes"), max_length=300, blank=True, help_text=_("Optional, e.g. “Room 12, entrance in the yard”.")
    )

    objects = HSUOfferingQuerySet.as_manager()

    class Meta:
        verbose_name = _("HSU class")
        verbose_name_plural = _("HSU classes")
        ordering = ["language__order", "school__name", "weekday", "starts"]
        constraints = [
            models.CheckConstraint(
                condition=Q(grade_from__gte=1, grade_from__lte=10, grade_to__gte=1, grade_to__lte=10),
                name="services_hsuoffering_grades_1_to_10",
                violation_error_message=_("Grades must be between 1 and 10."),
            ),
            models.CheckConstraint(
                condition=Q(grade_from__lte=F("grade_to")),
                name="services_hsuoffering_grade_order",
                violation_error_message=_("“From grade” cannot be higher than “to grade”."),
            ),
            models.CheckConstraint(
                condition=Q(ends__gt=F("starts")),
                name="services_hsuoffering_ends_after_starts",
                violation_error_message=_("The class must end after it starts."),
            ),
        ]

    def __str__(self):
        return f"{self.language} – {self.school} ({self.get_weekday_display()} {self.starts:%H:%M})"

    @property
    def shown_notes(self):
        """``(text, language)``: the notes in the active language, or the German notes."""
        if self.notes:
            return self.notes, translation.get_language()
        return self.notes_de, "de"


class HSUInformation(Publishable):
    """The text of the HSU page: who may take part, how to register, documents, deadline and contact."""

    translation_required = ("title", "summary", "who_may_take_part", "how_to_register")

    slug = models.SlugField(
        _("slug"), max_length=80, unique=True, default="hsu",
        help_text=_("Internal name. The newest published information is shown at /hsu/."),
    )  # fmt: skip
    title = models.CharField(_("title"), max_length=200, help_text=_("The heading of the HSU page."))
    summary = models.TextField(_("summary"), max_length=500, help_text=_("One or two sentences at the top."))
    who_may_take_part = RichTextField(_("who may take part"), help_text=_("Grades, language knowledge, nationality."))
    how_to_register = RichTextField(_("how to register"), help_text=_("Form, where to hand it in, what happens next."))
    deadline_day = models.PositiveSmallIntegerField(
        _("deadline day"), default=15, validators=[MinValueValidator(1), MaxValueValidator(28)],
        help_text=_("Day of the registration deadline each year (1–28)."),
    )  # fmt: skip
    deadline_month = models.PositiveSmallIntegerField(
        _("deadline month"), default=3, validators=[MinValueValidator(1), MaxValueValidator(7)],
        help_text=_("Month of the deadline (1–7: before the school year starts in August)."),
    )  # fmt: skip
    contact = models.ForeignKey(
        Office, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("contact"),
        help_text=_("The office parents can ask about HSU (the school office)."),
    )  # fmt: skip

    class Meta:
        verbose_name = _("HSU information page")
        verbose_name_plural = _("HSU information page")
        ordering = ["-publish_from", "-pk"]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(deadline_day__gte=1, deadline_day__lte=28, deadline_month__gte=1, deadline_month__lte=7),
                name="services_hsuinformation_deadline_in_spring",
                violation_error_message=_("The deadline must be a day 1–28 in a month from January to July."),
            ),
        ]

    def __str__(self):
        return shown_value(self, "title") or self.slug

    def get_absolute_url(self):
        return reverse("services:hsu")


class HSUDocument(models.Model):
    information = models.ForeignKey(
        HSUInformation, on_delete=models.CASCADE, related_name="documents", verbose_name=_("HSU information page")
    )
    kind = models.CharField(
        _("kind"), max_length=12, choices=HSUDocumentKind.choices, help_text=_("Form or explanation.")
    )
    language = models.CharField(
        _("language"), max_length=8, choices=LANGUAGE_CHOICES, help_text=_("The language the document is written in.")
    )
    file = DocumentUploadField(_("file"), help_text=_("A PDF file."))

    class Meta:
        verbose_name = _("HSU document")
        verbose_name_plural = _("HSU documents")
        ordering = ["kind", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["information", "kind", "language"],
                name="services_hsudocument_one_per_kind_and_language",
                violation_error_message=_("There is already a document of this kind in this language."),
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.language})"

    def language_info(self):
        return describe_one(self.language)
