"""A change to live content waits for review: invisible on every public surface until published, visible in
the staff preview. Tested at fixed instants, including a scheduled publication window."""

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from django.test import Client

from funding.models import BuildingBlock, FundingCall, Programme
from portal.workflow.models import PendingChange, PendingState
from tests.funding.factories import berlin, make_block, make_call, make_programme
from tests.workflow.conftest import client_for, form_errors, post_form

pytestmark = pytest.mark.django_db

NOW = berlin(2027, 1, 10, 12)
NEW_WORD = "Zauberwortneu"


def admin_change_url(obj):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def workflow_url(obj, tail):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/workflow/{tail}"


def public_surfaces(call):
    """Every public place a funding call shows up: page, lists, feeds, calendars, sitemap, search."""
    return [
        f"/de/funding/calls/{call.slug}/",
        f"/en/funding/calls/{call.slug}/",
        "/de/funding/",
        "/de/funding/feed/",
        "/de/funding/deadlines.ics",
        f"/de/funding/calls/{call.slug}/deadline.ics",
        "/de/feed/",
        "/sitemap.xml",
        f"/de/search/?q={NEW_WORD}",
        f"/en/search/?q={NEW_WORD}",
    ]


def public_contents(call):
    anonymous = Client()
    return {url: anonymous.get(url).content.decode() for url in public_surfaces(call)}


@pytest.fixture
def call():
    return make_call(
        opens_at=berlin(2027, 1, 1),
        deadline=berlin(2027, 2, 1),
        title_en="Call for applications",
        summary_en="In short.",
        description_en="<p>About.</p>",
    )


def submit_pending_title(client, call):
    return post_form(
        client,
        admin_change_url(call),
        {"title_de": f"Neuer Titel {NEW_WORD}", "title_en": f"New title {NEW_WORD}", "summary_de": "Neu gesagt."},
    )


@time_machine.travel(NOW, tick=False)
def test_pending_change_invisible_on_every_public_surface_until_published(staff, call):
    before = public_contents(call)
    assert "Aufruf" in before[f"/de/funding/calls/{call.slug}/"]

    response = submit_pending_title(client_for(Client, staff["editor"]), call)
    assert response.status_code == 302, form_errors(response)

    call.refresh_from_db()
    assert NEW_WORD not in call.title_de and NEW_WORD not in call.title_en
    pending = PendingChange.objects.get(state=PendingState.PENDING)
    assert pending.author == staff["editor"] and NEW_WORD in pending.serialized
    after = public_contents(call)
    for url, content in after.items():
        if "/search/" in url:  # the search page repeats the query: no result may point to the call
            assert f"/funding/calls/{call.slug}/" not in content, url
        else:
            assert NEW_WORD not in content, url
    for url in (
        "/de/funding/feed/",
        "/de/funding/deadlines.ics",
        f"/de/funding/calls/{call.slug}/deadline.ics",
        "/sitemap.xml",
    ):
        assert after[url] == before[url], url
    assert call.title_de in after[f"/de/funding/calls/{call.slug}/"]
    assert call.title_de in after["/de/funding/"]

    publisher = client_for(Client, staff["publisher"])
    assert publisher.post(workflow_url(call, f"pending/{pending.pk}/publish/")).status_code == 302
    call.refresh_from_db()
    assert call.title_de == f"Neuer Titel {NEW_WORD}" and call.title_en == f"New title {NEW_WORD}"
    published = public_contents(call)
    assert NEW_WORD in published[f"/de/funding/calls/{call.slug}/"]
    assert NEW_WORD in published[f"/en/funding/calls/{call.slug}/"]
    assert NEW_WORD in published["/de/funding/"]
    assert NEW_WORD in published["/de/funding/feed/"]
    assert NEW_WORD in published["/de/funding/deadlines.ics"]
    assert f"/funding/calls/{call.slug}/" in published[f"/de/search/?q={NEW_WORD}"]
    pending.refresh_from_db()
    assert pending.state == PendingState.PUBLISHED and pending.decided_by == staff["publisher"]


@time_machine.travel(NOW, tick=False)
def test_pending_change_preview_shows_it_in_any_language_privately(staff, call):
    editor = client_for(Client, staff["editor"])
    submit_pending_title(editor, call)
    pending = PendingChange.objects.get()
    for language, expected in (("de", f"Neuer Titel {NEW_WORD}"), ("en", f"New title {NEW_WORD}")):
        url = workflow_url(call, f"preview/{language}/?pending={pending.pk}")
        response = editor.get(url)
        html = response.content.decode()
        assert response.status_code == 200
        assert expected in html
        assert "notice--preview" in html
        assert 'name="robots" content="noindex' in html
        assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
        assert "noindex" in response["X-Robots-Tag"]
        assert f'lang="{language}"' in html
        assert Client().get(url).status_code == 302  # never without a staff login
    call.refresh_from_db()
    assert NEW_WORD not in call.title_de  # the preview changed nothing


def test_draft_preview_and_new_items_start_as_drafts(staff, call):
    draft = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), status="draft")
    editor = client_for(Client, staff["editor"])
    response = editor.get(workflow_url(draft, "preview/de/"))
    assert response.status_code == 200 and "notice--preview" in response.content.decode()
    assert Client().get(f"/de/funding/calls/{draft.slug}/").status_code == 404
    assert FundingCall._meta.get_field("status").default == "draft"
    # an editor's save of a draft goes straight to the (non-public) row, and cannot publish it
    post_form(editor, admin_change_url(draft), {"title_de": "Entwurf geändert", "status": "published"})
    draft.refresh_from_db()
    assert draft.title_de == "Entwurf geändert" and draft.status == "draft"
    assert not PendingChange.objects.exists()


def test_pending_change_keeps_related_rows_and_publishes_them(staff):
    with time_machine.travel(NOW, tick=False):
        programme = make_programme(name_en="Programme", summary_en="Short.", purpose_en="<p>Why.</p>")
        make_block(programme, "A")
        editor = client_for(Client, staff["editor"])
        url = admin_change_url(programme)
        page = editor.get(url).content.decode()
        response = post_form(
            editor,
            url,
            {
                "building_blocks-0-title_de": f"Baustein A {NEW_WORD}",
                "building_blocks-TOTAL_FORMS": "2",
                "building_blocks-1-code": "B",
                "building_blocks-1-title_de": f"Neuer Baustein {NEW_WORD}",
                "building_blocks-1-description_de": "",
                "building_blocks-1-max_amount": "",
                "building_blocks-1-id": "",
                "building_blocks-1-programme": str(programme.pk),
            },
            page_html=page,
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        assert list(BuildingBlock.objects.values_list("code", "title_de")) == [("A", "Baustein A")]
        public = Client().get(f"/de/funding/programmes/{programme.slug}/").content.decode()
        assert NEW_WORD not in public
        pending = PendingChange.objects.get()
        preview = editor.get(workflow_url(programme, f"preview/de/?pending={pending.pk}")).content.decode()
        assert f"Neuer Baustein {NEW_WORD}" in preview and f"Baustein A {NEW_WORD}" in preview
        assert BuildingBlock.objects.count() == 1  # the preview rolled back

    with time_machine.travel(berlin(2027, 1, 11, 9), tick=False):
        client_for(Client, staff["publisher"]).post(workflow_url(programme, f"pending/{pending.pk}/publish/"))
        assert sorted(BuildingBlock.objects.values_list("code", "title_de")) == [
            ("A", f"Baustein A {NEW_WORD}"),
            ("B", f"Neuer Baustein {NEW_WORD}"),
        ]
        assert (
            f"Neuer Baustein {NEW_WORD}" in Client().get(f"/de/funding/programmes/{programme.slug}/").content.decode()
        )


def test_pending_change_in_a_scheduled_window_at_fixed_instants(staff):
    window_start, window_end = berlin(2027, 3, 1, 8), berlin(2027, 3, 31, 18)
    with time_machine.travel(berlin(2027, 2, 20, 10), tick=False):
        programme = make_programme(publish_from=window_start, publish_until=window_end)
        detail = f"/de/funding/programmes/{programme.slug}/"
        assert Client().get(detail).status_code == 404  # scheduled, not yet public
        editor = client_for(Client, staff["editor"])
        post_form(editor, admin_change_url(programme), {"name_de": f"Programm {NEW_WORD}"})
        pending = PendingChange.objects.get()  # scheduled = published status: the change waits for review
        assert Client().get(detail).status_code == 404
        preview = editor.get(workflow_url(programme, f"preview/de/?pending={pending.pk}"))
        assert preview.status_code == 200 and f"Programm {NEW_WORD}" in preview.content.decode()
        changelist = editor.get("/admin/funding/programme/").content.decode()
        assert "change waiting for review" in changelist and "03/01/2027" in changelist

    with time_machine.travel(berlin(2027, 3, 10, 10), tick=False):
        public = Client().get(detail)
        assert public.status_code == 200 and NEW_WORD not in public.content.decode()
        assert NEW_WORD not in Client().get("/de/funding/").content.decode()
        client_for(Client, staff["publisher"]).post(workflow_url(programme, f"pending/{pending.pk}/publish/"))
        assert f"Programm {NEW_WORD}" in Client().get(detail).content.decode()

    with time_machine.travel(berlin(2027, 4, 1, 10), tick=False):
        assert Client().get(detail).status_code == 404  # the window closed
        programme.refresh_from_db()
        assert programme.name_de == f"Programm {NEW_WORD}"


@time_machine.travel(NOW, tick=False)
def test_publisher_and_superuser_save_live_content_directly(staff, call, staff_user):
    admin_client_logged_in = client_for(Client, staff_user)  # logged in at the frozen instant
    post_form(client_for(Client, staff["publisher"]), admin_change_url(call), {"title_de": "Direkt geändert"})
    call.refresh_from_db()
    assert call.title_de == "Direkt geändert"
    post_form(admin_client_logged_in, admin_change_url(call), {"title_de": "Vom Admin geändert"})
    call.refresh_from_db()
    assert call.title_de == "Vom Admin geändert"
    assert not PendingChange.objects.exists()


@time_machine.travel(NOW, tick=False)
def test_pending_change_discarded_and_stale_change_refused(staff, call):
    editor, publisher = client_for(Client, staff["editor"]), client_for(Client, staff["publisher"])
    submit_pending_title(editor, call)
    first = PendingChange.objects.get()
    publisher.post(workflow_url(call, f"pending/{first.pk}/discard/"))
    first.refresh_from_db()
    assert first.state == PendingState.DISCARDED

    submit_pending_title(editor, call)
    second = PendingChange.objects.get(state=PendingState.PENDING)
    with time_machine.travel(berlin(2027, 1, 10, 13), tick=False):
        post_form(publisher, admin_change_url(call), {"summary_de": "Vom Herausgeber direkt geändert."})
        response = publisher.post(workflow_url(call, f"pending/{second.pk}/publish/"), follow=True)
    assert "changed after this change was made" in response.content.decode()
    call.refresh_from_db()
    assert NEW_WORD not in call.title_de and call.summary_de == "Vom Herausgeber direkt geändert."
    assert ContentType.objects.get_for_model(Programme)  # content types exist for the review queue
    queue = client_for(Client, staff["publisher"]).get("/admin/workflow/pendingchange/", follow=True)
    assert queue.status_code == 200 and queue.redirect_chain[-1][0].endswith("?state__exact=pending")
