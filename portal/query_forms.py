"""Forms for the query-string parameters the shared page layer reads (print, search, paging, consent).

Each form reads only its own keys (unknown keys are ignored, of a repeated key the last value counts), and a
value it does not understand is dropped: ``value()`` then gives ``None`` and the page shows its usual note.
Numbers are ASCII digits only (``portal.parsing``).
"""

from django import forms
from django.conf import settings

from portal.parsing import AsciiIntegerField


class QueryForm(forms.Form):
    """A GET form that never fails: ``value(name)`` is the cleaned value or ``None``."""

    def value(self, name):
        return None if name in self.errors else self.cleaned_data.get(name)

    def rejected(self, name):
        """True when the parameter was given but not understood."""
        return name in self.errors and bool(self.data.get(name))


class PrintForm(QueryForm):
    """``?with=<language>``: print the page a second time in that language."""

    def __init__(self, params):
        super().__init__(params)
        self.fields["with"] = forms.ChoiceField(required=False, choices=[("", ""), *settings.LANGUAGES])


class PageForm(QueryForm):
    """``?page=<n>`` of a paginated list."""

    page = AsciiIntegerField(required=False, min_value=1)


class SearchForm(QueryForm):
    """``?q=<words>&type=<content type>&page=<n>`` of the site search."""

    q = forms.CharField(required=False)  # cleaned by the search engine (control characters, length)
    type = forms.CharField(required=False, max_length=40)
    page = AsciiIntegerField(required=False, min_value=1)


class LoadOnceForm(QueryForm):
    """``?embed=<id>``: show this one embed once, without storing consent."""

    embed = AsciiIntegerField(required=False, min_value=1)


class ConsentPageForm(QueryForm):
    """``?saved=1`` after the visitor saved their choices."""

    saved = forms.ChoiceField(required=False, choices=[("", ""), ("1", "1")])
