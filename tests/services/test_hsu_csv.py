"""HSU timetable CSV: spreadsheet encodings, all-or-nothing import with line numbers, formula-safe export,
and the round trip (edit one row of an export -> exactly that class changes; a fresh export equals the file)."""

import csv
import io

import pytest
from django.utils import translation

from portal.spreadsheet_cells import neutralise_formula, restore_formula
from services import hsu_csv
from services.hsu_csv import export_csv, import_csv
from services.models import HSUOffering
from tests.services.factories import make_language, make_offering, make_school

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in English (the msgids), independent of the catalogs' German wording."""
    with translation.override("en"):
        yield


@pytest.fixture
def admin_en(admin_client_logged_in):
    admin_client_logged_in.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return admin_client_logged_in


HEADER = ";".join(hsu_csv.HEADER)


@pytest.fixture
def timetable():
    turkish = make_language("turkish", "Türkisch", "Türkçe", "tr")
    greek = make_language("greek", "Griechisch", "Ελληνικά", "el")
    north = make_school("innenstadt-nord", name="Nordmarkt-Grundschule", number="100001")
    hoerde = make_school("hoerde", name="Grundschule Hörde", number="100002")
    return [
        make_offering(turkish, north, (1, 4), notes="Raum 3"),
        make_offering(turkish, hoerde, (5, 10), weekday=3, starts="15:00", ends="16:30"),
        make_offering(greek, hoerde, (1, 10), weekday=5, notes='=HYPERLINK("http://evil.example")'),
    ]


def snapshot():
    return {o.pk: (o.language_id, o.school_id, o.grade_from, o.grade_to, o.weekday, o.starts, o.ends, o.notes_de)
            for o in HSUOffering.objects.all()}  # fmt: skip


def test_export_is_utf8_with_bom_semicolons_and_crlf(timetable):
    data = export_csv()
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0] == HEADER
    assert (
        lines[1]
        == f"{timetable[0].pk};turkish;100001;Nordmarkt-Grundschule;Innenstadt-Nord;1;4;Dienstag;14:00;15:30;Raum 3"
    )
    assert "Grundschule Hörde" in text


def test_export_neutralises_formula_cells(timetable):
    rows = list(csv.reader(io.StringIO(export_csv().decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[3][-1] == '\'=HYPERLINK("http://evil.example")'
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


@pytest.mark.parametrize("value", ["=1+1", "+49", "-3", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise_and_restore_are_inverse(value):
    assert neutralise_formula(value).startswith("'")
    assert restore_formula(neutralise_formula(value)) == value
    assert restore_formula(neutralise_formula("plain")) == "plain"
    assert restore_formula("'plain") == "'plain"


def test_round_trip_edit_one_row_changes_exactly_that_offering(timetable):
    exported = export_csv()
    before = snapshot()
    text = exported.decode("utf-8-sig")
    edited_line = text.split("\r\n")[2]
    new_line = edited_line.replace(";15:00;16:30;", ";15:15;16:45;").replace(";Mittwoch;", ";Donnerstag;")
    edited = ("\ufeff" + text.replace(edited_line, new_line)).encode("utf-8")
    result = import_csv(edited)
    assert result.ok, result.errors
    assert (result.created, result.updated, result.unchanged) == (0, 1, 2)
    after = snapshot()
    changed = [pk for pk in before if before[pk] != after[pk]]
    assert changed == [timetable[1].pk]
    assert after[timetable[1].pk][4] == 4 and str(after[timetable[1].pk][5]) == "15:15:00"
    assert export_csv() == edited


def test_import_windows_1252_file_with_new_row(timetable):
    row = ";turkish;100002;;;2;4;Freitag;14.00;15.30;Bitte Hofeingang benutzen – Tür B"
    data = ("\r\n".join([HEADER, row]) + "\r\n").encode("cp1252")
    result = import_csv(data)
    assert result.ok, result.errors
    assert result.created == 1
    created = HSUOffering.objects.latest("pk")
    assert created.notes_de == "Bitte Hofeingang benutzen – Tür B" and created.weekday == 5


def test_import_utf8_without_bom_and_english_weekdays(timetable):
    data = (HEADER + "\n;greek;100001;;;3;3;friday;16:00;17:00;Ελληνικά\n").encode()
    result = import_csv(data)
    assert result.ok and result.created == 1


def test_import_with_one_bad_row_changes_nothing_and_names_the_line(timetable):
    before = snapshot()
    lines = export_csv().decode("utf-8-sig").rstrip("\r\n").split("\r\n")
    lines[1] = lines[1].replace(";Raum 3", ";Raum 4")  # a good change
    lines.append(";turkish;100001;;;1;4;Montag;14:00;15:00;neu")  # a good new row
    lines.append(";turkish;100001;;;3;12;Montag;14:00;15:00;")  # line 6: grade out of range
    data = "\r\n".join(lines).encode("utf-8")
    result = import_csv(data)
    assert not result.ok
    assert [line for line, _message in result.errors] == [6]
    assert snapshot() == before
    assert result.created == result.updated == 0


def test_import_reports_every_bad_row_with_reason(timetable):
    rows = [
        HEADER,
        f"{timetable[0].pk};klingon;100001;;;1;4;Dienstag;14:00;15:30;",  # 2 unknown language
        ";turkish;999999;;;1;4;Dienstag;14:00;15:30;",  # 3 unknown school
        ";turkish;100001;;;5;2;Dienstag;14:00;15:30;",  # 4 from > to
        ";turkish;100001;;;1;4;Funday;14:00;15:30;",  # 5 weekday
        ";turkish;100001;;;1;4;Dienstag;16:00;15:30;",  # 6 ends before starts
        ";turkish;100001;;;1;4;Dienstag;25:00;26:00;",  # 7 not a time
        "424242;turkish;100001;;;1;4;Dienstag;14:00;15:30;",  # 8 unknown id
        "abc;turkish;100001;;;1;4;Dienstag;14:00;15:30;",  # 9 id not a number
        ";turkish;100001;1;4;Dienstag",  # 10 wrong column count
        f"{timetable[0].pk};turkish;100001;;;1;4;Dienstag;14:00;15:30;",  # 11 ID twice
        "",  # blank lines are skipped
        ";turkish;100001;;;eins;4;Dienstag;14:00;15:30;",  # 13 grade not a number
    ]
    result = import_csv("\n".join(rows).encode("utf-8"))
    errors = dict(result.errors)
    assert sorted(errors) == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]
    assert "klingon" in errors[2]
    assert "999999" in errors[3]
    assert "higher" in errors[4]
    assert "Funday" in errors[5]
    assert "end after it starts" in errors[6]
    assert "25:00" in errors[7]
    assert "424242" in errors[8]
    assert "columns" in errors[10]
    assert "more than once" in errors[11]
    assert "eins" in errors[13]


def test_import_rejects_wrong_header_and_empty_file(timetable):
    assert import_csv(b"").errors[0][0] == 1
    result = import_csv(b"Sprache,Schule\nturkish,x\n")
    assert result.errors and result.errors[0][0] == 1 and "column headings" in result.errors[0][1]


def test_import_multiline_cell_keeps_physical_line_numbers(timetable):
    rows = (
        HEADER
        + '\n;turkish;100001;;;1;4;Dienstag;14:00;15:30;"zwei\nZeilen"\n;turkish;100001;;;0;4;Dienstag;14:00;15:30;\n'
    )
    result = import_csv(rows.encode())
    assert [line for line, _message in result.errors] == [4]


def test_admin_export_and_import_views(admin_client_logged_in, timetable):
    response = admin_client_logged_in.get("/admin/services/hsuoffering/export-csv/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    data = response.content
    changelist = admin_client_logged_in.get("/admin/services/hsuoffering/")
    assert b"export-csv" in changelist.content and b"import-csv" in changelist.content

    bad = data.replace(b";Raum 3", b";Raum 3").replace(b";1;4;Dienstag", b";1;40;Dienstag")
    page = admin_client_logged_in.post(
        "/admin/services/hsuoffering/import-csv/", {"file": _upload(bad)}
    ).content.decode()
    assert 'id="import-errors"' in page and "<td>2</td>" in page
    edited = data.replace(b";Raum 3", b";Raum 5")
    admin_client_logged_in.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    response = admin_client_logged_in.post(
        "/admin/services/hsuoffering/import-csv/", {"file": _upload(edited)}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/admin/services/hsuoffering/import-csv/history/"
    assert [str(m) for m in response.context["messages"]] == [
        "Import finished: 3 classes in the file; 0 new, 1 changed."
    ]
    assert HSUOffering.objects.get(pk=timetable[0].pk).notes_de == "Raum 5"
    page = response.content.decode()
    assert "Nordmarkt-Grundschule (100001) · Türkisch · Dienstag 14:00–15:30 – Hinweise: „Raum 3“ → „Raum 5“" in page


def test_import_reports_changed_classes_by_school_language_and_time_and_keeps_history(django_user_model, timetable):
    from django.contrib.admin.models import CHANGE, LogEntry
    from reversion.models import Version

    user = django_user_model.objects.create_user("planner", password="a-long-test-password", is_staff=True)
    text = export_csv().decode("utf-8-sig")
    moved = text.split("\r\n")[2]  # Türkisch at the Grundschule Hörde, Mittwoch 15:00–16:30
    edited = text.replace(moved, moved.replace(";15:00;16:30;", ";15:15;16:45;"))
    edited += ";greek;100001;;;1;4;Montag;14:00;15:30;\r\n"
    result = import_csv(edited.encode(), user=user)
    assert result.ok, result.errors
    assert [str(change) for change in result.changes] == [
        "New class: Nordmarkt-Grundschule (100001) · Griechisch · Montag 14:00–15:30",
        "Changed: Grundschule Hörde (100002) · Türkisch · Mittwoch 15:15–16:45 – Beginn: 15:00 → 15:15; "
        "Ende: 16:30 → 16:45",
    ]
    new = HSUOffering.objects.get(school__number="100001", language__slug="greek")
    for offering in (new, timetable[1]):
        version = Version.objects.get_for_object(offering).first()  # newest first
        assert version.revision.user == user
        assert "Grundschule Hörde (100002) · Türkisch · Mittwoch 15:15–16:45" in version.revision.comment
    assert version.field_dict["starts"].strftime("%H:%M") == "15:15"
    entry = LogEntry.objects.get(object_id=str(timetable[1].pk), action_flag=CHANGE)
    assert entry.user == user and "Beginn: 15:00 → 15:15" in entry.get_change_message()
    assert not Version.objects.get_for_object(timetable[0]).filter(revision=version.revision).exists()


def test_admin_import_forbidden_without_permission(client, django_user_model, timetable):
    user = django_user_model.objects.create_user("viewer", password="a-long-test-password", is_staff=True)
    client.force_login(user)
    assert client.get("/admin/services/hsuoffering/import-csv/").status_code == 403
    assert client.get("/admin/services/hsuoffering/export-csv/").status_code == 403


def _upload(data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("stundenplan.csv", data, content_type="text/csv")


def test_admin_import_refuses_an_oversized_file(admin_en):
    data = ("\ufeff" + HEADER + "\r\n" + "x" * (2 * 1024 * 1024 + 1)).encode()
    page = admin_en.post("/admin/services/hsuoffering/import-csv/", {"file": _upload(data)})
    assert page.status_code == 200 and "too large" in page.content.decode()


def test_import_of_an_unchanged_export_changes_nothing(timetable):
    before = snapshot()
    result = import_csv(export_csv())
    assert result.ok and (result.created, result.updated, result.unchanged) == (0, 0, 3)
    assert snapshot() == before
