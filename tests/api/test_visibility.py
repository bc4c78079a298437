"""Only published content: drafts, changes waiting for review, scheduled and expired items never appear in any
answer, at fixed instants in Berlin; a scheduled item appears when its time has come."""

import json

import pytest
import time_machine

from tests.api.conftest import LATER, SECRET
from tests.api.schema import PREFIX, check, get_paths

pytestmark = pytest.mark.django_db


def every_answer(client, language="de"):
    """The text of every list (all on one page) and of every detail the lists lead to."""
    texts = {}
    for path in get_paths():
        if "{" in path:
            continue
        body = check(client.get(path, {"lang": language, "limit": 100}), path)
        texts[path] = json.dumps(body, ensure_ascii=False)
        detail = f"{path}/{{slug}}"
        if detail in get_paths():
            for item in body["items"]:
                url = detail.replace("{slug}", item["slug"])
                texts[url] = json.dumps(check(client.get(url, {"lang": language}), detail), ensure_ascii=False)
    return texts


@pytest.mark.parametrize("language", ["de", "ar"])
def test_nothing_hidden_appears_anywhere(client, content, language):
    texts = every_answer(client, language)
    leaks = {path: text for path, text in texts.items() if SECRET in text}
    assert leaks == {}
    joined = "\n".join(texts.values())
    for hidden in ("entwurf", "geschlossen", "bald", "klingon", "entwurf-aufruf", "geheim", "zukunft", "plan"):
        assert f'"{hidden}"' not in joined, hidden


def test_a_pending_change_keeps_the_live_text(client, content):
    body = check(client.get(f"{PREFIX}/services/beratung"), f"{PREFIX}/services/{{slug}}")
    assert body["title"] == "Beratung"


def test_hidden_items_are_not_found_by_address(client, content):
    for path in ("topics/entwurf", "offices/geschlossen", "services/bald", "hsu/languages/klingon",
                 "funding/calls/entwurf-aufruf", "funding/programmes/geheim", "masterplan/documents/plan"):  # fmt: skip
        assert client.get(f"{PREFIX}/{path}").status_code == 404, path


def test_the_hidden_language_takes_its_classes_and_schools_with_it(client, content):
    classes = check(client.get(f"{PREFIX}/hsu/classes"), f"{PREFIX}/hsu/classes")
    assert {item["language"] for item in classes["items"]} == {"turkish"}
    schools = check(client.get(f"{PREFIX}/hsu/schools"), f"{PREFIX}/hsu/schools")
    assert [school["name"] for school in schools["items"]] == ["Grundschule am Park"]


def test_scheduled_items_appear_on_time(client, content):
    with time_machine.travel(LATER, tick=False):
        services = check(client.get(f"{PREFIX}/services"), f"{PREFIX}/services")
        documents = check(client.get(f"{PREFIX}/masterplan/documents"), f"{PREFIX}/masterplan/documents")
    assert {item["slug"] for item in services["items"]} == {"beratung", "bald"}
    assert {item["slug"] for item in documents["items"]} == {"bericht", "plan"}


def test_expired_items_stay_away(client, content):
    offices = check(client.get(f"{PREFIX}/offices"), f"{PREFIX}/offices")
    assert [item["slug"] for item in offices["items"]] == ["sozialamt"]


def test_a_published_item_does_not_reveal_its_unpublished_programme_or_phase(client, content):
    from funding.models import Programme
    from masterplan.models import Phase
    from tests.funding import factories as funding
    from tests.masterplan import factories as masterplan

    funding.make_call(programme=Programme.objects.get(slug="geheim"), slug="offen-aber", title_de="Offener Aufruf",
                      opens_at=funding.berlin(2026, 2, 1), deadline=funding.berlin(2026, 5, 1))  # fmt: skip
    masterplan.document(Phase.objects.get(slug="zukunft"), "vorab", title_de="Vorab veröffentlicht")
    calls = check(client.get(f"{PREFIX}/funding/calls", {"limit": 100}), f"{PREFIX}/funding/calls")
    assert {item["slug"]: item["programme"] for item in calls["items"]}["offen-aber"] is None
    call = check(client.get(f"{PREFIX}/funding/calls/offen-aber"), f"{PREFIX}/funding/calls/{{slug}}")
    assert call["programme"] is None
    documents = check(client.get(f"{PREFIX}/masterplan/documents"), f"{PREFIX}/masterplan/documents")
    assert {item["slug"]: item["phase"] for item in documents["items"]} == {"bericht": "netzwerke", "vorab": None}
    path = f"{PREFIX}/masterplan/documents/{{slug}}"
    assert check(client.get(path.replace("{slug}", "vorab")), path)["phase"] is None
    assert check(client.get(f"{PREFIX}/masterplan/documents", {"phase": "zukunft"}), path[:-7])["items"] == []
    joined = "\n".join(every_answer(client).values())
    assert '"geheim"' not in joined and '"zukunft"' not in joined
