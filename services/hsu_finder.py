"""The HSU finder: read the GET filters (language, district, grade) through a form, find the matching classes,
group them. Before the visitor has chosen anything (none of the three parameters in the address), the finder
lists the languages with their numbers of classes instead of every class: a short page on a slow phone, each
language one tap from its classes; the form sent with "all" everywhere (empty values) shows every class.

Unknown or malformed values never fail: they are dropped and reported as notes the page shows. The number
of queries does not depend on the number of classes (one for the classes, one for the districts that offer
the chosen language when nothing matched).
"""

from dataclasses import dataclass, field
from itertools import groupby

from django import forms
from django.db.models import Count
from django.utils.translation import gettext as _

from portal.districts import District
from portal.parsing import AsciiIntegerField
from services.models import HSUOffering

GRADES = range(1, 11)
MAX_SHOWN_VALUE = 40  # characters of a bad value repeated back in a note


@dataclass
class Filters:
    language: object = None  # HSULanguage
    district: str = ""
    grade: int | None = None
    notes: list = field(default_factory=list)
    submitted: bool = True  # False: no finder parameter in the address at all (the first visit)

    @property
    def active(self):
        return bool(self.language or self.district or self.grade)

    @property
    def district_label(self):
        return District(self.district).label if self.district else ""


def _shown(value):
    value = " ".join(str(value).split())
    return value if len(value) <= MAX_SHOWN_VALUE else value[: MAX_SHOWN_VALUE - 1] + "…"


class FinderForm(forms.Form):
    """The finder's GET parameters. Values are read strictly (the grade in ASCII digits only)."""

    language = forms.ChoiceField(required=False)
    district = forms.ChoiceField(required=False, choices=District.choices)
    grade = AsciiIntegerField(required=False, min_value=GRADES.start, max_value=GRADES.stop - 1)

    def __init__(self, data, *, languages):
        super().__init__(data)
        self.fields["language"].choices = [(language.slug, language.slug) for language in languages]


NOTES = {
    "language": lambda value: (
        _("There are no classes in a language called “%(value)s”, so all languages are shown.") % {"value": value}
    ),
    "district": lambda value: (
        _("“%(value)s” is not one of Dortmund's city districts, so all districts are shown.") % {"value": value}
    ),
    "grade": lambda value: _("“%(value)s” is not a grade from 1 to 10, so all grades are shown.") % {"value": value},
}


def read_filters(params, *, languages):
    """The filters in the query string ``params``; ``languages`` are the published HSU languages."""
    raw = {name: str(params.get(name, "")).strip() for name in NOTES}
    form = FinderForm(raw, languages=languages)
    form.is_valid()
    cleaned = {name: value for name, value in form.cleaned_data.items() if name not in form.errors}
    by_slug = {language.slug: language for language in languages}
    filters = Filters(
        language=by_slug.get(cleaned.get("language") or ""),
        district=cleaned.get("district") or "",
        grade=cleaned.get("grade"),
        submitted=any(name in params for name in NOTES),
    )
    filters.notes = [NOTES[name](_shown(raw[name])) for name in NOTES if name in form.errors]
    return filters


def find_offerings(filters):
    """The published classes matching ``filters`` (one query)."""
    return list(matching_offerings(filters))


def matching_offerings(filters):
    """The published classes matching ``filters``, as a queryset (the open-data API pages through it)."""
    offerings = HSUOffering.objects.public()
    if filters.language is not None:
        offerings = offerings.filter(language=filters.language)
    if filters.district:
        offerings = offerings.filter(school__district=filters.district)
    if filters.grade is not None:
        offerings = offerings.filter(grade_from__lte=filters.grade, grade_to__gte=filters.grade)
    return offerings


def group_by_school(offerings):
    """``[(school, [offerings])]`` keeping the order of ``offerings`` (district, school name)."""
    return [(school, list(items)) for school, items in groupby(offerings, key=lambda offering: offering.school)]


def districts_offering(language):
    """The districts (value, label) where ``language`` is taught, in the order of the district list."""
    found = set(
        HSUOffering.objects.public().filter(language=language).order_by().values_list("school__district", flat=True)
    )
    return [(value, label) for value, label in District.choices if value in found]


def classes_per_language(languages):
    """``[(language, number of classes)]`` for the published ``languages``, in their order (one query)."""
    counts = dict(
        HSUOffering.objects.public()
        .order_by()
        .values_list("language")
        .annotate(count=Count("pk"))
        .values_list("language", "count")
    )
    return [(language, counts.get(language.pk, 0)) for language in languages]
