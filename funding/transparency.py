"""Funded projects for the public: filters from the query string, the filtered list and its totals per year.

The page, its chart and its CSV download all use ``filter_projects``, so their numbers agree.
Unknown or malformed filter values are dropped with a note for the visitor; they never cause an error.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy as _

from funding.models import FundedProject, Programme
from portal.districts import District


class ProjectFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    programme = forms.ChoiceField(label=_("Programme"), required=False)
    district = forms.ChoiceField(label=_("District"), required=False)

    def __init__(self, *args, years, programmes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years")), *[(year, year) for year in years]]
        self.fields["programme"].choices = [("", _("All programmes")), *[(p.slug, p) for p in programmes]]
        self.fields["district"].choices = [("", _("All districts")), *District.choices]


@dataclass
class ProjectSelection:
    form: ProjectFilterForm
    projects: object  # the filtered queryset
    filters: dict = field(default_factory=dict)  # the accepted filter values, for links (CSV, pages)
    ignored: list = field(default_factory=list)  # labels of the filters whose values were not understood


def published_projects():
    """Published funded projects of published programmes (a draft programme's name stays unseen)."""
    return FundedProject.objects.published().filter(programme__in=Programme.objects.published())


def filter_options():
    """Years and programmes that have published funded projects (two queries)."""
    projects = published_projects()
    years = list(projects.order_by("-year").values_list("year", flat=True).distinct())
    # A subquery of the programmes' ids, not a join with DISTINCT: DISTINCT over a programme's wide translated rows
    # (one per funded project) took seconds on PostgreSQL at ten times the demo's projects.
    programmes = list(Programme.objects.filter(pk__in=projects.values("programme_id")).order_by("slug"))
    return years, programmes


def filter_projects(query):
    """Apply the valid filters of ``query`` (a QueryDict) to the published funded projects."""
    years, programmes = filter_options()
    data = {name: query.get(name, "") for name in ("year", "programme", "district")}
    form = ProjectFilterForm(data, years=years, programmes=programmes)
    form.is_valid()
    cleaned = getattr(form, "cleaned_data", {})
    ignored = [str(form.fields[name].label) for name in form.errors]
    projects = published_projects().select_related("programme", "building_block")
    filters = {}
    if cleaned.get("year"):
        projects = projects.filter(year=cleaned["year"])
        filters["year"] = cleaned["year"]
    if cleaned.get("programme"):
        projects = projects.filter(programme__slug=cleaned["programme"])
        filters["programme"] = cleaned["programme"]
    if cleaned.get("district"):
        projects = projects.filter(district=cleaned["district"])
        filters["district"] = cleaned["district"]
    # A form shown again must not repeat a value it did not accept.
    form = ProjectFilterForm(initial=filters, years=years, programmes=programmes)
    return ProjectSelection(form=form, projects=projects, filters=filters, ignored=ignored)


@dataclass(frozen=True)
class YearTotal:
    year: int
    total: Decimal
    count: int


def totals_per_year(projects):
    """Sum and number of ``projects`` per year, oldest year first (one query)."""
    rows = projects.order_by("year").values("year").annotate(total=Sum("amount"), count=Count("pk"))
    return [YearTotal(row["year"], row["total"] or Decimal("0"), row["count"]) for row in rows]
