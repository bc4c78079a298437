"""Template helpers of the services pages."""

import pytest
from django.utils import translation

from services.templatetags.services_tags import district_name, tel_href, weekday_name


@pytest.mark.parametrize(
    ("phone", "href"),
    [("0231 1234-100", "+492311234100"), ("+49 (231) 50-0", "+49231500"), ("0049 231 1", "+492311"), ("", "")],
)
def test_tel_href_builds_international_numbers(phone, href):
    assert tel_href(phone) == href


def test_weekday_and_district_names_tolerate_bad_values():
    with translation.override("en"):
        assert weekday_name(1) == "Monday"
    assert weekday_name("x") == "" and weekday_name(9) == ""
    assert district_name("hoerde") == "Hörde" and district_name("nowhere") == ""
