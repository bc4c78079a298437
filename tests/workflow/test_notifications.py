"""E-mails of the review workflow (captured by the locmem backend): a submitted change reaches the publishers, a
published or discarded one its author, each with the comment; each person can turn them off and chooses their
language; nobody hears of their own doing."""

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from portal.workflow.models import NotificationSettings, PendingChange, PendingState
from tests.funding.factories import make_programme
from tests.workflow.conftest import client_for, form_data, form_errors, post_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(staff):
    for role, user in staff.items():
        user.email = f"{role}@example.org"
        user.first_name = role.capitalize()
        user.save()
    return staff


def change_url(obj):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def decide_url(obj, pending, decision):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/workflow/pending/{pending.pk}/{decision}/"


def in_language(language, message, **values):
    with translation.override(language):
        return gettext(message) % values


def submit_change(people, capture, programme, *, comment="Tippfehler im Zweck korrigiert"):
    editor = client_for(Client, people["editor"])
    with capture(execute=True):
        response = post_form(
            editor, change_url(programme), {"purpose_de": "<p>Neuer Zweck.</p>", "_workflow_comment": comment}
        )
    assert response.status_code == 302, form_errors(response)
    return PendingChange.objects.open().get()


def test_a_submitted_change_mails_every_publisher_with_the_authors_note(people, django_capture_on_commit_callbacks):
    programme = make_programme(name_de="Förderprogramm Nachbarschaft")
    pending = submit_change(people, django_capture_on_commit_callbacks, programme)
    assert pending.comment == "Tippfehler im Zweck korrigiert"
    assert sorted(message.to[0] for message in mail.outbox) == ["administrator@example.org", "publisher@example.org"]
    message = next(message for message in mail.outbox if message.to == ["publisher@example.org"])
    assert message.subject == in_language(
        "de", "Waiting for your review: %(item)s", item="Förderprogramm Nachbarschaft"
    )
    assert "Tippfehler im Zweck korrigiert" in message.body
    assert f"{settings.PORTAL_SITE_URL}/admin/funding/programme/{programme.pk}/workflow/history/" in message.body
    assert "Editor" in message.body  # who submitted it


def test_a_further_save_of_ones_own_waiting_change_mails_nobody_again(people, django_capture_on_commit_callbacks):
    programme = make_programme()
    submit_change(people, django_capture_on_commit_callbacks, programme)
    mail.outbox.clear()
    submit_change(people, django_capture_on_commit_callbacks, programme, comment="")
    assert mail.outbox == []
    assert PendingChange.objects.open().get().comment == "Tippfehler im Zweck korrigiert"  # the note stays


def test_a_draft_submitted_for_publication_mails_the_publishers(people, django_capture_on_commit_callbacks):
    draft = make_programme(status="draft", name_de="Entwurf Programm")
    editor = client_for(Client, people["editor"])
    data = form_data(editor.get(change_url(draft)).content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(change_url(draft), data | {"_workflow_submit": ["1"], "_workflow_comment": ["Bitte bis Freitag"]})
    assert PendingChange.objects.open().get().comment == "Bitte bis Freitag"
    assert sorted(message.to[0] for message in mail.outbox) == ["administrator@example.org", "publisher@example.org"]
    assert all("Bitte bis Freitag" in message.body for message in mail.outbox)


def test_publishing_mails_the_author_with_the_publishers_comment(people, django_capture_on_commit_callbacks):
    programme = make_programme(name_de="Programm Begegnung")
    pending = submit_change(people, django_capture_on_commit_callbacks, programme)
    mail.outbox.clear()
    publisher = client_for(Client, people["publisher"])
    with django_capture_on_commit_callbacks(execute=True):
        publisher.post(decide_url(programme, pending, "publish"), {"comment": "Danke, sehr gut so."})
    pending.refresh_from_db()
    assert pending.state == PendingState.PUBLISHED and pending.decision_comment == "Danke, sehr gut so."
    assert [message.to for message in mail.outbox] == [["editor@example.org"]]
    message = mail.outbox[0]
    assert message.subject == in_language("de", "Your change is published: %(item)s", item="Programm Begegnung")
    assert "Danke, sehr gut so." in message.body and "Publisher" in message.body


def test_discarding_mails_the_author_with_the_reason(people, django_capture_on_commit_callbacks):
    programme = make_programme(name_de="Programm Sprache")
    pending = submit_change(people, django_capture_on_commit_callbacks, programme)
    mail.outbox.clear()
    publisher = client_for(Client, people["publisher"])
    history = publisher.get(f"/admin/funding/programme/{programme.pk}/workflow/history/").content.decode()
    assert "Tippfehler im Zweck korrigiert" in history  # the author's note, where the publisher decides
    with django_capture_on_commit_callbacks(execute=True):
        publisher.post(decide_url(programme, pending, "discard"), {"comment": "Der alte Zweck gilt weiter."})
    pending.refresh_from_db()
    assert pending.state == PendingState.DISCARDED and pending.decision_comment == "Der alte Zweck gilt weiter."
    assert [message.to for message in mail.outbox] == [["editor@example.org"]]
    assert mail.outbox[0].subject == in_language("de", "Your change was discarded: %(item)s", item="Programm Sprache")
    assert "Der alte Zweck gilt weiter." in mail.outbox[0].body


def test_the_review_page_has_a_comment_field_for_publish_and_discard(people, django_capture_on_commit_callbacks):
    programme = make_programme()
    submit_change(people, django_capture_on_commit_callbacks, programme)
    history = client_for(Client, people["publisher"]).get(f"/admin/funding/programme/{programme.pk}/workflow/history/")
    page = history.content.decode()
    assert page.count('name="comment"') == 2
    editor_form = client_for(Client, people["editor"]).get(change_url(programme)).content.decode()
    assert 'name="_workflow_comment"' in editor_form


def test_opt_out_is_honoured_for_publishers_and_authors(people, django_capture_on_commit_callbacks):
    NotificationSettings.objects.create(user=people["publisher"], by_email=False)
    NotificationSettings.objects.create(user=people["editor"], by_email=False)
    programme = make_programme()
    pending = submit_change(people, django_capture_on_commit_callbacks, programme)
    assert [message.to for message in mail.outbox] == [["administrator@example.org"]]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client_for(Client, people["publisher"]).post(decide_url(programme, pending, "discard"), {"comment": "Nein."})
    assert mail.outbox == []


def test_each_person_turns_the_mails_off_and_chooses_the_language_on_their_own_page(
    people, django_capture_on_commit_callbacks
):
    editor = client_for(Client, people["editor"])
    page = editor.get("/admin/notifications/")
    assert page.status_code == 200
    assert editor.post("/admin/notifications/", {"by_email": "on", "language": "xx"}).status_code == 400
    editor.post("/admin/notifications/", {"language": "en"})  # the box unticked: no e-mails
    own = NotificationSettings.objects.get(user=people["editor"])
    assert own.by_email is False and own.language == "en"
    editor.post("/admin/notifications/", {"by_email": "on", "language": "en"})
    assert NotificationSettings.objects.get(user=people["editor"]).by_email is True
    assert NotificationSettings.objects.count() == 1  # only the person's own row

    programme = make_programme(name_de="Programm Englisch")
    pending = submit_change(people, django_capture_on_commit_callbacks, programme)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client_for(Client, people["publisher"]).post(decide_url(programme, pending, "publish"), {"comment": "OK"})
    assert mail.outbox[0].subject == "Your change is published: Programm Englisch"


def test_a_broken_mail_server_refuses_no_decision(people, django_capture_on_commit_callbacks, settings):
    programme = make_programme()
    pending = submit_change(people, django_capture_on_commit_callbacks, programme)
    mail.outbox.clear()
    settings.MAILERS = {"default": {"BACKEND": "tests.workflow.test_notifications.BrokenBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(Client, people["publisher"]).post(decide_url(programme, pending, "publish"))
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.state == PendingState.PUBLISHED
    assert mail.outbox == []  # the broken server had it


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("no mail server")
