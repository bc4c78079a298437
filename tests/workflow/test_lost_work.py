"""No work is ever lost: each path ends with every person's change present, or explicitly refused and shown."""

import json

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from lxml import html as lxml_html

from funding.models import Programme
from portal.workflow.models import PendingChange, PendingState
from portal.workflow.pending import pending_snapshot
from tests.funding.factories import make_block, make_programme
from tests.workflow.conftest import PASSWORD, client_for, form_data, form_errors

pytestmark = pytest.mark.django_db


def change_url(obj):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def open_form(client, obj):
    return form_data(client.get(change_url(obj)).content.decode())


def save(client, obj, data, **changes):
    return client.post(change_url(obj), {**data, **{name: [value] for name, value in changes.items()}})


def pending_fields(programme):
    """The programme's fields in the change waiting for review."""
    snapshot = pending_snapshot(PendingChange.objects.open().get())
    return snapshot[("funding.programme", str(programme.pk))]


def second_editor(django_user_model):
    user = django_user_model.objects.create_user(username="editor-two", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="editor"))
    return user


def conflict_choices(response):
    """The radio groups of the side-by-side conflict table of a refused form."""
    tree = lxml_html.fromstring(response.content.decode())
    return sorted(set(tree.xpath("//div[contains(@class, 'workflow-conflicts')]//input[@type='radio']/@name")))


def test_same_editor_twice_edits_the_waiting_change_and_the_publisher_reviews_one(staff):
    programme = make_programme()
    editor = client_for(Client, staff["editor"])
    old_tab = open_form(editor, programme)  # a second tab, opened before the first save
    assert save(editor, programme, open_form(editor, programme), name_de="Name vom ersten Mal").status_code == 302
    first = PendingChange.objects.open().get()

    reopened = editor.get(change_url(programme)).content.decode()
    assert 'value="Name vom ersten Mal"' in reopened  # the form shows the waiting change, not the live item
    response = save(editor, programme, form_data(reopened), summary_de="Kurzfassung vom zweiten Mal")
    assert response.status_code == 302, form_errors(response)
    response = save(editor, programme, old_tab, purpose_de="<p>Zweck aus dem alten Tab.</p>")
    assert response.status_code == 302, form_errors(response)

    fields = pending_fields(programme)
    assert fields["name_de"] == "Name vom ersten Mal"
    assert fields["summary_de"] == "Kurzfassung vom zweiten Mal"
    assert fields["purpose_de"] == "<p>Zweck aus dem alten Tab.</p>"
    first.refresh_from_db()
    assert first.state == PendingState.SUPERSEDED
    assert PendingChange.objects.open().count() == 1
    programme.refresh_from_db()
    assert programme.name_de != "Name vom ersten Mal"  # still not live

    publisher = client_for(Client, staff["publisher"])
    combined = PendingChange.objects.open().get()
    url = f"/admin/funding/programme/{programme.pk}/workflow/pending/{combined.pk}/publish/"
    assert publisher.post(url).status_code == 302
    programme.refresh_from_db()
    assert (programme.name_de, programme.summary_de) == ("Name vom ersten Mal", "Kurzfassung vom zweiten Mal")
    assert programme.purpose_de == "<p>Zweck aus dem alten Tab.</p>"


def test_two_editors_merge_and_a_field_both_changed_is_chosen_side_by_side(staff, django_user_model):
    programme = make_programme()
    one, two = client_for(Client, staff["editor"]), client_for(Client, second_editor(django_user_model))
    form_one, form_two = open_form(one, programme), open_form(two, programme)
    assert save(one, programme, form_one, name_de="Name von eins", summary_de="Kurz von eins").status_code == 302
    merged = save(two, programme, form_two, purpose_de="<p>Zweck von zwei.</p>")
    assert merged.status_code == 302, form_errors(merged)
    fields = pending_fields(programme)
    assert (fields["name_de"], fields["summary_de"]) == ("Name von eins", "Kurz von eins")
    assert fields["purpose_de"] == "<p>Zweck von zwei.</p>"

    form_one, form_two = open_form(one, programme), open_form(two, programme)
    assert save(one, programme, form_one, name_de="Zweiter Name von eins").status_code == 302
    refused = save(two, programme, form_two, name_de="Name von zwei", summary_de="Kurz von zwei")
    assert refused.status_code == 409
    html = refused.content.decode()
    assert "Zweiter Name von eins" in html and "Name von zwei" in html  # side by side
    assert pending_fields(programme)["name_de"] == "Zweiter Name von eins"  # nothing saved by the refusal
    (choice,) = conflict_choices(refused)

    again = form_data(html)
    assert save(two, programme, again).status_code == 409  # no choice made: refused again
    again[choice] = ["theirs"]
    response = save(two, programme, again)
    assert response.status_code == 302, form_errors(response)
    fields = pending_fields(programme)
    assert fields["name_de"] == "Zweiter Name von eins"  # chosen
    assert fields["summary_de"] == "Kurz von zwei"  # the rest of two's input
    assert fields["purpose_de"] == "<p>Zweck von zwei.</p>"


def test_publisher_and_superuser_saving_live_keep_each_others_fields(staff, staff_user):
    programme = make_programme()
    publisher, superuser = client_for(Client, staff["publisher"]), client_for(Client, staff_user)
    form_publisher, form_superuser = open_form(publisher, programme), open_form(superuser, programme)
    assert save(publisher, programme, form_publisher, name_de="Vom Herausgeber", summary_de="P").status_code == 302
    refused = save(superuser, programme, form_superuser, summary_de="S", purpose_de="<p>Vom Admin.</p>")
    assert refused.status_code == 409
    programme.refresh_from_db()
    assert (programme.name_de, programme.summary_de) == ("Vom Herausgeber", "P")

    again = form_data(refused.content.decode())
    assert again["name_de"] != ["Vom Herausgeber"]  # the form still holds the superuser's own input ...
    (choice,) = conflict_choices(refused)
    again[choice] = ["mine"]
    assert save(superuser, programme, again).status_code == 302
    programme.refresh_from_db()
    assert programme.name_de == "Vom Herausgeber"  # ... and saving it does not revert the publisher's field
    assert programme.summary_de == "S"
    assert programme.purpose_de == "<p>Vom Admin.</p>"
    assert not PendingChange.objects.exists()


def test_post_without_or_with_a_forged_token_is_refused_and_keeps_the_input(staff):
    programme = make_programme()
    publisher = client_for(Client, staff["publisher"])
    for token in (None, "forged:token"):
        data = open_form(publisher, programme)
        if token is None:
            del data["workflow_token"]
        else:
            data["workflow_token"] = [token]
        refused = save(publisher, programme, data, name_de="Ohne gültiges Token")
        assert refused.status_code == 400
        tree = lxml_html.fromstring(refused.content.decode())
        assert tree.xpath("//input[@name='name_de']/@value") == ["Ohne gültiges Token"]
        programme.refresh_from_db()
        assert programme.name_de != "Ohne gültiges Token"
    assert save(publisher, programme, form_data(refused.content.decode())).status_code == 302
    programme.refresh_from_db()
    assert programme.name_de == "Ohne gültiges Token"


def test_editor_deletes_a_row_inside_a_live_page_through_review(staff):
    programme = make_programme()
    make_block(programme, "A")
    make_block(programme, "B")
    editor = client_for(Client, staff["editor"])
    page = editor.get(change_url(programme)).content.decode()
    assert 'name="building_blocks-1-DELETE"' in page  # editors may delete rows inside a page
    response = save(editor, programme, form_data(page), **{"building_blocks-1-DELETE": "on"})
    assert response.status_code == 302, form_errors(response)
    assert sorted(programme.building_blocks.values_list("code", flat=True)) == ["A", "B"]  # live: unchanged
    pending = PendingChange.objects.open().get()
    rows = [row for row in json.loads(pending.serialized) if row["model"] == "funding.buildingblock"]
    assert [row["fields"]["code"] for row in rows] == ["A"]
    publisher = client_for(Client, staff["publisher"])
    publisher.post(f"/admin/funding/programme/{programme.pk}/workflow/pending/{pending.pk}/publish/")
    assert list(programme.building_blocks.values_list("code", flat=True)) == ["A"]

    draft = make_programme(status="draft")
    make_block(draft, "C")
    response = save(editor, draft, open_form(editor, draft), **{"building_blocks-0-DELETE": "on"})
    assert response.status_code == 302 and not draft.building_blocks.exists()  # a draft changes directly
    assert editor.get(f"/admin/funding/programme/{draft.pk}/delete/").status_code == 403  # whole items: no


def test_publishing_merges_with_a_live_change_and_asks_where_both_changed(staff):
    programme = make_programme()
    editor, publisher = client_for(Client, staff["editor"]), client_for(Client, staff["publisher"])
    save(editor, programme, open_form(editor, programme), name_de="Name im Vorschlag", summary_de="Vorschlag")
    save(publisher, programme, open_form(publisher, programme), purpose_de="<p>Live.</p>", summary_de="Live")
    pending = PendingChange.objects.open().get()
    history = f"/admin/funding/programme/{programme.pk}/workflow/history/"
    page = publisher.get(history).content.decode()
    assert "Vorschlag" in page and "workflow_keep|funding.programme" in page
    publish = f"/admin/funding/programme/{programme.pk}/workflow/pending/{pending.pk}/publish/"
    publisher.post(publish)  # without a choice: refused
    programme.refresh_from_db()
    assert programme.name_de != "Name im Vorschlag"
    choice = f"workflow_keep|funding.programme|{programme.pk}|summary_de"
    assert publisher.post(publish, {choice: "theirs"}).status_code == 302
    programme.refresh_from_db()
    assert (programme.name_de, programme.summary_de) == ("Name im Vorschlag", "Live")
    assert programme.purpose_de == "<p>Live.</p>"


def test_recovering_a_deleted_live_item_as_editor_waits_for_review(staff):
    import reversion
    from reversion.models import Version

    programme = make_programme(name_de="Gelöschtes Programm")
    with reversion.create_revision():
        reversion.add_to_revision(programme)
    slug = programme.slug
    programme.delete()
    editor = client_for(Client, staff["editor"])
    assert editor.get("/admin/funding/programme/recover/").status_code == 200
    version = Version.objects.get_deleted(Programme).get()
    url = f"/admin/funding/programme/recover/{version.pk}/"
    response = editor.post(url, form_data(editor.get(url).content.decode()))
    assert response.status_code == 302
    recovered = Programme.objects.get(slug=slug)
    assert recovered.status == "draft"
    assert Client().get(f"/de/funding/programmes/{slug}/").status_code == 404
    request = PendingChange.objects.open().get()
    assert request.kind == "publication" and request.author == staff["editor"]
    publisher = client_for(Client, staff["publisher"])
    publisher.post(f"/admin/funding/programme/{recovered.pk}/workflow/pending/{request.pk}/publish/")
    assert Client().get(f"/de/funding/programmes/{slug}/").status_code == 200
