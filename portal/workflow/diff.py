"""What differs between two states of an item: live rows, a version kept by reversion, or a pending change.

A state is a snapshot ``{(model label, pk): fields}`` of the item and its related rows, read from Django's
serialiser format (the format reversion and pending changes store). Every language column is its own field, so a
difference names its language, and a language nobody changed does not appear at all; the untranslated original
column that django-modeltranslation keeps beside the language columns is left out (it repeats German).

Values are shown as a person reads them: a choice's label ("Freitag", not 6), "Ja"/"Nein", the name of a related
row (the office, not its number), dates and times in Berlin time. Rich text is compared as rendered: both sides
are sanitised, compared word by word with lxml's HTML differ (``lxml.html.diff``: the changed words inside
``<ins>``/``<del>``, an added table with its cells, a changed link with its new address) and the result is
sanitised again with the rich-text allow-list plus ``ins``/``del`` — nothing is marked safe unsanitised.
"""

import json
from dataclasses import dataclass

import nh3
from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats, timezone, translation
from django.utils.dateparse import parse_date, parse_datetime, parse_time
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from lxml.html.diff import htmldiff

from portal.languages import SOURCE_LANGUAGE
from portal.richtext import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, RichTextField, sanitize, without_control_characters
from portal.workflow.merge import IGNORED_FIELDS, rows_to_snapshot

_diff_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS | {"ins", "del"},
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes={"http", "https", "mailto", "tel"},
    link_rel="noopener noreferrer",
    strip_comments=True,
)
EMPTY = "—"


@dataclass(frozen=True)
class Change:
    """One changed field: label, language (code or ""), both values for reading and the marked-up difference."""

    label: str
    language: str
    before: str  # safe HTML (escaped text or sanitised rich text)
    after: str
    inline: str  # safe HTML with <ins>/<del>
    rich: bool = False

    @property
    def language_name(self):
        return str(dict(settings.LANGUAGES).get(self.language, self.language))


def snapshot_of_revision(revision):
    rows = []
    for version in revision.version_set.all():
        rows.extend(json.loads(version.serialized_data))
    return rows_to_snapshot(rows)


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def field_label(model, name):
    field = _field(model, name)
    if field is None:
        return name
    label = str(field.verbose_name)
    language = getattr(field, "language", None)
    return f"{label} [{language}]" if language and f"[{language}]" not in label else label


def _plain_label(field):
    """The label without the language modeltranslation appends (the language is shown on its own)."""
    label = str(capfirst(field.verbose_name))
    language = getattr(field, "language", None)
    return label.removesuffix(f" [{language}]") if language else label


def untranslated_originals(model):
    """Names of the original columns that modeltranslation mirrors into the language columns."""
    return {
        field.translated_field.name
        for field in model._meta.concrete_fields
        if getattr(field, "language", None) and getattr(field, "translated_field", None) is not None
    }


def show(value):
    if value is None or value == "":
        return EMPTY
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or EMPTY
    return str(value)


def _related_names(model, keys):
    if not keys:
        return EMPTY
    found = {str(obj.pk): str(obj) for obj in model._default_manager.filter(pk__in=keys)}
    return ", ".join(found.get(str(key), _("#%(number)s (deleted)") % {"number": key}) for key in keys)


def human(field, value):
    """``value`` as stored in a snapshot, as a person reads it (plain text)."""
    if value is None or value == "" or value == []:
        return EMPTY
    if field is None:
        return show(value)
    item_choices = getattr(field, "item_choices", None)
    if item_choices is not None and isinstance(value, list):
        labels = dict(item_choices)
        return ", ".join(str(labels.get(item, item)) for item in value)
    if field.choices:
        labels = {str(key): label for key, label in field.flatchoices}
        if isinstance(value, list):
            return ", ".join(str(labels.get(str(item), item)) for item in value)
        return str(labels.get(str(value), value))
    if isinstance(field, models.BooleanField):
        return _("Yes") if value else _("No")
    if isinstance(field, models.ManyToManyField):
        return _related_names(field.related_model, list(value))
    if isinstance(field, models.ForeignKey):
        return _related_names(field.related_model, [value])
    if isinstance(field, models.DateTimeField):
        moment = parse_datetime(str(value))
        return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT") if moment else show(value)
    if isinstance(field, models.DateField):
        day = parse_date(str(value))
        return formats.date_format(day, "DATE_FORMAT") if day else show(value)
    if isinstance(field, models.TimeField):
        moment = parse_time(str(value))
        return moment.strftime("%H:%M") if moment else show(value)
    return show(value)


def clean_diff(html):
    """Sanitised difference markup, safe to show."""
    return mark_safe(_diff_cleaner.clean(html))  # sanitised with the rich-text allow-list plus ins/del


def _marked(before, after):
    parts = []
    if before != EMPTY:
        parts.append(f"<del>{escape(before)}</del>")
    if after != EMPTY:
        parts.append(f"<ins>{escape(after)}</ins>")
    return clean_diff(" ".join(parts))


def field_change(model, name, old, new):
    """The ``Change`` of one field of ``model`` from ``old`` to ``new`` (stored values)."""
    field = _field(model, name)
    label = _plain_label(field) if field is not None else name
    language = getattr(field, "language", None) or ""
    if isinstance(field, RichTextField):
        before, after = sanitize(old or ""), sanitize(new or "")
        inline = clean_diff(htmldiff(before, after)) if before and after else _marked_html(before, after)
        return Change(label, language, clean_diff(before), clean_diff(after), inline, rich=True)
    before, after = without_control_characters(human(field, old)), without_control_characters(human(field, new))
    if isinstance(field, models.CharField | models.TextField) and not field.choices and EMPTY not in (before, after):
        inline = clean_diff(htmldiff(escape(before), escape(after)))  # word by word
    else:
        inline = _marked(before, after)
    return Change(label, language, escape(before), escape(after), inline)


def _marked_html(before, after):
    """A rich text that appears or disappears as a whole."""
    if after:
        return clean_diff(f"<ins>{after}</ins>") if "<" not in after else clean_diff(htmldiff("", after))
    return clean_diff(f"<del>{before}</del>") if "<" not in before else clean_diff(htmldiff(before, ""))


def _differs(old, new):
    """Empty is empty: a field a form saved as "" where it held None (a language nobody wrote) did not change."""
    if old in (None, "", []) and new in (None, "", []):
        return False
    return old != new


def diff_fields(model, old, new):
    """[Change] for every field that differs, the language-neutral fields first, then language by language."""
    skip = IGNORED_FIELDS | untranslated_originals(model)
    changes = [
        field_change(model, name, old.get(name), new.get(name))
        for name in sorted(set(old) | set(new))
        if name not in skip and _differs(old.get(name), new.get(name))
    ]
    order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
    return sorted(changes, key=lambda change: (bool(change.language), order.get(change.language, 99)))


def row_name(model, pk, fields):
    """The row as a person knows it ("Öffnungszeit: Freitag 09:00–12:00"), from the state itself."""
    row = {"model": model._meta.label_lower, "pk": None if pk.startswith("new-") else pk, "fields": fields}
    try:
        obj = next(serializers.deserialize("python", [row], ignorenonexistent=True)).object
        with translation.override(SOURCE_LANGUAGE):  # items are named by their German title, as in the queue
            name = str(obj)
    except Exception:  # a state of a model that changed since: its type is still worth showing
        name = ""
    kind = str(capfirst(model._meta.verbose_name))
    return f"{kind}: {name}" if name and name != kind else kind


def diff_snapshots(old, new):
    """[{"object", "kind", "changes", "languages"}], the item itself first; rows without a change are left out."""
    result = []
    for key in [*old, *(key for key in new if key not in old)]:
        label, pk = key
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        name = row_name(model, pk, new.get(key) or old.get(key) or {})
        if key in old and key in new:
            kind, changes = _("changed"), diff_fields(model, old[key], new[key])
        elif key in new:
            kind, changes = _("added"), diff_fields(model, {}, new[key])
        else:
            kind, changes = _("removed"), diff_fields(model, old[key], {})
        if changes:
            result.append({"object": name, "kind": kind, "changes": changes})
    return result


def changed_languages(differences):
    """The languages (codes, in site order) that any difference touches."""
    codes = {change.language for entry in differences for change in entry["changes"] if change.language}
    return [code for code, _name in settings.LANGUAGES if code in codes]
