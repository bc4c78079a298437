"""The staff start page in a real browser, as each role (never a superuser) and as a language reviewer (a translator
who reviews Turkish): it shows exactly the items the database says wait for that person, and every count's link
opens the admin list filtered on exactly those items."""

import copy
import datetime
import json

import pytest
import reversion
from django.conf import settings
from django.test import Client

from funding.models import Programme
from portal.linkcheck.models import CheckedLink, LinkPlace, Verdict
from portal.models import Feedback
from portal.translated_fields import translated_q
from portal.translation_workflow import freshness
from portal.workflow.models import PendingChange, PendingState
from portal.workflow.pending import live_snapshot, store_pending
from services.models import Topic
from tests.browser.test_admin_roles import ROLES
from tests.funding.factories import make_call, make_programme
from tests.services.factories import make_topic
from tests.workflow.conftest import make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

UTC = datetime.UTC


def saved_by(user, obj):
    with reversion.create_revision():
        reversion.set_user(user)
        reversion.add_to_revision(obj)


REVIEWER = "language reviewer"  # a translator assigned Turkish with review rights


def submit(obj, user, **changes):
    """A change of ``obj``'s own fields (``changes``; none: an unchanged copy) waiting for review, by ``user``."""
    snapshot = live_snapshot(obj)
    changed = copy.deepcopy(snapshot)
    changed[(obj._meta.label_lower, str(obj.pk))].update(changes)
    return store_pending(obj, changed, base=snapshot, user=user)


def desk(django_user_model):
    """Staff in every role and something waiting for each of them."""
    staff = {role: make_staff(django_user_model, role) for role in ROLES}
    staff[REVIEWER] = make_staff(django_user_model, "translator", languages=["tr"], reviews=["tr"], username="tr-rev")
    editors_change = make_programme(name_de="Programm mit Änderung der Redaktion")
    submit(editors_change, staff["editor"])
    translators_change = make_programme(name_de="Programm mit Übersetzung", name_en="Programme translated")
    submit(translators_change, staff["translator"])
    # for the Turkish reviewer: only the first waits for their decision
    submit(make_programme(name_de="Nur Türkisch"), staff["translator"], name_tr="Yalnızca Türkçe")
    submit(make_programme(name_de="Türkisch und Arabisch"), staff["translator"], name_tr="Türkçe", name_ar="عربي")
    submit(make_programme(name_de="Türkisch und Deutsch"), staff["translator"], name_tr="Türkçe", name_de="Geändert")
    submit(make_programme(name_de="Eigene Übersetzung"), staff[REVIEWER], name_tr="Kendi çevirim")
    decided = make_programme(name_de="Programm längst entschieden")
    old = submit(decided, staff["editor"])
    PendingChange.objects.filter(pk=old.pk).update(state=PendingState.PUBLISHED)

    for number, user in enumerate([staff["editor"], staff["editor"], staff["publisher"], staff["administrator"]]):
        draft = make_topic(slug=f"entwurf-{number}", title=f"Entwurf {number}")
        Topic.objects.filter(pk=draft.pk).update(status="draft")
        saved_by(user, draft)
    draft_programme = make_programme(name_de="Programmentwurf", status="draft")
    saved_by(staff["editor"], draft_programme)
    saved_by(staff["editor"], make_topic(slug="live", title="Live bearbeitet"))  # not a draft

    Feedback.objects.create(kind="helpful", helpful=False, page="/de/", language="de")
    Feedback.objects.create(kind="accessibility", message="Kontrast zu schwach", language="de")
    Feedback.objects.create(kind="accessibility", message="Erledigt", language="de", is_done=True)

    page_with_links = make_topic(slug="mit-links", title="Seite mit Links")
    for url, verdict in (
        ("https://kaputt.example/", Verdict.BROKEN),
        ("https://umgezogen.example/", Verdict.MOVED),
        ("https://gut.example/", Verdict.OK),
    ):
        link = CheckedLink.objects.create(url=url, verdict=verdict)
        LinkPlace.objects.create(
            link=link, content_type_id=_type(Topic), object_id=str(page_with_links.pk), field="body_de",
            title="Seite mit Links",
        )  # fmt: skip

    past = datetime.datetime(2020, 1, 31, 23, 59, tzinfo=UTC)
    make_call(opens_at=datetime.datetime(2020, 1, 1, tzinfo=UTC), deadline=past, title_de="Abgelaufen, noch online")
    make_call(
        opens_at=datetime.datetime(2020, 1, 1, tzinfo=UTC), deadline=past, title_de="Abgelaufen, archiviert",
        status="archived",
    )  # fmt: skip
    make_call(
        opens_at=datetime.datetime(2020, 1, 1, tzinfo=UTC),
        deadline=datetime.datetime(2099, 1, 1, tzinfo=UTC),
        title_de="Offen",
    )
    return staff


def _type(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model).pk


def translation_counts(languages=None):
    """Missing and outdated translations of published items, counted item by item in ``languages`` (every target
    language by default)."""
    missing = outdated = 0
    for model in freshness.translated_models():
        published = model._default_manager.filter(status="published") if hasattr(model, "status") else None
        if published is None:
            published = model._default_manager.all()
        for language in languages or freshness.target_languages():
            missing += published.exclude(translated_q(model, language)).count()
            states = freshness.state_table(list(published.filter(translated_q(model, language))), [language])
            outdated += sum(1 for row in states.values() if row[language] == freshness.OUTDATED)
    return missing, outdated


def touched_columns(pending):
    """The columns a waiting change sets differently from the live state it was made on, read from its stored
    JSON (None when it adds or removes a row)."""
    before = {(row["model"], str(row["pk"])): row["fields"] for row in json.loads(pending.base_serialized)}
    after = {(row["model"], str(row["pk"])): row["fields"] for row in json.loads(pending.serialized)}
    if before.keys() != after.keys():
        return None
    return {name for key, fields in after.items() for name, value in fields.items() if before[key].get(name) != value}


def authors(pending):
    found = set()
    while pending is not None:
        found.add(pending.author_id)
        pending = pending.previous
    return found


def reviewer_may_decide(pending, user, languages):
    """A language reviewer decides a change that sets translations into their languages only, and not their own."""
    columns = touched_columns(pending)
    return (
        bool(columns)
        and user.pk not in authors(pending)
        and all(any(name.endswith(f"_{language}") for language in languages) for name in columns)
    )


def expected(role, staff):
    """What waits for ``role``, straight from the database."""
    user = staff[role]
    waiting = PendingChange.objects.filter(state=PendingState.PENDING)
    drafts = sum(
        1
        for model in (Topic, Programme)
        for obj in model.objects.filter(status="draft")
        if reversion.models.Version.objects.get_for_object(obj).filter(revision__user=user).exists()
    )
    missing, outdated = translation_counts()
    past_deadline = 1  # "Abgelaufen, noch online"
    if role == REVIEWER:
        turkish_missing, turkish_outdated = translation_counts(["tr"])
        return {
            "review": sum(1 for pending in waiting if reviewer_may_decide(pending, user, ["tr"])),
            "in_review": waiting.filter(author=user).count(),
            "missing": turkish_missing,
            "outdated": turkish_outdated,
        }
    lines = {
        "editor": {"drafts": drafts, "in_review": waiting.filter(author=user).count(), "links": 2},
        "translator": {"in_review": waiting.filter(author=user).count(), "missing": missing, "outdated": outdated},
        "publisher": {
            "review": waiting.count(), "drafts": drafts, "in_review": 0, "feedback": 2, "links": 2,
            "calls_past_deadline": past_deadline,
        },
        "administrator": {
            "review": waiting.count(), "drafts": drafts, "in_review": 0, "missing": missing, "outdated": outdated,
            "feedback": 2, "links": 2, "calls_past_deadline": past_deadline,
        },
    }  # fmt: skip
    return lines[role]


def logged_in_page(make_context, live_server, user):
    client = Client()
    client.force_login(user)
    context = make_context()
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
          "url": live_server.url}]
    )  # fmt: skip
    page = context.new_page()
    page.recorder = context.recorder
    return page


def rows_listed(page, live_server, href):
    page.goto(live_server.url + href)
    page.locator("#changelist, #content-main").first.wait_for()
    return page.locator("#result_list tbody tr").count()


@pytest.mark.parametrize("role", [*ROLES, REVIEWER])
def test_the_start_page_shows_exactly_what_waits_for_each_role(make_context, live_server, django_user_model, role):
    staff = desk(django_user_model)
    wanted = expected(role, staff)
    assert wanted.get("missing", 1) > 0 and wanted.get("drafts", 1) > 0  # something to show in each line
    if role == REVIEWER:  # of the four Turkish changes one is theirs to decide: the others touch more, or are theirs
        assert wanted["review"] == 1 and wanted["in_review"] == 1
    page = logged_in_page(make_context, live_server, staff[role])
    page.goto(f"{live_server.url}/admin/")
    page.locator("[data-dashboard-item]").first.wait_for()
    shown = {
        element.get_attribute("data-dashboard-item"): int(element.get_attribute("data-count"))
        for element in page.locator("[data-dashboard-item]").all()
    }
    assert shown == wanted
    if "review" in wanted:  # the changes listed under "waiting for my review" are exactly those to decide
        waiting = PendingChange.objects.filter(state=PendingState.PENDING)
        mine = [p for p in waiting if role != REVIEWER or reviewer_may_decide(p, staff[role], ["tr"])]
        listed = page.locator("[data-dashboard-entries='review'] li").all_inner_texts()
        assert sorted(text.split(" – ")[0] for text in listed) == sorted(p.object_repr for p in mine)

    # every count leads to a list of exactly that many items
    links = {
        element.get_attribute("data-dashboard-link"): element.get_attribute("href")
        for element in page.locator("[data-dashboard-link]").all()
    }
    parts = [
        (part.get_attribute("data-dashboard-part"), int(part.get_attribute("data-count")), part.get_attribute("href"))
        for part in page.locator("[data-dashboard-part]").all()
    ]
    for key, href in links.items():
        if "/coverage/" in href:
            continue  # the translation lines lead to the coverage table; their parts to the lists
        assert rows_listed(page, live_server, href) == shown[key], (key, href)
    by_line = {}
    for key, count, href in parts:
        assert rows_listed(page, live_server, href) == count, (key, href)
        by_line[key] = by_line.get(key, 0) + count
    split = [key for key in ("drafts", "missing", "outdated") if key in shown]
    assert {key: by_line.get(key, 0) for key in split} == {key: shown[key] for key in split}  # parts add up
    assert page.recorder.foreign == []
