"""HSU timetable as CSV: export for a spreadsheet, import all-or-nothing (admin views in services/admin.py).

Format (what a spreadsheet in Germany reads and writes): ``;`` as separator, UTF-8 with BOM on export;
import accepts UTF-8 (with or without BOM) or Windows-1252. One row per class:

    ID;Sprache;Schulnummer;Schule;Stadtbezirk;von Klasse;bis Klasse;Wochentag;Beginn;Ende;Hinweise

* ``ID`` empty: a new class; otherwise the class with that ID is updated. Classes missing from the file stay.
* ``Sprache`` is the HSU language's slug (``turkish``) or German name; ``Schulnummer`` finds the school.
  ``Schule`` and ``Stadtbezirk`` are there for reading and are not imported.
* ``Wochentag``: Montag … Sonntag (also English names or 1–7); ``Beginn``/``Ende``: 14:00 (or 14.00).
* ``Hinweise``: the German notes.

Every bad row is reported with its line number and the reasons; if any row is bad, nothing is changed. An import
that changes anything keeps history: one django-reversion revision holding every new and changed class, whose
comment is the import's report (each class by school, language and time, with what changed), and an entry in each
changed class's admin history.
Numbers are ASCII digits only (``²`` or ``٣`` is a mistake, not a number); a cell with a control character (a
NUL byte, for instance) is a mistake. A file of more than ``MAX_ROWS`` classes is refused before anything is
read into the database; up to that, rows are checked without a query each and written in batches.
Cells starting with ``=``, ``+``, ``-``, ``@`` (or tab/carriage return) are exported with a leading ``'`` so a
spreadsheet does not run them as formulas; the import removes that ``'`` again.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from portal.parsing import ascii_int
from portal.render_cache import content_changed
from portal.spreadsheet_cells import neutralise_formula, restore_formula, spreadsheet_writer
from portal.workflow.versions import record_revision, unversioned
from services.models import HSULanguage, HSUOffering, School

HEADER = [
    "ID", "Sprache", "Schulnummer", "Schule", "Stadtbezirk", "von Klasse", "bis Klasse", "Wochentag", "Beginn",
    "Ende", "Hinweise",
]  # fmt: skip
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SAVED_FIELDS = ["language", "school", "grade_from", "grade_to", "weekday", "starts", "ends", "notes", "notes_de"]
IMPORTED_FIELDS = ("language_id", "school_id", "grade_from", "grade_to", "weekday", "starts", "ends", "notes_de")
MAX_ROWS = 3000  # Dortmund's timetable has a few hundred classes
BATCH_SIZE = 500
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def export_rows(offerings=None):
    offerings = offerings if offerings is not None else HSUOffering.objects.all()
    yield HEADER
    for offering in offerings.select_related("language", "school").order_by("pk"):
        yield [
            str(offering.pk),
            offering.language.slug,
            offering.school.number,
            offering.school.name,
            offering.school.get_district_display(),
            str(offering.grade_from),
            str(offering.grade_to),
            WEEKDAYS_DE[offering.weekday - 1],
            offering.starts.strftime("%H:%M"),
            offering.ends.strftime("%H:%M"),
            offering.notes_de or "",
        ]


def export_csv(offerings=None):
    """The timetable as bytes: UTF-8 with BOM, ``;``-separated, CRLF line ends, formula-safe cells."""
    output, writer = spreadsheet_writer()
    for row in export_rows(offerings):
        writer.writerow([neutralise_formula(cell) for cell in row])
    return output.getvalue().encode("utf-8")


def decode(data):
    """Text of an uploaded file: UTF-8 (BOM optional) or else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="strict")


@dataclass
class ClassChange:
    """One class the import added or changed, named by school, language and time."""

    offering: object
    school: str
    language: str
    time: str
    changes: list = field(default_factory=list)  # [(column, before, after)]; empty for a new class

    @property
    def new(self):
        return not self.changes

    def __str__(self):
        where = f"{self.school} · {self.language} · {self.time}"
        if self.new:
            return _("New class: %(class)s") % {"class": where}
        what = "; ".join(f"{column}: {before} → {after}" for column, before, after in self.changes)
        return _("Changed: %(class)s – %(what)s") % {"class": where, "what": what}


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)  # [(line number, message)]
    changes: list = field(default_factory=list)  # [ClassChange], new classes first, each by school and time

    @property
    def ok(self):
        return not self.errors


class RowError(Exception):
    pass


def _weekday(value):
    text = value.strip().lower()
    number = ascii_int(text, minimum=1, maximum=7)
    if number is not None:
        return number
    for names in (WEEKDAYS_DE, WEEKDAYS_EN):
        lowered = [name.lower() for name in names]
        if text in lowered:
            return lowered.index(text) + 1
    raise RowError(_("“%(value)s” is not a weekday (Montag … Sonntag).") % {"value": value})


def _time(value, label):
    match = re.fullmatch(r"\s*([0-9]{1,2})[:.]([0-9]{2})(?::[0-9]{2})?\s*", value)
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return datetime.time(int(match[1]), int(match[2]))
    raise RowError(_("%(column)s: “%(value)s” is not a time like 14:00.") % {"column": label, "value": value})


def _grade(value, label):
    number = ascii_int(value.strip(), maximum=99)
    if number is not None:
        return number
    raise RowError(_("%(column)s: “%(value)s” is not a whole number.") % {"column": label, "value": value})


class _Importer:
    def __init__(self):
        self.languages = {}
        for language in HSULanguage.objects.all():
            self.languages[language.slug.lower()] = language
            self.languages.setdefault((language.name_de or "").lower(), language)
        self.schools = {school.number: school for school in School.objects.all()}
        self.language_names = {language.pk: language.name_de or language.slug for language in self.languages.values()}
        self.school_names = {school.pk: f"{school.name} ({school.number})" for school in self.schools.values()}
        self.existing = {offering.pk: offering for offering in HSUOffering.objects.all()}
        self.seen_ids = set()

    def build(self, cells):
        """An unsaved offering (new or existing) carrying the row's values, or RowError with every reason."""
        cells = dict(zip(HEADER, cells, strict=True))
        reasons = []
        if any(CONTROL_CHARACTERS.search(cell) for cell in cells.values()):
            raise RowError(_("The line contains a control character (such as a NUL byte). Save the file again."))

        def attempt(function, *args):
            try:
                return function(*args)
            except RowError as error:
                reasons.append(str(error))
                return None

        offering = attempt(self._offering, cells["ID"].strip())
        language = self.languages.get(cells["Sprache"].strip().lower())
        if language is None:
            reasons.append(_("Unknown language “%(value)s”.") % {"value": cells["Sprache"]})
        school = self.schools.get(cells["Schulnummer"].strip())
        if school is None:
            reasons.append(_("No school with the number “%(value)s”.") % {"value": cells["Schulnummer"]})
        values = {
            "grade_from": attempt(_grade, cells["von Klasse"], "von Klasse"),
            "grade_to": attempt(_grade, cells["bis Klasse"], "bis Klasse"),
            "weekday": attempt(_weekday, cells["Wochentag"]),
            "starts": attempt(_time, cells["Beginn"], "Beginn"),
            "ends": attempt(_time, cells["Ende"], "Ende"),
        }
        if reasons:
            raise RowError(" ".join(reasons))
        offering = offering or HSUOffering()
        before = _snapshot(offering) if offering.pk else None
        offering.language, offering.school = language, school
        for name, value in values.items():
            setattr(offering, name, value)
        offering.notes_de = cells["Hinweise"].strip()
        try:  # language and school come from the database already: no query per row for them
            offering.full_clean(exclude=["language", "school"], validate_unique=False)
        except ValidationError as error:
            raise RowError(_describe(error)) from error
        return offering, before

    def _offering(self, raw_id):
        if not raw_id:
            return None
        number = ascii_int(raw_id)
        if number is None:
            raise RowError(_("ID “%(value)s” is not a number (leave it empty for a new class).") % {"value": raw_id})
        if number in self.seen_ids:
            raise RowError(_("ID %(value)s appears more than once in the file.") % {"value": raw_id})
        self.seen_ids.add(number)
        offering = self.existing.get(number)
        if offering is None:
            raise RowError(
                _("There is no class with ID %(value)s (leave the ID empty for a new class).") % {"value": raw_id}
            )
        return offering


def _describe(error):
    parts = []
    for name, messages in error.message_dict.items():
        if name == "__all__":
            parts.extend(messages)
        else:
            label = HSUOffering._meta.get_field(name).verbose_name
            parts.extend(f"{label}: {message}" for message in messages)
    return " ".join(parts)


def _time_of(weekday, starts, ends):
    return f"{WEEKDAYS_DE[weekday - 1]} {starts:%H:%M}–{ends:%H:%M}"


def _describe_change(importer, offering, before):
    """The class as it is after the import, and (for a changed class) each column that changed."""
    change = ClassChange(
        offering=offering,
        school=importer.school_names.get(offering.school_id, "?"),
        language=importer.language_names.get(offering.language_id, "?"),
        time=_time_of(offering.weekday, offering.starts, offering.ends),
    )
    if before is None:
        return change
    old = dict(zip(IMPORTED_FIELDS, before, strict=True))
    new = dict(zip(IMPORTED_FIELDS, _snapshot(offering), strict=True))
    shown = {
        "language_id": ("Sprache", importer.language_names.get),
        "school_id": ("Schule", importer.school_names.get),
        "grade_from": ("von Klasse", str),
        "grade_to": ("bis Klasse", str),
        "weekday": ("Wochentag", lambda day: WEEKDAYS_DE[day - 1]),
        "starts": ("Beginn", lambda time: f"{time:%H:%M}"),
        "ends": ("Ende", lambda time: f"{time:%H:%M}"),
        "notes_de": ("Hinweise", lambda text: f"„{text}“" if text else "—"),
    }
    for name in IMPORTED_FIELDS:
        if old[name] != new[name]:
            column, show = shown[name]
            change.changes.append((column, show(old[name]), show(new[name])))
    return change


def report(result):
    """The import's report as text: a summary line, then one line per new or changed class."""
    lines = [
        _("HSU timetable import: %(created)d new, %(updated)d changed, %(unchanged)d unchanged.")
        % {"created": result.created, "updated": result.updated, "unchanged": result.unchanged}
    ]
    lines += [str(change) for change in result.changes]
    return "\n".join(lines)


def _log_changes(result, user):
    """An entry in each new or changed class's admin history, naming the columns the import changed."""
    from django.contrib.admin.models import ADDITION, CHANGE, LogEntry

    if user is None or not user.is_authenticated:
        return
    added = [change.offering for change in result.changes if change.new and change.offering.pk is not None]
    if added:
        LogEntry.objects.log_actions(user.pk, added, ADDITION, change_message=_("HSU timetable import"))
    for change in result.changes:
        if not change.new:
            what = "; ".join(f"{column}: {old} → {new}" for column, old, new in change.changes)
            message = _("HSU timetable import: %(what)s") % {"what": what}
            LogEntry.objects.log_actions(user.pk, [change.offering], CHANGE, change_message=message, single_object=True)


def _snapshot(offering):
    """The imported values of ``offering`` (an empty note may be stored as NULL or as '')."""
    return tuple(getattr(offering, name) or "" if name == "notes_de" else getattr(offering, name)
                 for name in IMPORTED_FIELDS)  # fmt: skip


def import_csv(data, *, user=None):
    """Import the timetable in ``data`` (bytes). All or nothing: any bad row leaves the database unchanged.

    ``user`` is named in the history (the revision and each class's admin history)."""
    result = ImportResult()
    try:
        text = decode(data)
    except UnicodeDecodeError:
        result.errors.append((1, _("The file is neither UTF-8 nor Windows-1252 text.")))
        return result
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    try:
        header = [restore_formula(cell).strip() for cell in next(reader)]
    except StopIteration:
        result.errors.append((1, _("The file is empty.")))
        return result
    except csv.Error as error:
        result.errors.append((1, str(error)))
        return result
    if header != HEADER:
        result.errors.append(
            (1, _("The first line must be the column headings: %(header)s") % {"header": ";".join(HEADER)})
        )
        return result
    importer = _Importer()
    new, changed = [], []
    rows = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            result.errors.append((reader.line_num, str(error)))
            break
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        rows += 1
        if rows > MAX_ROWS:
            result.errors.append(
                (line, _("The file has more than %(count)d classes. Please split it into several files.")
                 % {"count": MAX_ROWS})
            )  # fmt: skip
            break
        if len(cells) != len(HEADER):
            result.errors.append(
                (line, _("%(found)d columns instead of %(expected)d. Is “;” the separator?")
                 % {"found": len(cells), "expected": len(HEADER)})
            )  # fmt: skip
            continue
        try:
            offering, before = importer.build([restore_formula(cell) for cell in cells])
        except RowError as error:
            result.errors.append((line, str(error)))
            continue
        if before is None:
            new.append(offering)
            result.changes.append(_describe_change(importer, offering, None))
        elif before == _snapshot(offering):
            result.unchanged += 1
        else:
            changed.append(offering)
            result.changes.append(_describe_change(importer, offering, before))
    if result.errors:
        result.unchanged = 0
        result.changes = []
        return result
    result.created, result.updated = len(new), len(changed)
    result.changes.sort(key=lambda change: (not change.new, change.school, change.language, change.time))
    try:
        with transaction.atomic():
            record_revision(unversioned(HSUOffering), comment=_("HSU timetable before an import"), user=user)
            HSUOffering.objects.bulk_create(new, batch_size=BATCH_SIZE)
            HSUOffering.objects.bulk_update(changed, SAVED_FIELDS, batch_size=BATCH_SIZE)
            content_changed()
            if new or changed:
                record_revision([*new, *changed], comment=report(result), user=user)
                _log_changes(result, user)
    except IntegrityError as error:
        result.errors.append((1, str(error)))
        result.unchanged, result.created, result.updated, result.changes = 0, 0, 0, []
        return result
    return result
