"""Exchange with translation agencies: XLIFF 1.2 export and import.

Export: one language's missing and outdated items (published German only), one ``<file>`` per content type,
one ``<group>`` per item (carrying the fingerprint of the German source it shows), one ``<trans-unit>`` per
translatable field with a German value; context in ``<note>`` elements. Rich-text fields travel as escaped HTML
(``datatype="html"``), the rest as plain text.

Import: the file is parsed without DTDs, entities or network access; every problem (malformed file, unknown
item or field, a German source that changed since the export, a value too long, a required field left empty)
is reported item by item, and a file with any problem changes nothing. Rich text goes through the shared
sanitiser (``portal.richtext.sanitize``); plain text loses any markup.
"""

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
from portal.translation_status import SOURCE_LANGUAGE, is_translated, required_fields, value_in
from portal.translation_workflow import freshness
from portal.translation_workflow.coverage import counted_items
from portal.translation_workflow.models import Origin
from portal.workflow.versions import record_first_versions, record_versions

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
PORTAL_NS = "urn:x-mia-do-ki:translations"
NSMAP = {None: XLIFF_NS, "mdk": PORTAL_NS}
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


def export_xliff(language, *, models=None):
    """The XLIFF document (bytes) with ``language``'s missing and outdated items, and their number."""
    if language == SOURCE_LANGUAGE or language not in freshness.target_languages():
        raise ValueError(f"not a target language: {language!r}")
    root = etree.Element(_q("xliff"), nsmap=NSMAP, version="1.2")
    files = {}
    items = export_items(language, models=models)
    for obj, state in items:
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
            unit = etree.SubElement(
                group,
                _q("trans-unit"),
                id=f"{_item_id(obj)}:{name}",
                resname=name,
                datatype="html" if is_rich_text(model, name) else "plaintext",
            )
            if getattr(model_field, "max_length", None):
                unit.set("maxwidth", str(model_field.max_length))
                unit.set("size-unit", "char")
            etree.SubElement(unit, _q("source")).text = str(source)
            existing = value_in(obj, name, language) or ""
            target = etree.SubElement(unit, _q("target"))
            if existing and state == freshness.OUTDATED:
                target.text = str(existing)
                target.set("state", "needs-review-translation")
            else:
                target.set("state", "needs-translation")
            etree.SubElement(unit, _q("note")).text = f"{model_field.verbose_name} ({name})"
    document = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return document, len(items)


@dataclass
class Problem:
    item: str
    message: str

    def __str__(self):
        return f"{self.item}: {self.message}" if self.item else self.message


@dataclass
class ImportResult:
    language: str = ""
    problems: list = field(default_factory=list)
    updated: list = field(default_factory=list)  # item ids
    skipped: list = field(default_factory=list)  # item ids without any target text

    @property
    def ok(self):
        return not self.problems


def _parse(data):
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )
    tree = etree.fromstring(data, parser)
    if tree.getroottree().docinfo.doctype:
        raise etree.XMLSyntaxError("a DOCTYPE is not allowed", None, 0, 0)
    return tree


def _clean_value(model, name, text):
    text = (text or "").strip()
    if is_rich_text(model, name):
        return sanitize(text)
    return html.unescape(nh3.clean(text, tags=set())).strip()


def _read_item(group, language, result, user):
    """Check one ``<group>``; return ``(obj, {localized field: value}, fingerprint)`` or ``None``."""
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
    obj = model._default_manager.filter(pk=number).first()
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
        if target is None or not (target.text or "").strip():
            continue
        localized = build_localized_fieldname(name, language)
        value = _clean_value(model, name, target.text)
        try:
            model._meta.get_field(localized).clean(value, obj)
        except ValidationError as error:
            result.problems.append(Problem(f"{item}:{name}", " ".join(error.messages)))
            continue
        values[localized] = value
    if len(result.problems) > problems_before:
        return None
    if not values:
        result.skipped.append(item)
        return None
    for name, value in values.items():
        setattr(obj, name, value)
    if not is_translated(obj, language):
        empty = [n for n in required_fields(model) if not value_in(obj, n, language)]
        result.problems.append(
            Problem(item, _("required fields left empty: %(fields)s") % {"fields": ", ".join(empty)})
        )
        return None
    return obj, values, fingerprint


def import_xliff(data, *, language=None, user=None, origin=Origin.PERSON, reviewed=False):
    """Import a translated XLIFF file; with any problem nothing is changed. Returns an ``ImportResult``."""
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
    changes = []
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
        result.language = result.language or file_language
        for group in file_el.iter(_q("group")):
            read = _read_item(group, file_language, result, user)
            if read is not None:
                changes.append((read, file_language, group.get("id")))
    if result.problems:
        return result
    with transaction.atomic():
        record_first_versions(models={type(obj) for (obj, _values, _fingerprint), _lang, _item in changes})
        for (obj, values, fingerprint), file_language, item in changes:
            update_fields = list(values)
            if any(f.name == "changed_at" for f in obj._meta.get_fields()):
                update_fields.append("changed_at")
            obj.save(update_fields=update_fields)
            freshness.record_translation(
                obj, file_language, user=user, origin=origin, reviewed=reviewed, fingerprint=fingerprint
            )
            result.updated.append(item)
        record_versions(
            [obj for (obj, _values, _fingerprint), _lang, _item in changes],
            comment=_("XLIFF import (%(language)s)") % {"language": result.language},
            user=user,
        )
    return result
