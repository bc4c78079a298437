"""Staff imports and custom admin views turn malformed input into a message (4xx or a form error), never a 500."""

import pytest
from django.test import Client

from portal.parsing import AsciiIntegerField, ascii_int
from tests.funding.factories import berlin, make_call
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
