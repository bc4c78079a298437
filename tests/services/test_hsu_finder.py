"""The HSU finder: exactly the matching classes for language x district x grade, graceful with bad input,
a constant number of queries whatever the number of classes."""

import datetime
import itertools
import re

import lxml.html
import pytest
import time_machine
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.publication import Status
from services import hsu_finder
from services.hsu_finder import Filters, find_offerings, read_filters
from services.models import District, HSUDocument, HSUOffering
from services.opening_hours import BERLIN
from tests.portal.factories import translated
from tests.services.factories import (
    make_hsu_information,
    make_language,
    make_offering,
    make_office,
    make_pdf,
    make_school,
)

pytestmark = pytest.mark.django_db
# Interface texts are checked on /en/ pages (English msgids), independent of the catalogs' German wording.


@pytest.fixture
def timetable():
    turkish = make_language("turkish", "Türkisch", "Türkçe", "tr", name_ar="التركية")
    arabic = make_language("arabic", "Arabisch", "العربية", "ar", right_to_left=True)
    greek = make_language("greek", "Griechisch", "Ελληνικά", "el")
    hidden = make_language("hidden", "Entwurfssprache", "X", "xx", status=Status.DRAFT)
    schools = [make_school(district) for district in ("innenstadt-nord", "eving", "hoerde")]
    offerings = [
        make_offering(turkish, schools[0], (1, 4)),
        make_offering(turkish, schools[1], (5, 10), weekday=3),
        make_offering(arabic, schools[0], (1, 6), weekday=4),
        make_offering(arabic, schools[2], (3, 10)),
        make_offering(greek, schools[2], (1, 10), notes="Raum 12"),
        make_offering(hidden, schools[0], (1, 10)),
    ]
    return {"languages": [turkish, arabic, greek], "offerings": offerings, "schools": schools}


def ids_in(html):
    return set(re.findall(r'data-offering="(\d+)"', html))


def test_finder_returns_exactly_the_matches_for_every_combination(client, timetable):
    languages = [None, *timetable["languages"]]
    districts = [None, "innenstadt-nord", "eving", "hoerde", "mengede"]
    grades = [None, 1, 4, 5, 7, 10]
    for language, district, grade in itertools.product(languages, districts, grades):
        expected = HSUOffering.objects.filter(language__status=Status.PUBLISHED)
        params = {"language": "", "district": "", "grade": ""}  # as the form sends "all" (empty values)
        if language:
            expected = expected.filter(language=language)
            params["language"] = language.slug
        if district:
            expected = expected.filter(school__district=district)
            params["district"] = district
        if grade:
            expected = expected.filter(grade_from__lte=grade, grade_to__gte=grade)
            params["grade"] = grade
        html = client.get("/de/hsu/", params).content.decode()
        assert ids_in(html) == {str(pk) for pk in expected.values_list("pk", flat=True)}, params


def test_finder_lists_languages_with_their_classes_before_anything_is_chosen(client, timetable):
    """The first visit shows no class table (every class: about 1,000 elements with the demo data) but each
    language with its number of classes, linked to its classes in the finder; "all" everywhere shows every class."""
    html = client.get("/en/hsu/").content.decode()
    assert ids_in(html) == set() and 'class="hsu-school"' not in html
    assert '<p class="result-count" role="status"><strong>5 classes in Dortmund</strong></p>' in html
    overview = re.search(r'<ul class="hsu-languages".*?</ul>', html, re.S).group(0)
    items = re.findall(
        r'<li><a href="([^"]+)">([^<]+)</a>.*?class="hsu-languages__count">([^<]+)</span>', overview, re.S
    )
    assert items == [  # the published languages in their own order; a draft one is not listed
        ("/en/hsu/?language=arabic#results", "Arabisch", "2 classes"),
        ("/en/hsu/?language=greek#results", "Griechisch", "1 class"),
        ("/en/hsu/?language=turkish#results", "Türkisch", "2 classes"),
    ]
    assert "Entwurfssprache" not in html
    assert 'href="/en/hsu/?language=#results">Show all classes</a>' in html
    assert len(ids_in(client.get("/en/hsu/?language=").content.decode())) == 5


def test_finder_groups_results_by_school_and_counts(client, timetable):
    html = client.get("/en/hsu/", {"language": "arabic"}).content.decode()
    assert "2 classes found" in html
    assert html.count('class="hsu-school"') == 2
    html = client.get("/en/hsu/", {"language": "greek"}).content.decode()
    assert "1 class found" in html and "Raum 12" in html


def test_finder_draft_language_is_unknown_to_the_public(client, timetable):
    html = client.get("/en/hsu/", {"language": "hidden"}).content.decode()
    assert "Entwurfssprache" not in html
    assert "notice--warning" in html
    assert "5 classes found" in html


@pytest.mark.parametrize(
    "query",
    [
        "language=klingon",
        "district=Atlantis",
        "grade=11",
        "grade=0",
        "grade=-3",
        "grade=zwei",
        "grade=1e3",
        "language=%00%FF&district=%3Cscript%3Ealert(1)%3C/script%3E",
        "language=turkish&language=nope",
        "grade=" + "9" * 5000,
    ],
)
def test_finder_ignores_bad_values_with_a_visible_note(client, timetable, query):
    response = client.get("/de/hsu/?" + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="notice notice--warning"' in html
    assert "<script>alert" not in html


def test_finder_note_names_the_bad_value_and_keeps_the_good_filters(client, timetable):
    html = client.get("/en/hsu/", {"language": "turkish", "grade": "13"}).content.decode()
    assert "“13”" in html
    assert ids_in(html) == {str(timetable["offerings"][0].pk), str(timetable["offerings"][1].pk)}


def test_finder_empty_result_names_districts_and_contact(client, timetable):
    office = make_office(slug="schulamt", name="Schulamt", email="hsu@example.org")
    make_hsu_information(contact=office)
    html = client.get("/en/hsu/", {"language": "turkish", "district": "mengede"}).content.decode()
    assert "0 classes found" in html
    assert "No class matches your choice." in html
    assert "district=innenstadt-nord" in html and "district=eving" in html and "district=hoerde" not in html
    assert "hsu@example.org" in html


def test_finder_empty_result_without_any_class_in_language(client, timetable):
    make_language("tamil", "Tamil", "தமிழ்", "ta")
    html = client.get("/en/hsu/", {"language": "tamil"}).content.decode()
    assert "about 15 pupils" in html


def test_finder_form_works_without_javascript_and_keeps_choices(client, timetable):
    html = client.get("/de/hsu/", {"language": "arabic", "district": "hoerde", "grade": "7"}).content.decode()
    assert '<form method="get"' in html
    assert '<option value="arabic" selected>' in html
    assert '<option value="hoerde" selected>' in html
    assert '<option value="7" selected>' in html
    assert '<button type="submit">' in html


def test_finder_in_arabic_uses_translated_names_and_isolates_german_names(client, timetable):
    html = client.get("/ar/hsu/", {"language": "turkish"}).content.decode()
    assert "التركية" in html
    assert '<bdi lang="de">Grundschule' in html


def test_read_filters_is_a_pure_function_of_the_parameters(timetable):
    filters = read_filters({"language": "greek", "district": "hoerde", "grade": "3"},
                           languages=timetable["languages"])  # fmt: skip
    assert filters.language.slug == "greek" and filters.district == "hoerde" and filters.grade == 3
    assert filters.notes == []
    assert [o.pk for o in find_offerings(filters)] == [timetable["offerings"][4].pk]
    assert len(find_offerings(Filters())) == 5


def _bulk_offerings(count, languages, schools):
    HSUOffering.objects.bulk_create(
        HSUOffering(
            language=languages[n % 18], school=schools[n % len(schools)], grade_from=1 + n % 5, grade_to=10,
            weekday=1 + n % 5, starts=datetime.time(14), ends=datetime.time(15, 30),
        )
        for n in range(count)
    )  # fmt: skip


def _count_queries(client, url):
    client.get(url)  # warm the per-process caches (content types) first
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "query", ["", "?grade=3", "?language=lang-1&district=eving", "?language=lang-2&grade=1", "?district=nowhere"]
)
def test_finder_query_count_is_the_same_with_40_and_1000_classes(client, django_assert_max_num_queries, query):
    office = make_office(slug="schulamt")
    information = make_hsu_information(contact=office)
    HSUDocument.objects.create(information=information, kind="form", language="de",
                               file=ContentFile(make_pdf(), name="form.pdf"))  # fmt: skip
    languages = [make_language(f"lang-{n}", f"Sprache {n}", f"L{n}", "xx") for n in range(18)]
    schools = [make_school(district) for district in District.values for _ in range(3)]
    _bulk_offerings(40, languages, schools)
    with_40 = _count_queries(client, "/de/hsu/" + query)
    with django_assert_max_num_queries(12):
        client.get("/de/hsu/" + query)
    _bulk_offerings(960, languages, schools)
    assert HSUOffering.objects.count() == 1000
    with django_assert_max_num_queries(12):
        client.get("/de/hsu/" + query)
    with_1000 = _count_queries(client, "/de/hsu/" + query)
    assert with_40 == with_1000


def test_hsu_language_page_query_count_is_constant(client):
    language = make_language("turkish", "Türkisch", "Türkçe", "tr")
    schools = [make_school(district) for district in District.values]
    _bulk_offerings(5, [language] * 18, schools)
    few = _count_queries(client, "/de/hsu/turkish/")
    _bulk_offerings(300, [language] * 18, schools)
    assert _count_queries(client, "/de/hsu/turkish/") == few


def test_hsu_page_states_the_registration_deadline_for_the_coming_school_year(client):
    make_hsu_information()
    with time_machine.travel(datetime.datetime(2026, 11, 26, 12, tzinfo=BERLIN), tick=False):
        html = client.get("/de/hsu/").content.decode()
    assert "2027/28" in html and "15" in html and "2027" in html
    with time_machine.travel(datetime.datetime(2027, 2, 1, 12, tzinfo=BERLIN), tick=False):
        html = client.get("/de/hsu/").content.decode()
    assert "2027/28" in html
    with time_machine.travel(datetime.datetime(2027, 3, 16, 12, tzinfo=BERLIN), tick=False):
        html = client.get("/de/hsu/").content.decode()
    assert "2028/29" in html


def test_hsu_page_offers_documents_in_several_languages(client):
    information = make_hsu_information()
    for kind, language in (("form", "de"), ("form", "tr"), ("explanation", "ar")):
        HSUDocument.objects.create(information=information, kind=kind, language=language,
                                   file=ContentFile(make_pdf(), name=f"{kind}.pdf"))  # fmt: skip
    html = client.get("/de/hsu/").content.decode()
    assert html.count('type="application/pdf"') == 3
    assert 'hreflang="tr"' in html and '<span lang="ar" dir="rtl">العربية</span>' in html


def test_hsu_page_without_information_still_offers_the_finder(client, timetable):
    html = client.get("/en/hsu/").content.decode()
    assert "Find a class" in html and "5 classes in Dortmund" in html
    assert client.get("/en/hsu/print/").status_code == 404


def test_hsu_print_twin_has_the_information_not_the_finder(client, timetable, monkeypatch):
    make_hsu_information()
    finder_runs = []
    for name in ("read_filters", "find_offerings", "classes_per_language"):
        monkeypatch.setattr(hsu_finder, name, lambda *args, _name=name, **kwargs: finder_runs.append(_name))
    for query in ("", "?language=turkish&grade=3"):
        html = client.get(f"/de/hsu/print/{query}").content.decode()
        assert "Kinder der Klassen 1 bis 10." in html and "finder-form" not in html
        assert "#finder-heading" not in html
    assert finder_runs == []  # nothing is worked out for the finder it does not print


def test_hsu_finder_comes_right_after_the_introduction(client, timetable):
    make_hsu_information()
    html = client.get("/de/hsu/").content.decode()
    lead, finder = html.index('class="lead"'), html.index('class="hsu-finder"')
    assert lead < finder < html.index("Wer teilnehmen kann") < html.index('id="helpful-heading"')


def test_hsu_finder_speaks_the_page_language_on_a_german_fallback_page(client, timetable):
    make_hsu_information()  # German only: the information is shown in German on the Arabic page
    html = client.get("/ar/hsu/").content.decode()
    assert 'class="hsu-finder" aria-labelledby="finder-heading" lang="ar" dir="rtl"' in html


def test_hsu_language_page_lists_its_classes(client, timetable):
    html = client.get("/de/hsu/arabic/").content.decode()
    assert ids_in(html) == {str(timetable["offerings"][2].pk), str(timetable["offerings"][3].pk)}
    assert '<span class="endonym" lang="ar" dir="rtl">العربية</span>' in html
    assert client.get("/de/hsu/hidden/").status_code == 404
    assert client.get("/de/hsu/arabic/print/").status_code == 200


def test_hsu_language_slug_print_is_refused():
    from django.core.exceptions import ValidationError

    language = make_language("print", "Druck", "X", "xx")
    with pytest.raises(ValidationError):
        language.full_clean()


def _class_tables(html):
    """Each school's class table: (its column headings, the number of cells in each row)."""
    tree = lxml.html.fromstring(html)
    return [
        (
            [heading.text_content().strip() for heading in table.xpath("./thead//th")],
            [len(row.xpath("./td")) for row in table.xpath("./tbody/tr")],
        )
        for table in tree.xpath('//table[contains(@class, "offerings")]')
    ]


@pytest.mark.parametrize("url", ["/de/hsu/turkish/", "/de/hsu/?language=turkish"])
def test_class_table_has_no_notes_column_when_no_class_has_notes(client, timetable, url):
    tables = _class_tables(client.get(url).content.decode())
    assert len(tables) == 2
    for headings, cells in tables:
        assert translated("de", "Notes") not in headings
        assert cells == [len(headings)]  # no empty cell left over for notes either


@pytest.mark.parametrize("url", ["/de/hsu/greek/", "/de/hsu/?district=hoerde"])
def test_class_table_shows_notes_column_when_a_class_has_notes(client, timetable, url):
    html = client.get(url).content.decode()
    [(headings, cells)] = _class_tables(html)  # one school: Hörde's, where the Greek class has notes
    assert headings[-1] == translated("de", "Notes")
    assert set(cells) == {len(headings)}  # a class without notes (Arabic, in the finder) gets an empty cell
    assert "Raum 12" in html
