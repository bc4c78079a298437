"""Editors' comfort: "view on site" in the editor's language, list columns for status, window, last change and
language coverage, and the change form's preview links."""

import pytest
from django.test import Client

from tests.funding.factories import berlin, english, make_call
from tests.workflow.conftest import client_for

pytestmark = pytest.mark.django_db


def test_lists_show_status_window_last_change_and_language_coverage(staff):
    make_call(
        opens_at=berlin(2027, 1, 1),
        deadline=berlin(2027, 2, 1),
        publish_from=berlin(2027, 1, 2, 8),
        **english("Call in English"),
    )
    html = client_for(Client, staff["editor"]).get("/admin/funding/fundingcall/").content.decode()
    for column in (
        "column-workflow_status",
        "column-publication_window",
        "column-language_coverage",
        "column-changed_at",
    ):
        assert column in html
    assert "2/10" in html and "de en" in html
    assert "01/02/2027" in html  # the window's start (English admin)


def test_change_form_links_view_on_site_in_the_editors_language_and_previews(staff):
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), **english("Call"))
    html = client_for(Client, staff["editor"]).get(f"/admin/funding/fundingcall/{call.pk}/change/").content.decode()
    assert f'href="/en/funding/calls/{call.slug}/"' in html  # view on site, in English like the admin
    assert f"/admin/funding/fundingcall/{call.pk}/workflow/preview/ar/" in html
    assert f"/admin/funding/fundingcall/{call.pk}/workflow/history/" in html
    assert "This item is live" in html  # an editor is told that changes wait for review
