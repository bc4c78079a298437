"""The staff workflow in a real browser, as role accounts: two people save the same field, the second sees both
values side by side and chooses; the review queue. axe checks what the workflow adds (the conflict table, the
queue's list; the stock admin around it is checked by the admin's own browser tests) and no request leaves the
site."""

import pytest

from funding.models import Programme
from tests.browser.conftest import format_violations, run_axe
from tests.funding.factories import make_programme
from tests.workflow.conftest import PASSWORD, make_staff

pytestmark = pytest.mark.browser


def axe_on(page, selector):
    return run_axe(page, context=selector)


def logged_in(make_context, live_server, user):
    page = make_context().new_page()
    page.recorder = page.context.recorder
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    return page


def test_conflicting_save_shows_both_values_and_the_person_chooses(make_context, live_server, django_user_model):
    programme = make_programme(summary_de="Wie es war")
    url = f"{live_server.url}/admin/funding/programme/{programme.pk}/change/"
    publisher = logged_in(make_context, live_server, make_staff(django_user_model, "publisher"))
    administrator = logged_in(make_context, live_server, make_staff(django_user_model, "administrator"))
    publisher.goto(url)
    administrator.goto(url)

    publisher.fill("#id_summary_de", "Vom Herausgeber")
    publisher.locator("input[name=_save]").last.click()
    publisher.wait_for_load_state("load")
    assert Programme.objects.get(pk=programme.pk).summary_de == "Vom Herausgeber"

    administrator.fill("#id_summary_de", "Von der Verwaltung")
    administrator.fill("#id_name_de", "Neuer Name von der Verwaltung")
    # the form's own POST (the writing hints post the text as it is typed, too)
    with administrator.expect_response(lambda answer: answer.request.method == "POST" and answer.url == url) as posted:
        administrator.locator("input[name=_save]").last.click()
    assert posted.value.status == 409
    table = administrator.locator(".workflow-conflicts")
    assert "Vom Herausgeber" in table.inner_text() and "Von der Verwaltung" in table.inner_text()
    violations = axe_on(administrator, ".workflow-conflicts")
    assert not violations, format_violations(violations)

    administrator.locator(".workflow-conflicts input[value=mine]").check()
    administrator.locator("input[name=_save]").last.click()
    administrator.wait_for_load_state("load")
    saved = Programme.objects.get(pk=programme.pk)
    assert (saved.summary_de, saved.name_de) == ("Von der Verwaltung", "Neuer Name von der Verwaltung")
    assert publisher.recorder.foreign == [] and administrator.recorder.foreign == []


def test_review_queue_page(make_context, live_server, django_user_model):
    editor = logged_in(make_context, live_server, make_staff(django_user_model, "editor"))
    programme = make_programme(status="draft", name_de="Entwurf zur Prüfung")
    editor.goto(f"{live_server.url}/admin/funding/programme/{programme.pk}/change/")
    editor.locator("input[name=_workflow_submit]").click()
    editor.wait_for_load_state("load")
    publisher = logged_in(make_context, live_server, make_staff(django_user_model, "publisher"))
    response = publisher.goto(f"{live_server.url}/admin/workflow/pendingchange/")
    assert response.status == 200 and response.url.endswith("?state__exact=pending")
    assert "Entwurf zur Prüfung" in publisher.locator("#result_list").inner_text()
    violations = axe_on(publisher, "#result_list")
    assert not violations, format_violations(violations)
    assert editor.recorder.foreign == [] and publisher.recorder.foreign == []


def test_review_screen_shows_differences_beside_the_preview(make_context, live_server, django_user_model):
    programme = make_programme(summary_de="Wie es war, kurz gesagt.")
    editor = logged_in(make_context, live_server, make_staff(django_user_model, "editor"))
    editor.goto(f"{live_server.url}/admin/funding/programme/{programme.pk}/change/")
    editor.fill("#id_summary_de", "Wie es jetzt ist, kurz gesagt.")
    editor.locator("input[name=_save]").last.click()
    editor.wait_for_load_state("load")
    publisher = logged_in(make_context, live_server, make_staff(django_user_model, "publisher"))
    violations_seen = []
    publisher.on(
        "console",
        lambda message: "Content Security Policy" in message.text and violations_seen.append(message.text),
    )
    publisher.goto(f"{live_server.url}/admin/funding/programme/{programme.pk}/workflow/history/")
    change = publisher.locator(".workflow-differences .workflow-change").first
    assert change.locator("ins").inner_text() == "jetzt ist," and change.locator("del").inner_text() == "war,"
    preview = publisher.frame_locator("iframe[name=workflow-preview]")
    preview.locator("h1").wait_for()  # the pending change's public page, rendered beside the differences
    assert "Wie es jetzt ist" in preview.locator("body").inner_text()
    violations = axe_on(publisher, ".workflow-review")
    assert not violations, format_violations(violations)
    assert violations_seen == []
    assert editor.recorder.foreign == [] and publisher.recorder.foreign == []


def test_writing_hints_follow_the_text_while_typing(make_context, live_server, django_user_model):
    programme = make_programme(summary_de="Das Amt ist heute offen.")
    editor = logged_in(make_context, live_server, make_staff(django_user_model, "editor"))
    violations_seen = []
    editor.on(
        "console",
        lambda message: "Content Security Policy" in message.text and violations_seen.append(message.text),
    )
    editor.goto(f"{live_server.url}/admin/funding/programme/{programme.pk}/change/")
    hints = editor.locator(".writing-hints[data-field=summary_de]")
    assert "Ausländerbehörde" not in hints.inner_text()
    editor.fill(
        "#id_summary_de",
        "Die Antragstellung erfolgt grundsätzlich ausschließlich über die zuständige Ausländerbehörde.",
    )
    hints.get_by_text("Ausländerbehörde").wait_for()  # the server's new hints, without a save
    violations = axe_on(editor, ".writing-hints[data-field=summary_de]")
    assert not violations, format_violations(violations)
    assert violations_seen == []
    assert editor.recorder.foreign == []
