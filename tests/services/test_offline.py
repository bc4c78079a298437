"""What the services app keeps for offline reading (portal/offline): every published office and the HSU page."""

import json

import pytest

from portal.publication import Status
from tests.services.factories import make_office

pytestmark = pytest.mark.django_db


def test_essentials_list_every_published_office_and_the_hsu_page(client, django_assert_max_num_queries):
    make_office(slug="sozialamt")
    make_office(slug="buergerdienste-nord", name="Bürgerdienste")
    draft = make_office(slug="entwurf")
    draft.status = Status.DRAFT
    draft.save()
    with django_assert_max_num_queries(8):
        data = json.loads(client.get("/ar/offline/pages.json").content)
    assert "/ar/offices/sozialamt/" in data["pages"]
    assert "/ar/hsu/" in data["pages"]
    assert not [page for page in data["pages"] if "entwurf" in page]
    assert len([page for page in data["pages"] if "/offices/" in page]) == 2


def test_essentials_query_count_does_not_grow_with_offices(client, django_assert_max_num_queries):
    for number in range(20):
        make_office(slug=f"amt-{number}")
    with django_assert_max_num_queries(8):
        data = json.loads(client.get("/de/offline/pages.json").content)
    assert len([page for page in data["pages"] if "/offices/" in page]) == 20
