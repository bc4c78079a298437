"""The review screen as a publisher reads it: rich text compared as rendered, word by word; human values;
languages without changes left out; the pending change's public page beside the differences."""

import pytest
from django.test import Client
from django.utils import translation
from lxml import html as lxml_html

from portal.workflow.diff import diff_fields, diff_snapshots
from portal.workflow.models import PendingChange
from portal.workflow.pending import live_snapshot
from services.models import OpeningHours, Service, StepFree
from tests.services.factories import make_office, make_service
from tests.workflow.conftest import client_for, form_errors, post_form

pytestmark = pytest.mark.django_db

OLD_BODY = "<p>Wir beraten Sie gern im Büro. Bitte bringen Sie den Ausweis mit.</p>"
NEW_BODY = (
    "<p>Wir beraten Sie gern montags im Büro. Bitte bringen Sie den Ausweis mit.</p>"
    "<table><tbody><tr><th>Tag</th><th>Uhrzeit</th></tr><tr><td>Montag</td><td>9 bis 12 Uhr</td></tr></tbody></table>"
)


def history_url(obj):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/workflow/history/"


def differences_table(page):
    tree = lxml_html.fromstring(page)
    (table,) = tree.xpath("//table[contains(@class, 'workflow-differences')]")
    return table


@pytest.fixture
def service():
    return make_service(body=OLD_BODY, title_en="Counselling", body_en="<p>We give advice.</p>", summary_en="Advice.")


def test_review_of_added_table_and_edited_sentence_shows_both_and_no_unchanged_language(staff, service):
    editor = client_for(Client, staff["editor"])
    response = post_form(editor, f"/admin/services/service/{service.pk}/change/", {"body_de": NEW_BODY})
    assert response.status_code == 302, form_errors(response)
    pending = PendingChange.objects.get()

    publisher = client_for(Client, staff["publisher"])
    response = publisher.get(history_url(service))
    assert response.status_code == 200
    page = response.content.decode()
    table = differences_table(page)
    rows = table.xpath(".//tr[contains(@class, 'workflow-diff')]")
    assert len(rows) == 1, [row.text_content() for row in rows]  # only the German body changed
    (cell,) = rows[0].xpath(".//div[contains(@class, 'workflow-change')]")
    inserted = " ".join(" ".join(ins.text_content().split()) for ins in cell.xpath(".//ins"))
    deleted = " ".join(del_.text_content() for del_ in cell.xpath(".//del"))
    assert "montags" in inserted and deleted == ""  # the edited words, not the whole sentence
    assert "Wir beraten Sie gern" not in inserted and "Ausweis" not in inserted
    assert "Wir beraten Sie gern" in cell.text_content()  # the unchanged words are there, unmarked
    (added_table,) = cell.xpath(".//table")  # the table itself, rendered, with its cells marked as added
    cells = [" ".join(td.text_content().split()) for td in added_table.xpath(".//th|.//td")]
    assert cells == ["Tag", "Uhrzeit", "Montag", "9 bis 12 Uhr"]
    assert all(td.xpath(".//ins") for td in added_table.xpath(".//th|.//td"))
    languages = [" ".join(td.text_content().split()) for td in table.xpath(".//tr[@class='workflow-diff']/td[1]")]
    assert languages == ["Deutsch"]
    for unchanged in ("English", "Türkçe", "العربية", "We give advice", "Counselling"):
        assert unchanged not in table.text_content()
    # the pending change's public page beside it, in the changed language, same origin only
    (frame,) = lxml_html.fromstring(page).xpath("//iframe[@name='workflow-preview']")
    assert frame.get("src").endswith(f"/preview/de/?pending={pending.pk}") and frame.get("title")
    assert "frame-src 'self'" in response["Content-Security-Policy"]
    preview = publisher.get(frame.get("src"))
    assert preview.status_code == 200 and "montags" in preview.content.decode()
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in preview["Content-Security-Policy"]
    assert "montags" not in Client().get(f"/de/services/{service.slug}/").content.decode()


def test_review_values_are_human_in_german():
    office = make_office(hours=((1, "08:30", "12:00"),))
    service = make_service(offices=[])
    old_office, old_service = live_snapshot(office), live_snapshot(service)
    OpeningHours.objects.filter(office=office).update(weekday=5, appointment_only=True)
    office.step_free = "no"
    office.save()
    service.offices.set([office])
    with translation.override("de"):  # as a German publisher reads them
        office_changes = diff_snapshots(old_office, live_snapshot(office))
        service_changes = diff_snapshots(old_service, live_snapshot(service))
    text = " | ".join(f"{c.label}: {c.inline}" for entry in office_changes for c in entry["changes"])
    assert "<del>Montag</del> <ins>Freitag</ins>" in text
    assert "<del>Nein</del> <ins>Ja</ins>" in text
    with translation.override("de"):
        step_free = f"<del>{StepFree('yes').label}</del> <ins>{StepFree('no').label}</ins>"
    assert step_free in text  # choice labels, not the stored keys
    assert ">yes<" not in text
    assert ">1<" not in text and ">5<" not in text and "False" not in text and "True" not in text
    hours_row = next(entry["object"] for entry in office_changes if "Öffnungszeit" in entry["object"])
    assert "Freitag" in hours_row
    (service_entry,) = service_changes
    with translation.override("de"):
        offices_label = str(Service._meta.get_field("offices").verbose_name)
    (offices_change,) = [c for c in service_entry["changes"] if c.label.lower() == offices_label.lower()]
    assert "<ins>Sozialamt</ins>" in offices_change.inline  # the office's name, not its number


def test_review_output_is_sanitised(service):
    hostile_old = '<p>Alt <img src=x onerror="alert(1)"></p>'
    hostile_new = '<p>Neu <script>alert(2)</script><a href="javascript:alert(3)">x</a></p>'
    changes = diff_fields(Service, {"body_de": hostile_old, "title_de": "<b>a</b>"}, {"body_de": hostile_new})
    for change in changes:
        for html in (change.inline, change.before, change.after):
            assert "<script" not in html and "onerror" not in html and "javascript:" not in html and "<img" not in html
    (title,) = [change for change in changes if not change.rich]
    assert "&lt;b&gt;" in title.inline  # plain text is escaped, never taken as markup


def test_review_with_control_characters_in_old_and_new_text_is_shown(staff, service):
    """Word pastes a vertical tab; lxml's differ refuses it: the history page stays readable."""
    Service.objects.filter(pk=service.pk).update(body_de="<p>Alt\x0bText</p>", title_de="Beratung\x0balt")
    editor = client_for(Client, staff["editor"])
    response = post_form(
        editor,
        f"/admin/services/service/{service.pk}/change/",
        {"title_de": "Beratung\x0bneu\x02", "body_de": "<p>Neu\x0bText</p>"},
    )
    assert response.status_code == 302, form_errors(response)
    stored = PendingChange.objects.get()
    response = client_for(Client, staff["publisher"]).get(history_url(service))
    assert response.status_code == 200, stored
    assert "neu" in differences_table(response.content.decode()).text_content()
