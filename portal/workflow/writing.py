"""Writing hints beside every German text field of the change form: readability (``portal.workflow.readability``)
and, for rich text, the accessibility check of the body (``portal.workflow.accessibility_check``); also for the
German texts of rows inside a page (inlines such as a programme's building blocks), right after each row's field.

The hints are computed on the server when the form is rendered (from the form's input after a refused save, else
from the item) and shown in the field's help; ``static/js/admin/writing-hints.js`` (a static file: no inline
script under the admin's CSP) asks ``writing_hints_view`` again while the editor types. A Leichte Sprache page
(``easy_language`` true on the item) is held to the stricter limits.
"""

from django.db import models
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.html import format_html

from portal.languages import SOURCE_LANGUAGE
from portal.richtext import RichTextField
from portal.workflow.accessibility_check import check
from portal.workflow.readability import analyse

MAX_TEXT = 100_000  # characters a hint request may send (a long page is far below)


def is_longer_text(field):
    """Texts of sentences: rich text, plain text, summaries (titles and names are 200 characters at most)."""
    if isinstance(field, models.TextField):
        return True
    return isinstance(field, models.CharField) and not field.choices and (field.max_length or 0) > 200


def german_text_fields(model):
    """Names of the German columns of the model's longer texts (plain and rich)."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if getattr(field, "language", None) == SOURCE_LANGUAGE and is_longer_text(field)
    ]


def is_easy_language(obj):
    return bool(getattr(obj, "easy_language", False))


def hints_html(value, *, rich, easy, field_name="", url="", hints_id=""):
    context = {
        "report": analyse(value, easy=easy),
        "problems": check(value) if rich else [],
        "rich": rich,
        "easy": easy,
        "field_name": field_name,
        "url": url,
        "hints_id": hints_id,
    }
    return render_to_string("workflow/admin/writing_hints.html", context)


def _value(form, name, obj):
    if form.is_bound:
        return form.data.get(form.add_prefix(name), "")
    return form.initial.get(name, getattr(obj, name, "") if obj is not None else "")


def add_hints(form, obj, url):
    """Put the hints of each German text field into its help text (shown beside the field by the admin)."""
    model = form._meta.model
    easy = is_easy_language(obj)
    for name in german_text_fields(model):
        field = form.fields.get(name)
        if field is None or getattr(field, "disabled", False):
            continue
        value = _value(form, name, obj)
        rich = isinstance(model._meta.get_field(name), RichTextField)
        hints = hints_html(value, rich=rich, easy=easy, field_name=form.add_prefix(name), url=url)
        field.help_text = format_html("{}{}", field.help_text, hints)


_HINTED = {}


def _hinted_class(base):
    """``base`` (a widget class) that renders the writing hints right after the field."""
    if base not in _HINTED:

        def render(self, name, value, attrs=None, renderer=None):
            return format_html("{}{}", base.render(self, name, value, attrs, renderer), self.writing_hints)

        _HINTED[base] = type(f"Hinted{base.__name__}", (base,), {"render": render})
    return _HINTED[base]


def add_inline_hints(inline_admin_formsets, obj, url):
    """The same hints for the German texts in the rows inside a page (inlines): right after each row's field,
    since a table of rows has no help beside a single cell, and tied to the field by ``aria-describedby``. The
    empty row a script copies gets none (its copies would answer for the wrong field)."""
    easy = is_easy_language(obj)
    for inline_admin_formset in inline_admin_formsets:
        formset = inline_admin_formset.formset
        names = german_text_fields(formset.model)
        if not names:
            continue
        for form in formset.forms:
            for name in names:
                field = form.fields.get(name)
                if field is None or getattr(field, "disabled", False):
                    continue
                rich = isinstance(formset.model._meta.get_field(name), RichTextField)
                field_id = form[name].auto_id or form.add_prefix(name)
                hints_id = f"{field_id}_hints"
                field.widget.writing_hints = hints_html(
                    _value(form, name, form.instance),
                    rich=rich,
                    easy=easy,
                    field_name=form.add_prefix(name),
                    url=url,
                    hints_id=hints_id,
                )
                field.widget.__class__ = _hinted_class(type(field.widget))  # the form's own copy of the widget
                described = [field.widget.attrs.get("aria-describedby", "")]
                if field.help_text:
                    described.append(f"{field_id}_helptext")
                field.widget.attrs["aria-describedby"] = " ".join(filter(None, [*described, hints_id]))


def writing_hints_view(request):
    """The hints of one text (POST ``text``, ``rich``, ``easy``), as the HTML the change form shows; staff only."""
    data = request.POST if request.method == "POST" else request.GET
    text = data.get("text", "")
    if len(text) > MAX_TEXT:
        return HttpResponse(status=413)
    html = hints_html(text, rich=data.get("rich") == "1", easy=data.get("easy") == "1")
    response = HttpResponse(html)
    response["Cache-Control"] = "private, no-store"
    return response
