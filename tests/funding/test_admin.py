"""The funding admin pages open, with language tabs' fields, inlines and filters."""

import pytest

from tests.funding.factories import berlin, make_block, make_call, make_project

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1))
    block = make_block(call.programme)
    project = make_project(programme=call.programme, building_block=block)
    return {"call": call, "programme": call.programme, "project": project}


@pytest.mark.parametrize("model", ["programme", "fundingcall", "fundedproject"])
def test_admin_changelist_and_add_pages_open(admin_client_logged_in, content, model):
    assert admin_client_logged_in.get(f"/admin/funding/{model}/").status_code == 200
    assert admin_client_logged_in.get(f"/admin/funding/{model}/?q=a").status_code == 200
    assert admin_client_logged_in.get(f"/admin/funding/{model}/add/").status_code == 200


def test_admin_change_pages_show_translated_fields_and_inlines(admin_client_logged_in, content):
    html = admin_client_logged_in.get(f"/admin/funding/programme/{content['programme'].pk}/change/").content.decode()
    assert 'name="name_ar"' in html and 'name="building_blocks-0-title_de"' in html
    html = admin_client_logged_in.get(f"/admin/funding/fundingcall/{content['call'].pk}/change/").content.decode()
    assert 'name="title_uk"' in html and "documents-TOTAL_FORMS" in html
    assert (
        admin_client_logged_in.get(f"/admin/funding/fundedproject/{content['project'].pk}/change/").status_code == 200
    )
