"""Staff imports and custom admin views turn malformed input into a message (4xx or a form error), never a 500."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation

from portal.parsing import AsciiIntegerField, ascii_int
from portal.translation_workflow.xliff import XLIFF_NS
from services import hsu_csv
from services.models import HSUOffering
from tests.funding.factories import berlin, make_call
from tests.services.factories import make_language, make_offering, make_school
from tests.workflow.conftest import client_for, make_staff

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "expected"),
    [("7", 7), (" 12 ", 12), ("0", 0), ("²", None), ("١٢", None), ("-3", None), ("+3", None), ("3.0", None),
     ("", None), ("1" * 19, None), ("\x00", None), ("7\n", None), (None, None)],
)  # fmt: skip
def test_ascii_int_accepts_ascii_digits_only(value, expected):
    assert ascii_int(value) == expected


def test_ascii_int_bounds():
    assert ascii_int("10", minimum=1, maximum=10) == 10
    assert ascii_int("11", minimum=1, maximum=10) is None
    assert ascii_int("0", minimum=1) is None


def test_ascii_integer_field_refuses_other_digits_with_a_form_error():
    field = AsciiIntegerField(required=False)
    assert field.clean("42") == 42
    for value in ("²", "٤٢", "4²"):
        with pytest.raises(Exception) as raised:
            field.clean(value)
        assert raised.value.code == "invalid"


@pytest.mark.parametrize("value", ["abc", "²", "١", "1 OR 1=1", "9" * 30, "\x00"])
def test_preview_with_a_malformed_pending_id_is_not_found(django_user_model, value):
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1))
    editor = client_for(Client, make_staff(django_user_model, "editor"))
    url = f"/admin/funding/fundingcall/{call.pk}/workflow/preview/de/"
    assert editor.get(url).status_code == 200
    response = editor.get(url, {"pending": value})
    assert response.status_code == 404


# --- HSU timetable CSV import ---------------------------------------------------------------------------------
IMPORT_URL = "/admin/services/hsuoffering/import-csv/"


@pytest.fixture
def timetable():
    turkish = make_language("turkish", "Türkisch", "Türkçe", "tr")
    school = make_school("eving", number="100001")
    return make_offering(turkish, school, (1, 4), notes="Raum 3")


def timetable_keeper(django_user_model):
    """A publisher who may also change the HSU timetable (no role has that permission by itself)."""
    user = make_staff(django_user_model, "publisher")
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="services", codename__endswith="_hsuoffering")
    )
    return client_for(Client, user)


def csv_upload(*rows):
    lines = [";".join(hsu_csv.HEADER), *rows]
    return SimpleUploadedFile("stundenplan.csv", ("\r\n".join(lines) + "\r\n").encode("utf-8"))


def row(offering_id="", language="turkish", school="100001", grades=("1", "4"), weekday="Dienstag",
        times=("14:00", "15:30"), notes=""):  # fmt: skip
    return ";".join([offering_id, language, school, "", "", *grades, weekday, *times, notes])


def timetable_state():
    columns = ("pk", "language", "school", "grade_from", "grade_to", "weekday", "starts", "ends", "notes_de")
    return list(HSUOffering.objects.order_by("pk").values_list(*columns))


@pytest.mark.parametrize(
    "bad_row",
    [
        row(grades=("²", "4")),
        row(grades=("1", "٤")),
        row(offering_id="1²"),
        row(weekday="²"),
        row(times=("1²:00", "15:30")),
        row(notes="Raum\x003"),
        row(language="tur\x00kish"),
    ],
)
def test_hsu_import_reports_non_ascii_numbers_and_nul_bytes_per_line(django_user_model, timetable, bad_row):
    publisher = timetable_keeper(django_user_model)
    before = timetable_state()
    response = publisher.post(IMPORT_URL, {"file": csv_upload(row(grades=("2", "3")), bad_row)})
    assert response.status_code == 200
    errors = response.context["result"].errors
    assert [line for line, _message in errors] == [3]
    assert 'id="import-errors"' in response.content.decode()
    assert timetable_state() == before  # nothing imported, not even the good row


def test_hsu_import_refuses_a_file_with_too_many_rows_before_writing(django_user_model, timetable):
    publisher = timetable_keeper(django_user_model)
    rows = [row(notes=f"Gruppe {number}, Raum 12, Eingang über den Schulhof") for number in range(21_000)]
    upload = csv_upload(*rows)
    assert 1_900_000 < upload.size < hsu_csv_admin_limit()  # a valid 1.9 MB file: refused by its rows, quickly
    before = timetable_state()
    response = publisher.post(IMPORT_URL, {"file": upload})
    assert response.status_code == 200
    with translation.override("en"):
        expected = f"The file has more than {hsu_csv.MAX_ROWS} classes"
    (line, message), *_rest = response.context["result"].errors
    assert line == hsu_csv.MAX_ROWS + 2 and message.startswith(expected)
    assert timetable_state() == before


def hsu_csv_admin_limit():
    from services.admin import MAX_CSV_BYTES

    return MAX_CSV_BYTES


def test_hsu_import_in_batches_creates_and_updates(django_user_model, timetable):
    publisher = timetable_keeper(django_user_model)
    rows = [row(offering_id=str(timetable.pk), grades=("1", "6"))] + [row(notes=f"Gruppe {n}") for n in range(700)]
    response = publisher.post(IMPORT_URL, {"file": csv_upload(*rows)})
    assert response.status_code == 302
    assert HSUOffering.objects.count() == 701
    timetable.refresh_from_db()
    assert timetable.grade_to == 6 and timetable.notes_de == "Raum 3" or timetable.notes_de == ""
    assert HSUOffering.objects.filter(notes_de="Gruppe 699").exists()


# --- XLIFF import ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("item_id", ["translations.signlanguagevideo:²", "translations.signlanguagevideo:١",
                                     "a.b.c:1", ":", "translations.signlanguagevideo:" + "9" * 40])  # fmt: skip
def test_xliff_import_reports_an_item_id_that_is_not_a_number(django_user_model, item_id):
    user = make_staff(django_user_model, "translator")
    user.user_permissions.add(*Permission.objects.filter(codename__endswith="_translationrecord"))
    translator = client_for(Client, user)
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="{XLIFF_NS}" version="1.2">'
        '<file original="x" source-language="de" target-language="tr" datatype="html"><body>'
        f'<group id="{item_id}"><trans-unit id="{item_id}:title" resname="title"><source>a</source>'
        "<target>b</target></trans-unit></group></body></file></xliff>"
    ).encode()
    response = translator.post(
        "/admin/translations/translationrecord/xliff-import/",
        {"language": "tr", "origin": "person", "file": SimpleUploadedFile("t.xlf", document)},
    )
    assert response.status_code == 400
    problems = [str(problem) for problem in response.context["result"].problems]
    assert problems and problems[0].startswith(item_id)
