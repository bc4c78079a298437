"""Public GET filters read strictly through forms: a bad value is ignored with the page's visible note."""

import pytest
from django.utils import translation
from django.utils.html import escape

from services.hsu_finder import read_filters
from tests.services.factories import make_hsu_information, make_language, make_offering, make_school

pytestmark = pytest.mark.django_db


@pytest.fixture
def hsu():
    information = make_hsu_information()
    turkish = make_language()
    make_offering(turkish, make_school("eving"), (1, 4))
    make_offering(turkish, make_school("hoerde"), (5, 10))
    return information


def grade_note(value, language="en"):
    with translation.override(language):
        (note,) = read_filters({"grade": value}, languages=[]).notes
    return note


@pytest.mark.parametrize("value", ["²", "٣", "३", "0", "11", "3a", "-1", "1" * 30, "\x00"])
def test_hsu_finder_ignores_a_grade_that_is_not_ascii_digits_with_a_note(client, hsu, value):
    response = client.get("/en/hsu/", {"grade": value})
    html = response.content.decode()
    assert response.status_code == 200
    assert escape(grade_note(value)) in html
    assert html.count('data-offering="') == 2  # all grades are shown


def test_hsu_finder_grade_superscript_two_in_german_and_its_print_view(client, hsu):
    response = client.get("/de/hsu/?grade=²")
    assert response.status_code == 200
    assert escape(grade_note("²", "de")) in response.content.decode()
    assert client.get("/de/hsu/print/?grade=²").status_code == 200


def test_hsu_finder_accepts_a_valid_grade_without_a_note(client, hsu):
    response = client.get("/en/hsu/", {"grade": " 7 "})
    html = response.content.decode()
    assert 'class="notice notice--warning"' not in html
    assert html.count('data-offering="') == 1


@pytest.mark.parametrize("page", ["\ufffd", "²", "kontakt", "/de/info/\nSet-Cookie: x=1", "//evil.example/"])
def test_helpful_feedback_with_a_page_that_is_not_a_path_returns_home(client, page):
    response = client.post("/de/feedback/helpful/", {"page": page, "helpful": "yes"})
    assert response.status_code == 302
    assert response["Location"].split("#")[0] == "/de/"


@pytest.mark.parametrize("value", ["²", "\x00", "x" * 10_240, "de\x00"])
def test_print_view_ignores_a_malformed_second_language_with_its_note(client, hsu, value):
    response = client.get("/en/hsu/print/", {"with": value})
    assert response.status_code == 200
    assert response.context["ignored_with"] is True
    assert response.context["bilingual"] is False


SEARCHES = [
    {"q": "Klasse", "type": "\x00"},
    {"q": "Klasse", "type": "x" * 10_240},
    {"q": "Klasse\x00", "page": "²"},
    {"q": "x" * 10_240, "type": "²", "page": "١"},
]


@pytest.mark.parametrize("params", SEARCHES)
def test_search_reads_its_parameters_through_a_form(client, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    if "type" in params:
        assert response.context["unknown_type"] is True
    assert "\x00" not in response.context["query"] and len(response.context["query"]) <= 200
