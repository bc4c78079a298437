"""The Masterplan in the admin: lists with filters and search, forms with translated fields."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.masterplan.factories import document, event, phase

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["phase", "event", "document"])
def test_admin_list_and_forms_render(admin_client_logged_in, model):
    p = phase()
    objects = {"phase": p, "event": event(p), "document": document(p)}
    base = f"/admin/masterplan/{model}/"
    listing = admin_client_logged_in.get(base, {"q": "a", "status__exact": "published"})
    assert listing.status_code == 200
    assert admin_client_logged_in.get(f"{base}add/").status_code == 200
    change = admin_client_logged_in.get(f"{base}{objects[model].pk}/change/")
    assert change.status_code == 200
    assert 'name="title_ar"' in change.content.decode()


def test_admin_refuses_phase_with_end_before_start(admin_client_logged_in):
    response = admin_client_logged_in.post(
        "/admin/masterplan/phase/add/",
        {
            "title_de": "Falsch",
            "slug": "falsch",
            "year_from": 2010,
            "year_to": 2008,
            "summary_de": "x",
            "order": 1,
            "status": "draft",
        },
    )
    assert response.status_code == 200
    with translation.override("de"):
        assert gettext("The end year cannot be before the start year.") in response.content.decode()
