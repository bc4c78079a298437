"""The services admin: every list with filters and search, forms with translated fields, inlines for hours,
and database rules shown as form errors (never a 500)."""

import re

import pytest

from services.models import HSUOffering, Office
from tests.services.factories import make_language, make_offering, make_office, make_school, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_en(admin_client_logged_in):
    """The admin in English: messages are checked as their msgids, independent of the catalogs."""
    admin_client_logged_in.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return admin_client_logged_in


MODELS = ["topic", "service", "office", "hsulanguage", "school", "hsuoffering", "hsuinformation"]


@pytest.mark.parametrize("model", MODELS)
def test_admin_changelist_add_and_search_render(admin_client_logged_in, model):
    assert admin_client_logged_in.get(f"/admin/services/{model}/").status_code == 200
    assert admin_client_logged_in.get(f"/admin/services/{model}/?q=Dortmund").status_code == 200
    assert admin_client_logged_in.get(f"/admin/services/{model}/add/").status_code == 200


def test_admin_office_form_has_translated_fields_and_hours_inline(admin_client_logged_in):
    office = make_office()
    html = admin_client_logged_in.get(f"/admin/services/office/{office.pk}/change/").content.decode()
    assert 'name="name_ar"' in html and 'dir="rtl"' in html
    assert "hours-TOTAL_FORMS" in html and "closures-TOTAL_FORMS" in html
    assert 'name="languages_spoken"' in html and 'type="checkbox"' in html


def test_admin_service_filters_by_office(admin_client_logged_in):
    office = make_office()
    make_service(offices=[office])
    make_service(slug="andere", title="Andere Leistung")
    html = admin_client_logged_in.get(f"/admin/services/service/?offices__id__exact={office.pk}").content.decode()
    assert "Beratung" in html and "Andere Leistung" not in html


def test_admin_offering_with_grades_in_wrong_order_is_a_form_error(admin_en):
    language = make_language()
    school = make_school()
    response = admin_en.post(
        "/admin/services/hsuoffering/add/",
        {"language": language.pk, "school": school.pk, "grade_from": 7, "grade_to": 3, "weekday": 2,
         "starts": "14:00", "ends": "15:30", "notes_de": ""},
    )  # fmt: skip
    assert response.status_code == 200
    assert "cannot be higher" in response.content.decode()
    assert not HSUOffering.objects.exists()


def test_admin_offering_list_filters_by_district(admin_client_logged_in):
    language = make_language()
    make_offering(language, make_school("eving", name="Schule Eving"))
    make_offering(language, make_school("mengede", name="Schule Mengede"))
    html = admin_client_logged_in.get("/admin/services/hsuoffering/?school__district=eving").content.decode()
    assert "Schule Eving" in html and "Schule Mengede" not in html


def test_admin_office_saves_languages_spoken(admin_en):
    office = make_office(hours=())
    data = {
        "name_de": "Sozialamt", "unit_de": "Sozialamt – Geflüchtete", "street": "Luisenstraße 11",
        "postcode": "44137", "city": "Dortmund", "slug": office.slug, "step_free": "no", "status": "published",
        "languages_spoken": ["de", "ar"],
        "hours-TOTAL_FORMS": "1", "hours-INITIAL_FORMS": "0",
        "hours-0-weekday": "1", "hours-0-opens": "12:00", "hours-0-closes": "08:00",
        "closures-TOTAL_FORMS": "0", "closures-INITIAL_FORMS": "0",
    }  # fmt: skip
    page = admin_en.get(f"/admin/services/office/{office.pk}/change/").content.decode()
    management = r'<input type="hidden" name="([^"]+-(?:TOTAL|INITIAL)_FORMS)"[^>]*value="(\d+)"'
    for name, value in re.findall(management, page):
        data.setdefault(name, value)  # management forms of inlines other apps add (embeds, ...)
    # the conflict token of the form as opened (a save without it is refused)
    data["workflow_token"] = re.search(r'name="workflow_token"[^>]*value="([^"]*)"', page).group(1)
    response = admin_en.post(f"/admin/services/office/{office.pk}/change/", data)
    assert response.status_code == 200  # the inline's closing time is before the opening: shown as an error
    assert "closing time must be later" in response.content.decode()
    data["hours-0-opens"], data["hours-0-closes"] = "08:00", "12:00"
    response = admin_en.post(f"/admin/services/office/{office.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    office = Office.objects.get(pk=office.pk)
    assert office.languages_spoken == ["de", "ar"] and office.hours.count() == 1
