"""Two saves of the same item at the same moment: the database serialises them (a row lock), so the second sees
the first and is merged or refused – never both accepted with one of them lost.

On PostgreSQL the saves run in real threads, each with its own connection; one test also holds the row lock
itself and shows that a save waits for it. SQLite has no row locks and one writer at a time: there the same
saves run one after the other, with both forms opened before either is sent.
"""

import threading

import pytest
from django.contrib.auth.models import Group
from django.db import connection, connections, transaction
from django.test import Client

from funding.models import Programme
from portal.workflow.models import PendingChange
from portal.workflow.pending import pending_snapshot
from tests.funding.factories import make_programme
from tests.workflow.conftest import PASSWORD, client_for, form_data, make_staff

pytestmark = pytest.mark.django_db(transaction=True)
ON_POSTGRESQL = connection.vendor == "postgresql"


def change_url(obj):
    return f"/admin/funding/programme/{obj.pk}/change/"


def in_thread(job, results, index, start=None):
    def run():
        try:
            if start is not None:
                start.wait()
            results[index] = job()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def save_together(jobs):
    """Run the saves at the same moment (PostgreSQL) or one after the other (SQLite); their responses."""
    results = [None] * len(jobs)
    if not ON_POSTGRESQL:
        return [job() for job in jobs]
    start = threading.Barrier(len(jobs))
    threads = [in_thread(job, results, index, start) for index, job in enumerate(jobs)]
    for thread in threads:
        thread.join()
    return results


def poster(client, url, data):
    return lambda: client.post(url, data)


def staff_pair(django_user_model, role):
    first = make_staff(django_user_model, role)
    second = django_user_model.objects.create_user(username=f"{role}-two", password=PASSWORD, is_staff=True)
    second.groups.add(Group.objects.get(name=role))
    return client_for(Client, first), client_for(Client, second)


@pytest.mark.parametrize("role", ["publisher", "editor"])
def test_two_saves_at_the_same_moment_one_wins_and_the_other_is_refused(django_user_model, role):
    programme = make_programme()
    one, two = staff_pair(django_user_model, role)
    for attempt in range(3):
        data_one = form_data(one.get(change_url(programme)).content.decode())
        data_two = form_data(two.get(change_url(programme)).content.decode())
        data_one["summary_de"], data_two["summary_de"] = [f"Eins {attempt}"], [f"Zwei {attempt}"]
        responses = save_together(
            [poster(one, change_url(programme), data_one), poster(two, change_url(programme), data_two)]
        )
        assert sorted(response.status_code for response in responses) == [302, 409], attempt
        winner = "Eins" if responses[0].status_code == 302 else "Zwei"
        refused = responses[1] if winner == "Eins" else responses[0]
        assert f"{winner} {attempt}" in refused.content.decode()  # the refused person sees the other value
        if role == "publisher":
            saved = Programme.objects.get(pk=programme.pk).summary_de
        else:
            saved = pending_snapshot(PendingChange.objects.open().get())[("funding.programme", str(programme.pk))][
                "summary_de"
            ]
        assert saved == f"{winner} {attempt}"


def test_a_save_waits_for_the_row_lock_and_then_sees_the_change_made_under_it(django_user_model):
    programme = make_programme()
    publisher = client_for(Client, make_staff(django_user_model, "publisher"))
    data = form_data(publisher.get(change_url(programme)).content.decode())
    data["summary_de"] = ["Vom wartenden Speichern"]
    results = [None]
    if ON_POSTGRESQL:
        with transaction.atomic():
            Programme.objects.select_for_update().get(pk=programme.pk)  # a save in progress elsewhere
            thread = in_thread(poster(publisher, change_url(programme), data), results, 0)
            while thread.is_alive() and not _someone_waits_for_a_lock():
                thread.join(0.05)
            assert thread.is_alive(), "the save did not wait for the row lock"
            Programme.objects.filter(pk=programme.pk).update(summary_de="Unter der Sperre gespeichert")
        thread.join()
    else:  # one writer at a time: the other save simply comes first
        Programme.objects.filter(pk=programme.pk).update(summary_de="Unter der Sperre gespeichert")
        results[0] = publisher.post(change_url(programme), data)
    assert results[0].status_code == 409
    assert Programme.objects.get(pk=programme.pk).summary_de == "Unter der Sperre gespeichert"


def _someone_waits_for_a_lock():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")  # the statistics view is a snapshot per transaction
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0] > 0
