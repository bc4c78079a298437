"""Exchange with translation agencies: XLIFF 1.2 export and import.

Export: chosen items, or the missing and outdated items of chosen content types (published German only), into
one language; one ``<file>`` per content type, one ``<group>`` per item (carrying the fingerprint of the German
source it shows), one ``<trans-unit>`` per translatable field with a German value; context in ``<note>``
elements. Rich-text fields travel as XLIFF inline markup (``<g>``/``<x/>``, see ``xliff_inline``), the rest as
plain text.

Import: the file is parsed without DTDs, entities or network access; every problem (malformed file, unknown
item or field, a language the importing translator does not work in, a German source that changed since the
export, a value too long, a required field left empty) is reported item by item, and a file with any problem
changes nothing. ``read_xliff`` checks a file and says per item what it would change (the preview);
``import_xliff`` then applies it like any edit: a change to a live item waits for review as a pending change
(``portal.workflow.pending``, with the import named in its comment), an item that is not public is saved at once
with a version. A row inside an item (a programme's building blocks, a call's documents, a page's embeds) goes
with its item: into the item's change waiting for review when the item is live, else saved at once. Rich text
goes through the shared sanitiser (``portal.richtext.sanitize``); plain text loses any markup.
"""

import copy
import html
from dataclasses import dataclass, field

import nh3
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from lxml import etree
from modeltranslation.utils import build_localized_fieldname

from portal.parsing import ascii_int
from portal.richtext import RichTextField, sanitize
from portal.translated_fields import SOURCE_LANGUAGE, is_translated, missing_fields, value_in
from portal.translation_workflow import freshness
from portal.translation_workflow.assignments import editable_languages
from portal.translation_workflow.coverage import counted_items
from portal.translation_workflow.models import Origin
from portal.translation_workflow.provenance import remember_import
from portal.translation_workflow.records import record_save
from portal.translation_workflow.xliff_inline import PORTAL_NS, XLIFF_NS, fill_inline, read_inline, read_plain
from portal.workflow.pending import (
    effective_snapshot,
    german_repr,
    live_snapshot,
    open_pending_for,
    owner_of,
    pending_base,
    pending_snapshot,
    store_pending,
)
from portal.workflow.versions import record_first_versions, record_versions

NSMAP = {None: XLIFF_NS, "mdk": PORTAL_NS}
STRUCTURE = {"xliff", "file", "header", "body", "group", "trans-unit"}
MAX_BYTES = 20 * 1024 * 1024


def _q(tag):
    return f"{{{XLIFF_NS}}}{tag}"


def _item_id(obj):
    return f"{obj._meta.label_lower}:{obj.pk}"


def is_rich_text(model, name):
    return isinstance(model._meta.get_field(name), RichTextField)


def export_items(language, *, models=None, states=(freshness.MISSING, freshness.OUTDATED)):
    """``[(obj, state)]``: the published items whose translation into ``language`` is in ``states``."""
    result = []
    for model in models or freshness.translated_models():
        objects = list(counted_items(model))
        table = freshness.state_table(objects, [language])
        result += [(obj, table[obj.pk][language]) for obj in objects if table[obj.pk][language] in states]
    return result


def _indent(element, level=0):
    """Line breaks and indentation between structural elements only: the text of sources and targets (mixed
    content) is never touched."""
    children = [child for child in element if isinstance(child.tag, str)]
    if etree.QName(element).localname not in STRUCTURE or not children:
        return
    step = "\n" + "  " * (level + 1)
    element.text = step
    for child in children:
        child.tail = step
        _indent(child, level + 1)
    children[-1].tail = "\n" + "  " * level


def export_xliff(language, *, models=None, items=None, states=(freshness.MISSING, freshness.OUTDATED)):
    """The XLIFF document (bytes) for ``language`` and the number of items in it: ``items`` (chosen items, in
    any state), or else the published items of ``models`` (default: every content type) in ``states``."""
    if language == SOURCE_LANGUAGE or language not in freshness.target_languages():
        raise ValueError(f"not a target language: {language!r}")
    root = etree.Element(_q("xliff"), nsmap=NSMAP, version="1.2")
    files = {}
    if items is not None:
        chosen = list(items)
        chosen_states = {}
        for model in {type(obj) for obj in chosen}:
            of_model = [obj for obj in chosen if type(obj) is model]
            chosen_states |= {(model, pk): s for pk, s in freshness.state_table(of_model, [language]).items()}
        selected = [(obj, chosen_states[(type(obj), obj.pk)][language]) for obj in chosen]
    else:
        selected = export_items(language, models=models, states=states)
    for obj, state in selected:
        model = type(obj)
        label = model._meta.label_lower
        if label not in files:
            file_el = etree.SubElement(
                root,
                _q("file"),
                original=label,
                attrib={"source-language": SOURCE_LANGUAGE, "target-language": language, "datatype": "html"},
            )
            header = etree.SubElement(file_el, _q("header"))
            etree.SubElement(header, _q("note")).text = str(model._meta.verbose_name_plural)
            files[label] = etree.SubElement(file_el, _q("body"))
        group = etree.SubElement(files[label], _q("group"), id=_item_id(obj), resname=str(getattr(obj, "slug", obj.pk)))
        group.set(f"{{{PORTAL_NS}}}fingerprint", freshness.german_fingerprint(obj))
        group.set(f"{{{PORTAL_NS}}}state", state)
        etree.SubElement(group, _q("note")).text = f"{model._meta.verbose_name}: {obj} ({_item_id(obj)}, {state})"
        for name in freshness.translatable_fields(model):
            source = value_in(obj, name, SOURCE_LANGUAGE) or ""
            if not str(source).strip():
                continue
            model_field = model._meta.get_field(name)
            rich = is_rich_text(model, name)
            unit = etree.SubElement(
                group,
                _q("trans-unit"),
                id=f"{_item_id(obj)}:{name}",
                resname=name,
                datatype="html" if rich else "plaintext",
            )
            unit.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            if getattr(model_field, "max_length", None):
                unit.set("maxwidth", str(model_field.max_length))
                unit.set("size-unit", "char")
            source_el = etree.SubElement(unit, _q("source"))
            existing = value_in(obj, name, language) or ""
            target = etree.SubElement(unit, _q("target"))
            if rich:
                fill_inline(source_el, str(source))
            else:
                source_el.text = str(source)
            if existing:
                if rich:
                    fill_inline(target, str(existing))
                else:
                    target.text = str(existing)
                target.set("state", "translated" if state == freshness.UP_TO_DATE else "needs-review-translation")
            else:
                target.set("state", "needs-translation")
            etree.SubElement(unit, _q("note")).text = f"{model_field.verbose_name} ({name})"
    _indent(root)
    document = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return document, len(selected)


@dataclass
class Problem:
    item: str
    message: str

    def __str__(self):
        return f"{self.item}: {self.message}" if self.item else self.message


@dataclass
class ItemChange:
    """What an import changes in one item (the preview shows these)."""

    obj: object
    values: dict  # {localized field: value}
    fingerprint: str
    language: str
    item: str
    owner: object = None  # the item whose versions and changes hold ``obj``: itself, or the item of a row

    @property
    def title(self):
        return german_repr(self.obj)

    @property
    def kind(self):
        return type(self.obj)._meta.verbose_name

    @property
    def fields(self):
        """The changed fields by their names in the form ("Titel [tr]")."""
        opts = type(self.obj)._meta
        labels = [str(opts.get_field(name).verbose_name) for name in self.values]
        return [label if f"[{self.language}]" in label else f"{label} [{self.language}]" for label in labels]

    @property
    def goes_to_review(self):
        return getattr(self.owner or self.obj, "status", None) == "published"


@dataclass
class ImportResult:
    language: str = ""
    problems: list = field(default_factory=list)
    changes: list = field(default_factory=list)  # [ItemChange]
    updated: list = field(default_factory=list)  # item ids saved at once (not public)
    pending: list = field(default_factory=list)  # PendingChange of live items, waiting for review
    skipped: list = field(default_factory=list)  # item ids without any target text, or nothing changed

    @property
    def ok(self):
        return not self.problems

    @property
    def languages(self):
        return sorted({change.language for change in self.changes})


def _parse(data):
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )
    tree = etree.fromstring(data, parser)
    if tree.getroottree().docinfo.doctype:
        raise etree.XMLSyntaxError("a DOCTYPE is not allowed", None, 0, 0)
    return tree


def _clean_value(model, name, unit, target):
    if is_rich_text(model, name):
        value = sanitize(read_inline(target, unit.find(_q("source"))))
        return value if value.strip() else ""
    return html.unescape(nh3.clean(read_plain(target).strip(), tags=set())).strip()


def _waiting_snapshot(owner):
    """The live item ``owner`` and its rows as an editor would see them now, with the change waiting for review;
    ``None`` when none is waiting."""
    pending = open_pending_for(owner) if getattr(owner, "status", None) == "published" else None
    if pending is None:
        return None
    return effective_snapshot(pending, live_snapshot(owner))


def _group_key(group):
    """``(model label, number)`` a ``<group>`` names, or ``None``."""
    label, _sep, pk = (group.get("id") or "").rpartition(":")
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return None
    number = ascii_int(pk)
    if number is None or model not in freshness.translated_models():
        return None
    return model, number


class _Lookups:
    """What reading one file looks up, once: the items and rows it names (a query per model), the item holding
    each row, and each item's change waiting for review; the queries do not grow with the number of rows."""

    def __init__(self, groups):
        self.wanted, self.objects, self.owners, self.waiting = {}, {}, {}, {}
        for group in groups:
            key = _group_key(group)
            if key is not None:
                self.wanted.setdefault(key[0], set()).add(key[1])

    def get(self, model, number):
        if model not in self.objects:
            self.objects[model] = model._default_manager.in_bulk(self.wanted.get(model, set()) | {number})
        obj = self.objects[model].get(number)
        return copy.copy(obj) if obj is not None else None  # the caller sets the imported values on it

    def owner(self, obj):
        return owner_of(obj, cache=self.owners) or obj

    def waiting_snapshot(self, owner):
        key = (owner._meta.label_lower, str(owner.pk))
        if key not in self.waiting:
            self.waiting[key] = _waiting_snapshot(owner)
        return self.waiting[key]


def _read_item(group, language, result, user, lookups):
    """Check one ``<group>``; return an ``ItemChange`` or ``None``."""
    item = group.get("id") or "?"
    label, _sep, pk = item.rpartition(":")
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        model = None
    number = ascii_int(pk)
    if model is None or model not in freshness.translated_models() or number is None:
        result.problems.append(Problem(item, _("unknown content type or item")))
        return None
    if user is not None and not user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
        result.problems.append(Problem(item, _("you may not change items of this kind")))
        return None
    obj = lookups.get(model, number)
    if obj is None:
        result.problems.append(Problem(item, _("this item no longer exists")))
        return None
    fingerprint = group.get(f"{{{PORTAL_NS}}}fingerprint", "")
    if fingerprint != freshness.german_fingerprint(obj):
        result.problems.append(Problem(item, _("the German text has changed since the export; export this item again")))
        return None
    fields = freshness.translatable_fields(model)
    values = {}
    problems_before = len(result.problems)
    for unit in group.iter(_q("trans-unit")):
        name = unit.get("resname") or ""
        if name not in fields:
            result.problems.append(Problem(f"{item}:{name}", _("unknown field")))
            continue
        target = unit.find(_q("target"))
        if target is None or not "".join(target.itertext()).strip():
            continue
        localized = build_localized_fieldname(name, language)
        value = _clean_value(model, name, unit, target)
        try:
            model._meta.get_field(localized).clean(value, obj)
        except ValidationError as error:
            result.problems.append(Problem(f"{item}:{name}", " ".join(error.messages)))
            continue
        values[localized] = value
    if len(result.problems) > problems_before:
        return None
    owner = lookups.owner(obj)
    waiting = lookups.waiting_snapshot(owner)
    current = None if waiting is None else waiting.get((obj._meta.label_lower, str(obj.pk)))
    if waiting is not None and current is None:
        result.problems.append(Problem(item, _("a change waiting for review deletes this row")))
        return None
    stored = current if current is not None else {name: getattr(obj, name) for name in values}
    for name, value in values.items():
        setattr(obj, name, value)
    values = {name: value for name, value in values.items() if value != stored.get(name)}
    if not values:
        result.skipped.append(item)
        return None
    if not is_translated(obj, language):
        empty = missing_fields(obj, language)  # required ones, and any other with German text
        result.problems.append(
            Problem(item, _("required fields left empty: %(fields)s") % {"fields": ", ".join(empty)})
        )
        return None
    return ItemChange(obj=obj, values=values, fingerprint=fingerprint, language=language, item=item, owner=owner)


def read_xliff(data, *, language=None, user=None):
    """Check a translated XLIFF file and say what importing it would change; nothing is changed."""
    result = ImportResult(language=language or "")
    if len(data) > MAX_BYTES:
        result.problems.append(Problem("", _("The file is too large.")))
        return result
    try:
        root = _parse(data)
    except etree.XMLSyntaxError as error:
        result.problems.append(Problem("", _("The file is not well-formed XML: %(error)s") % {"error": error}))
        return result
    if root.tag != _q("xliff") or root.get("version") != "1.2":
        result.problems.append(Problem("", _("This is not an XLIFF 1.2 file.")))
        return result
    files = root.findall(_q("file"))
    if not files:
        result.problems.append(Problem("", _("The file contains no items.")))
        return result
    lookups = _Lookups(root.iter(_q("group")))
    for file_el in files:
        file_language = file_el.get("target-language", "")
        if language and file_language != language:
            result.problems.append(
                Problem(
                    file_el.get("original", "?"),
                    _("target language is “%(found)s”, expected “%(expected)s”")
                    % {"found": file_language, "expected": language},
                )
            )
            continue
        if file_language not in freshness.target_languages():
            result.problems.append(Problem(file_el.get("original", "?"), _("unknown target language")))
            continue
        if user is not None and file_language not in editable_languages(user):
            result.problems.append(Problem(file_el.get("original", "?"), _("you do not translate into this language")))
            continue
        result.language = result.language or file_language
        for group in file_el.iter(_q("group")):
            change = _read_item(group, file_language, result, user, lookups)
            if change is not None:
                result.changes.append(change)
    if result.problems:
        result.changes = []
    return result


def _keep_for_review(owner, changes, *, user, comment):
    """The changes of a live item and its rows: on top of any change already waiting, kept for review as one."""
    obj = type(owner)._default_manager.get(pk=owner.pk)
    previous = open_pending_for(obj)
    live = live_snapshot(obj)
    wanted = effective_snapshot(previous, live) if previous is not None else live
    wanted = {key: dict(fields) for key, fields in wanted.items()}
    for change in changes:
        wanted[(change.obj._meta.label_lower, str(change.obj.pk))].update(change.values)
    base = (pending_base(previous) if previous is not None else None) or live
    return store_pending(obj, wanted, base=base, user=user, previous=previous, comment=comment)


def _by_owner(changes):
    """``[(owner, [change])]``: the changes grouped by the item that holds them, in the file's order."""
    groups = {}
    for change in changes:
        owner = change.owner or change.obj
        groups.setdefault((owner._meta.label_lower, owner.pk), (owner, []))[1].append(change)
    return list(groups.values())


def import_xliff(data, *, language=None, user=None, origin=Origin.PERSON, reviewed=False):
    """Import a translated XLIFF file; with any problem nothing is changed. Returns an ``ImportResult``.

    A live item's translation, and that of its rows, waits for review (one pending change per item),
    remembering ``origin`` and ``reviewed`` for their translation records when it goes live (``provenance``);
    any other item or row is saved now."""
    result = read_xliff(data, language=language, user=user)
    if not result.ok:
        return result
    comment = _("XLIFF import (%(language)s)") % {"language": result.language}
    with transaction.atomic():
        direct = [change for change in result.changes if not change.goes_to_review]
        owners = [owner for owner, _changes in _by_owner(direct)]  # a revision holds an item with its rows
        record_first_versions(models={type(owner) for owner in owners})
        for owner, changes in _by_owner(change for change in result.changes if change.goes_to_review):
            pending = _keep_for_review(owner, changes, user=user, comment=comment)
            snapshot = pending_snapshot(pending)
            for change in changes:
                remember_import(
                    pending, change.obj, change.language, snapshot=snapshot, origin=origin, reviewed=reviewed
                )
            result.pending.append(pending)
        for change in direct:
            obj = change.obj
            update_fields = list(change.values)
            if any(f.name == "changed_at" for f in obj._meta.get_fields()):
                update_fields.append("changed_at")
            obj.save(update_fields=update_fields)
            record_save(
                obj, list(change.values), user=user, origin=origin, reviewed=reviewed, fingerprint=change.fingerprint
            )
            result.updated.append(change.item)
        saved = [type(owner)._default_manager.get(pk=owner.pk) for owner in owners]  # with what was just saved
        record_versions(saved, comment=comment, user=user)
    return result
