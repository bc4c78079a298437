"""The filter form of the document list (GET): phase, kind and year; a bad value is ignored with a note."""

from django import forms
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from masterplan.models import Document


class DocumentFilterForm(forms.Form):
    phase = forms.ChoiceField(label=_("Phase"), required=False)
    kind = forms.ChoiceField(label=_("Kind of document"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, phases, years):
        super().__init__(data)
        self.phases = {phase.slug: phase for phase in phases}
        everything = [("", _("All"))]
        self.fields["phase"].choices = everything + [(phase.slug, phase.label) for phase in phases]
        self.fields["kind"].choices = everything + list(Document.Kind.choices)
        self.fields["year"].choices = everything + [(str(year), str(year)) for year in years]

    def filters(self):
        """The valid filters as keyword arguments of ``DocumentQuerySet.filtered``; invalid ones are left out."""
        self.is_valid()
        cleaned = {name: value for name, value in self.cleaned_data.items() if name not in self.errors}
        return {
            "phase": self.phases.get(cleaned.get("phase") or ""),
            "kind": cleaned.get("kind") or None,
            "year": cleaned.get("year") or None,
        }

    def ignored(self):
        """Labels of the filters whose values were not understood (shown to the visitor as a note)."""
        self.is_valid()
        return [self.fields[name].label for name in self.errors]


def document_years(documents):
    """The years that have published documents, newest first."""
    years = documents.annotate(year=ExtractYear("date")).values_list("year", flat=True).distinct()
    return sorted(set(years), reverse=True)
