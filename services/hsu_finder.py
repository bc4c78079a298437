"""The HSU finder: read the GET filters (language, district, grade), find the matching classes, group them.

Unknown or malformed values never fail: they are dropped and reported as notes the page shows. The number
of queries does not depend on the number of classes (one for the classes, one for the districts that offer
the chosen language when nothing matched).
"""

from dataclasses import dataclass, field
from itertools import groupby

from django.utils.translation import gettext as _

from services.choices import District
from services.models import HSUOffering

GRADES = range(1, 11)
MAX_SHOWN_VALUE = 40  # characters of a bad value repeated back in a note


@dataclass
class Filters:
    language: object = None  # HSULanguage
    district: str = ""
    grade: int | None = None
    notes: list = field(default_factory=list)

    @property
    def active(self):
        return bool(self.language or self.district or self.grade)

    @property
    def district_label(self):
        return District(self.district).label if self.district else ""


def _shown(value):
    value = " ".join(str(value).split())
    return value if len(value) <= MAX_SHOWN_VALUE else value[: MAX_SHOWN_VALUE - 1] + "…"


def read_filters(params, *, languages):
    """The filters in the query string ``params``; ``languages`` are the published HSU languages."""
    filters = Filters()
    by_slug = {language.slug: language for language in languages}
    raw_language = params.get("language", "").strip()
    if raw_language:
        filters.language = by_slug.get(raw_language)
        if filters.language is None:
            filters.notes.append(
                _("There are no classes in a language called “%(value)s”, so all languages are shown.")
                % {"value": _shown(raw_language)}
            )
    raw_district = params.get("district", "").strip()
    if raw_district:
        if raw_district in District.values:
            filters.district = raw_district
        else:
            filters.notes.append(
                _("“%(value)s” is not one of Dortmund's city districts, so all districts are shown.")
                % {"value": _shown(raw_district)}
            )
    raw_grade = params.get("grade", "").strip()
    if raw_grade:
        if raw_grade.isdigit() and len(raw_grade) <= 2 and int(raw_grade) in GRADES:
            filters.grade = int(raw_grade)
        else:
            filters.notes.append(
                _("“%(value)s” is not a grade from 1 to 10, so all grades are shown.") % {"value": _shown(raw_grade)}
            )
    return filters


def find_offerings(filters):
    """The published classes matching ``filters`` (one query)."""
    offerings = HSUOffering.objects.public()
    if filters.language is not None:
        offerings = offerings.filter(language=filters.language)
    if filters.district:
        offerings = offerings.filter(school__district=filters.district)
    if filters.grade is not None:
        offerings = offerings.filter(grade_from__lte=filters.grade, grade_to__gte=filters.grade)
    return list(offerings)


def group_by_school(offerings):
    """``[(school, [offerings])]`` keeping the order of ``offerings`` (district, school name)."""
    return [(school, list(items)) for school, items in groupby(offerings, key=lambda offering: offering.school)]


def districts_offering(language):
    """The districts (value, label) where ``language`` is taught, in the order of the district list."""
    found = set(
        HSUOffering.objects.public().filter(language=language).order_by().values_list("school__district", flat=True)
    )
    return [(value, label) for value, label in District.choices if value in found]
