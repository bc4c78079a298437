"""Three-way merge of an item's states, and the change form's conflict token.

A state is a snapshot ``{(model label, pk): fields}`` of the item and its inline rows in Django's serialiser
format (``portal.workflow.diff``). Merging compares, field by field, the state a form was opened on (base), the
state saved meanwhile (theirs) and the state the person's save produces (mine): a field only one side changed
takes that side's value; a field both changed differently is a conflict, which the person resolves by choosing
(``choices``) — nothing is taken from either side silently.

The token is a signed, compressed copy of the base state plus a fingerprint of the state whose conflicts the
person has seen (so their choices apply only to exactly those conflicts).
"""

import functools
import hashlib
import json
from dataclasses import dataclass

from django.core import signing

IGNORED_FIELDS = frozenset({"changed_at", "created_at"})
TOKEN_SALT = "portal.workflow.token"
MINE, THEIRS = "mine", "theirs"
ROW = "__row__"  # the field name of a conflict about a whole row (deleted on one side, changed on the other)


@dataclass(frozen=True)
class Conflict:
    key: tuple  # (model label, pk)
    field: str
    theirs: object
    mine: object

    @property
    def choice_name(self):
        return f"workflow_keep|{self.key[0]}|{self.key[1]}|{self.field}"


def rows_to_snapshot(rows):
    snapshot = {}
    for index, row in enumerate(rows):
        pk = row["pk"] if row["pk"] is not None else f"new-{index}"
        snapshot[(row["model"], str(pk))] = row["fields"]
    return snapshot


def snapshot_to_rows(snapshot):
    return [
        {"model": label, "pk": None if pk.startswith("new-") else pk, "fields": fields}
        for (label, pk), fields in snapshot.items()
    ]


def fingerprint(snapshot):
    """Equal for two states with the same content (times of the save left out)."""
    content = sorted(
        (list(key), {name: value for name, value in fields.items() if name not in IGNORED_FIELDS})
        for key, fields in snapshot.items()
    )
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _same_row(one, other):
    names = (set(one) | set(other)) - IGNORED_FIELDS
    return all(one.get(name) == other.get(name) for name in names)


@functools.cache
def mirrored_fields(label):
    """modeltranslation keeps a translated field's own column equal to its default-language field
    (``title`` mirrors ``title_de``): ``{"title": "title_de"}``, merged as one field."""
    from django.apps import apps
    from modeltranslation.settings import DEFAULT_LANGUAGE
    from modeltranslation.translator import NotRegistered, translator
    from modeltranslation.utils import build_localized_fieldname

    try:
        options = translator.get_options_for_model(apps.get_model(label))
    except (LookupError, NotRegistered):
        return {}
    return {name: build_localized_fieldname(name, DEFAULT_LANGUAGE) for name in options.all_fields}


def _merge_fields(key, base, theirs, mine, choices, prefer):
    merged, conflicts = {}, []
    mirrors = mirrored_fields(key[0])
    for name in [*theirs, *(name for name in mine if name not in theirs)]:
        b, t, m = base.get(name), theirs.get(name), mine.get(name, theirs.get(name))
        if name in mirrors and mirrors[name] in theirs:
            continue  # follows its default-language field, below
        if name in IGNORED_FIELDS or m == t or t == b:
            merged[name] = m
        elif m == b:
            merged[name] = t
        else:
            choice = choices.get((key, name), prefer)
            if choice == MINE:
                merged[name] = m
            elif choice == THEIRS:
                merged[name] = t
            else:
                merged[name] = m
                conflicts.append(Conflict(key, name, t, m))
    for name, source in mirrors.items():
        if name in theirs and source in merged:
            merged[name] = merged[source]
    return merged, conflicts


def merge3(base, theirs, mine, *, choices=None, prefer=None):
    """``(merged snapshot, [Conflict])``; ``choices`` maps ``(key, field)`` to MINE or THEIRS, ``prefer`` is the
    choice for every other conflict (None: report it)."""
    choices = choices or {}
    merged, conflicts = {}, []
    for key in [*theirs, *(key for key in mine if key not in theirs), *(key for key in base if key not in theirs)]:
        if key in merged:
            continue
        b, t, m = base.get(key), theirs.get(key), mine.get(key)
        if b is None:  # added on one side (mine is saved on top of theirs, so a row of theirs is in mine too)
            if t is not None or m is not None:
                merged[key] = m if m is not None else t
        elif t is None and m is None:
            continue  # deleted on both sides
        elif t is None or m is None:  # deleted on one side: fine unless the other side changed the row
            kept = m if t is None else t
            if _same_row(b, kept):
                continue
            choice = choices.get((key, ROW), prefer)
            keep_row = (choice == MINE) == (t is None)  # mine kept the row when theirs deleted it, and vice versa
            if choice is None:
                conflicts.append(Conflict(key, ROW, t, m))
                merged[key] = kept
            elif keep_row:
                merged[key] = kept
        else:
            merged[key], found = _merge_fields(key, b, t, m, choices, prefer)
            conflicts += found
    return merged, conflicts


def choices_from(data):
    """The choices a person made on a refused form: ``{(key, field): MINE|THEIRS}``."""
    choices = {}
    for name in data:
        if name.startswith("workflow_keep|") and data.get(name) in (MINE, THEIRS):
            _prefix, label, pk, field = name.split("|", 3)
            choices[((label, pk), field)] = data.get(name)
    return choices


def make_token(base, *, seen=None):
    return signing.dumps({"base": snapshot_to_rows(base), "seen": seen}, salt=TOKEN_SALT, compress=True)


def read_token(token):
    """``(base snapshot, seen fingerprint)``, or ``None`` for a missing, damaged or foreign token."""
    if not token:
        return None
    try:
        payload = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("base"), list):
        return None
    try:
        return rows_to_snapshot(payload["base"]), payload.get("seen")
    except (KeyError, TypeError):
        return None
