"""The staff start page's rules (portal/dashboard.py) beside the browser test: a change continued by a colleague is
still "mine in review" for both, the call filter agrees with each call's own status, drafts are the person's own."""

import datetime

import pytest
import reversion
from django.test import Client

from funding.models import FundingCall
from portal.dashboard import lines_for, translator_languages
from portal.translation_workflow.freshness import target_languages
from portal.workflow.models import PendingChange
from portal.workflow.pending import live_snapshot, my_open_changes, pending_snapshot, store_pending
from services.models import Topic
from tests.funding.factories import make_call, make_programme
from tests.services.factories import make_topic
from tests.workflow.conftest import client_for, make_staff

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


@pytest.fixture
def staff(django_user_model, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return {role: make_staff(django_user_model, role) for role in ("editor", "translator", "publisher")}


def counts(user):
    return {line.key: line.count for line in lines_for(user)}


def test_a_change_continued_by_a_colleague_stays_in_review_for_both(staff):
    programme = make_programme()
    snapshot = live_snapshot(programme)
    first = store_pending(programme, snapshot, base=snapshot, user=staff["editor"])
    second = store_pending(programme, snapshot, base=snapshot, user=staff["translator"], previous=first)
    assert my_open_changes(staff["editor"]) == [second] == my_open_changes(staff["translator"])
    assert counts(staff["editor"])["in_review"] == 1 and counts(staff["translator"])["in_review"] == 1
    page = client_for(Client, staff["editor"]).get("/admin/workflow/pendingchange/?state__exact=pending&by=me")
    assert [row.pk for row in page.context["cl"].result_list] == [second.pk]
    assert counts(staff["publisher"])["review"] == 1


def test_drafts_are_the_persons_own_and_only_drafts(staff):
    mine, theirs, live = (make_topic(slug=slug) for slug in ("mein-entwurf", "fremder-entwurf", "online"))
    Topic.objects.filter(pk__in=[mine.pk, theirs.pk]).update(status="draft")
    for obj, user in ((mine, staff["editor"]), (theirs, staff["publisher"]), (live, staff["editor"])):
        with reversion.create_revision():
            reversion.set_user(user)
            reversion.add_to_revision(obj)
    line = next(line for line in lines_for(staff["editor"]) if line.key == "drafts")
    assert line.count == 1 and line.url == "/admin/services/topic/?status__exact=draft&mine=1"
    listed = client_for(Client, staff["editor"]).get(line.url).context["cl"].result_list
    assert [topic.pk for topic in listed] == [mine.pk]


def test_the_call_filter_agrees_with_each_calls_status(staff):
    at = datetime.datetime(2020, 1, 1, tzinfo=UTC)
    make_call(opens_at=at, deadline=at + datetime.timedelta(days=30))
    make_call(opens_at=at, deadline=datetime.datetime(2099, 1, 1, tzinfo=UTC))
    make_call(opens_at=datetime.datetime(2098, 1, 1, tzinfo=UTC), deadline=datetime.datetime(2099, 1, 1, tzinfo=UTC))
    client = client_for(Client, staff["publisher"])
    for clock, statuses in (("closed", {"closed"}), ("open", {"open", "closing_soon"}), ("upcoming", {"upcoming"})):
        listed = client.get(f"/admin/funding/fundingcall/?clock={clock}").context["cl"].result_list
        assert len(listed) == 1 and {call.call_status for call in listed} <= statuses, clock
    assert counts(staff["publisher"])["calls_past_deadline"] == 1
    FundingCall.objects.filter(deadline__lt=datetime.datetime(2021, 1, 1, tzinfo=UTC)).update(status="archived")
    assert counts(staff["publisher"])["calls_past_deadline"] == 0
    assert "calls_past_deadline" not in counts(staff["editor"])


def test_translators_languages_are_their_assigned_languages(staff, django_user_model):
    assert translator_languages(staff["translator"]) == target_languages()  # the fixture assigns every one
    turkish = make_staff(django_user_model, "translator", languages=["tr", "ar"], username="turkish")
    assert translator_languages(turkish) == ["tr", "ar"]
    assert translator_languages(staff["editor"]) == target_languages()


def test_the_start_page_does_not_ask_more_of_the_database_with_more_waiting(staff, django_user_model):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.workflow.conftest import make_staff as staff_in

    administrator = staff_in(django_user_model, "administrator")
    client = client_for(Client, administrator)

    def queries_with(waiting):
        for _number in range(waiting):
            programme = make_programme()
            snapshot = live_snapshot(programme)
            store_pending(programme, snapshot, base=snapshot, user=staff["editor"])
            make_topic(slug=f"seite-{programme.pk}")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/admin/").status_code == 200
        return len(captured)

    queries_with(0)  # caches filled (content types, permissions)
    few = queries_with(2)
    assert queries_with(6) == few, "the start page's queries grow with the data"


def changed(obj, user, previous=None, **changes):
    """A change of ``obj``'s own fields waiting for review, by ``user`` (continuing ``previous``)."""
    live = live_snapshot(obj)
    wanted = {key: dict(fields) for key, fields in (pending_snapshot(previous) if previous else live).items()}
    wanted[(obj._meta.label_lower, str(obj.pk))].update(changes)
    return store_pending(obj, wanted, base=live, user=user, previous=previous)


def test_a_language_reviewer_is_shown_exactly_the_changes_they_may_decide(staff, django_user_model):
    reviewer = make_staff(django_user_model, "translator", languages=["tr"], reviews=["tr"], username="reviewer")
    turkish = changed(make_programme(), staff["translator"], name_tr="Yalnızca Türkçe")
    programme = make_programme()
    first = changed(programme, staff["translator"], name_tr="Türkçe")
    continued = changed(programme, staff["translator"], previous=first, name_tr="Türkçe, düzeltildi")
    helped = make_programme()
    first = changed(helped, staff["translator"], name_tr="Türkçe")
    changed(helped, reviewer, previous=first, name_tr="Türkçe, yardımla")  # holds the reviewer's work
    changed(make_programme(), staff["translator"], name_tr="Türkçe", name_ar="عربي")  # Arabic too
    german = changed(make_programme(), staff["editor"], name_de="Neuer Name")  # German
    changed(make_programme(), reviewer, name_tr="Kendi çevirim")  # their own
    line = next(line for line in lines_for(reviewer) if line.key == "review")
    assert line.count == 2
    assert [title for title, _count, _url in line.entries] == [
        f"{continued.object_repr} – {staff['translator']}",
        f"{turkish.object_repr} – {staff['translator']}",
    ]
    client = client_for(Client, reviewer)
    listed = client.get(line.url).context["cl"].result_list
    assert sorted(pending.pk for pending in listed) == sorted([turkish.pk, continued.pk])
    # the publisher's line and the same filter: every waiting change
    publisher_line = next(line for line in lines_for(staff["publisher"]) if line.key == "review")
    everything = client_for(Client, staff["publisher"]).get(publisher_line.url).context["cl"].result_list
    assert publisher_line.count == len(everything) == PendingChange.objects.open().count() == 6
    # the reviewer may decide what the start page lists, and nothing else
    history = client.get(f"/admin/funding/programme/{turkish.object_id}/workflow/history/")
    assert history.context["can_decide"] is True
    other = client.get(f"/admin/funding/programme/{german.object_id}/workflow/history/")
    assert other.context["can_decide"] is False


def test_a_translator_without_review_languages_has_no_review_line(staff):
    changed(make_programme(), staff["editor"], name_tr="Türkçe")
    assert "review" not in counts(staff["translator"])
    assert "review" not in counts(staff["editor"])


def turkish_counts(user):
    return {line.key: line.count for line in lines_for(user) if line.key in ("missing", "outdated")}


def test_coverage_is_counted_once_until_content_changes(staff, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from portal.translation_workflow.coverage import cached_coverage, coverage
    from portal.translation_workflow.freshness import translated_models

    make_topic(slug="eins")
    cached_coverage()  # counted (and content types looked up) once
    with django_assert_num_queries(0):
        rows, totals = cached_coverage(languages=["tr", "ar"])
    fresh_rows, fresh_totals = coverage(languages=["tr", "ar"])
    assert totals == fresh_totals and [row.cells for row in rows] == [row.cells for row in fresh_rows]
    make_topic(slug="zwei")  # a save moves the render cache's generation on: counted anew
    with CaptureQueriesContext(connection) as counting:
        coverage()
    assert len(translated_models()) <= len(counting) <= 2 * len(translated_models())  # one or two per type
    with django_assert_num_queries(len(counting)):
        assert cached_coverage(languages=["tr"])[1]["tr"].missing == totals["tr"].missing + 1
    with django_assert_num_queries(0):
        assert cached_coverage(languages=["tr"])[1]["tr"].missing == totals["tr"].missing + 1


def test_the_start_page_follows_saves_and_publications(staff, django_user_model):
    turkish = make_staff(django_user_model, "translator", languages=["tr"], username="turkish")
    programme = make_programme()
    before = turkish_counts(turkish)
    assert before["missing"] >= 1
    make_topic(slug="neu")  # a new published item, not translated
    assert turkish_counts(turkish)["missing"] == before["missing"] + 1
    pending = changed(programme, turkish, name_tr="Program", summary_tr="Özet.", purpose_tr="<p>Amaç.</p>")
    assert turkish_counts(turkish)["missing"] == before["missing"] + 1  # waiting: not live yet
    publisher = client_for(Client, staff["publisher"])
    answer = publisher.post(f"/admin/funding/programme/{programme.pk}/workflow/pending/{pending.pk}/publish/")
    assert answer.status_code == 302
    assert turkish_counts(turkish)["missing"] == before["missing"]  # published: the Turkish one is there


@pytest.mark.parametrize("role", ["translator", "administrator"])
def test_the_start_page_asks_a_constant_number_of_queries(role, django_user_model, django_assert_num_queries):
    """Warm (the second request on): the coverage numbers come from the cache, the content types and the
    scheduled-changes check too; what is left is the session, the person, their permissions and their lines."""
    user = make_staff(django_user_model, role, username=f"desk-{role}")
    for number in range(3):
        make_topic(slug=f"seite-{number}")
        make_programme()
    client = client_for(Client, user)
    assert client.get("/admin/").status_code == 200  # caches filled
    expected_queries = {"translator": 8, "administrator": 12}[role]
    with django_assert_num_queries(expected_queries):
        assert client.get("/admin/").status_code == 200
