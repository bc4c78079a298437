"""What differs between two states of an item: live rows, a version kept by reversion, or a pending change.

A state is a snapshot ``{(model label, pk): fields}`` of the item and its related rows, read from Django's
serialiser format (the format reversion and pending changes store). Every language column is its own field,
so a difference names the language ("Title [en]").
"""

import json

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext as _

from portal.workflow.merge import IGNORED_FIELDS, rows_to_snapshot


def snapshot_of_revision(revision):
    rows = []
    for version in revision.version_set.all():
        rows.extend(json.loads(version.serialized_data))
    return rows_to_snapshot(rows)


def field_label(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return name
    label = str(field.verbose_name)
    language = getattr(field, "language", None)
    return f"{label} [{language}]" if language and f"[{language}]" not in label else label


def show(value):
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "—"
    return str(value)


def diff_fields(model, old, new):
    """[(field label, old value, new value)] for every field that differs."""
    changes = []
    for name in sorted(set(old) | set(new)):
        if name in IGNORED_FIELDS or old.get(name) == new.get(name):
            continue
        changes.append((field_label(model, name), show(old.get(name)), show(new.get(name))))
    return changes


def diff_snapshots(old, new):
    """[{"object": ..., "kind": "changed"|"added"|"removed", "changes": [...]}], the item itself first."""
    result = []
    for key in [*old, *(key for key in new if key not in old)]:
        label, pk = key
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        name = f"{model._meta.verbose_name} {pk}" if not pk.startswith("new-") else f"{model._meta.verbose_name}"
        if key in old and key in new:
            changes = diff_fields(model, old[key], new[key])
            if changes:
                result.append({"object": name, "kind": _("changed"), "changes": changes})
        elif key in new:
            result.append({"object": name, "kind": _("added"), "changes": diff_fields(model, {}, new[key])})
        else:
            result.append({"object": name, "kind": _("removed"), "changes": diff_fields(model, old[key], {})})
    return result
