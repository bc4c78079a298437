"""The coverage page's numbers equal a fixture with known counts."""

import re

import pytest
from django.urls import reverse

from portal.publication import Status
from portal.translation_workflow import freshness
from portal.translation_workflow.coverage import coverage
from portal.translation_workflow.models import SignLanguageVideo
from tests.translation_workflow.conftest import make_video

pytestmark = pytest.mark.django_db

# language -> (up to date, outdated, missing) for the published videos of ``known_videos``
EXPECTED = {
    "tr": (1, 2, 1),
    "en": (2, 0, 2),
    "uk": (0, 0, 4),
    "ar": (0, 1, 3),
}


@pytest.fixture
def known_videos():
    first = make_video(translations=["tr", "en"])
    freshness.record_translation(first, "tr")
    freshness.record_translation(first, "en")
    second = make_video(translations=["tr"])
    freshness.record_translation(second, "tr")
    second.description_de = "<p>Die Beschreibung wurde überarbeitet.</p>"
    second.save()  # tr outdated now
    third = make_video(translations=["tr", "en", "ar"])  # tr and ar without a record: outdated
    freshness.record_translation(third, "en")
    make_video(status=Status.DRAFT, translations=["tr", "en", "uk"])  # drafts are not counted
    make_video(status=Status.ARCHIVED, translations=["uk"])
    make_video()  # nothing translated
    return SignLanguageVideo


def test_coverage_counts_equal_fixture(known_videos):
    rows, totals = coverage(models=[known_videos])
    (row,) = rows
    for language, (up, outdated, missing) in EXPECTED.items():
        assert row.cells[language].as_dict() == {"up_to_date": up, "outdated": outdated, "missing": missing}
        assert totals[language].total == 4
    assert set(row.cells) == set(freshness.target_languages())


def test_coverage_queries_do_not_grow_with_items(known_videos, django_assert_max_num_queries):
    coverage(models=[known_videos])
    with django_assert_max_num_queries(2):
        coverage(models=[known_videos])
    for _ in range(10):
        make_video(translations=["tr"])
    with django_assert_max_num_queries(2):
        coverage(models=[known_videos])


def test_coverage_page_shows_fixture_counts_table_and_chart(known_videos, admin_client_logged_in):
    response = admin_client_logged_in.get(reverse("admin:translations_coverage"))
    assert response.status_code == 200
    html = response.content.decode()
    row = re.search(r'<tr data-model="translations.signlanguagevideo">(.*?)</tr>', html, re.S).group(1)
    for language, (up, outdated, missing) in EXPECTED.items():
        cell = re.search(rf'<td data-language="{language}">(.*?)</td>', row, re.S).group(1)
        numbers = [int(n) for n in re.findall(r">(\d+)<", cell)]
        assert numbers == [up, outdated, missing], (language, cell)
    assert '<svg class="coverage-chart" role="img"' in html
    assert "<rect" in html
    assert "?outdated_in=tr" in html and "?missing_in=uk" in html
    assert "<script" not in html.split('id="content-main"')[1]


def test_coverage_page_requires_staff(client):
    response = client.get(reverse("admin:translations_coverage"))
    assert response.status_code == 302
