"""``published()`` at fixed instants around publish-from and publish-until; ``is_published()`` agrees."""

import pytest
import time_machine

from portal.models import EditorialPage
from portal.publication import Status
from tests.portal.factories import berlin, editorial_page

pytestmark = pytest.mark.django_db

FROM = berlin(2027, 3, 1, 8, 0)
UNTIL = berlin(2027, 3, 31, 18, 0)


@pytest.fixture
def windowed():
    return editorial_page(slug="fenster", publish_from=FROM, publish_until=UNTIL)


@pytest.mark.parametrize(
    ("instant", "visible"),
    [
        (berlin(2027, 2, 28, 23, 59, 59), False),
        (berlin(2027, 3, 1, 7, 59, 59), False),
        (berlin(2027, 3, 1, 8, 0, 0), True),  # publish-from is inclusive
        (berlin(2027, 3, 15, 12, 0), True),
        (berlin(2027, 3, 31, 17, 59, 59), True),
        (berlin(2027, 3, 31, 18, 0, 0), False),  # publish-until is exclusive
        (berlin(2027, 4, 1, 0, 0), False),
    ],
)
def test_published_window_at_fixed_instants(windowed, instant, visible):
    with time_machine.travel(instant, tick=False):
        assert EditorialPage.objects.published().filter(pk=windowed.pk).exists() is visible
        assert windowed.is_published() is visible
    # the same answer for an explicit instant, whatever the clock says
    assert EditorialPage.objects.published(at=instant).filter(pk=windowed.pk).exists() is visible
    assert windowed.is_published(at=instant) is visible


@pytest.mark.parametrize("status", [Status.DRAFT, Status.ARCHIVED])
def test_published_excludes_draft_and_archived_inside_window(status):
    page = editorial_page(slug="entwurf", status=status, publish_from=FROM, publish_until=UNTIL)
    instant = berlin(2027, 3, 15, 12, 0)
    assert not EditorialPage.objects.published(at=instant).filter(pk=page.pk).exists()
    assert page.is_published(at=instant) is False


def test_published_window_in_berlin_time_across_dst():
    # 2027-03-28 02:00 CET -> 03:00 CEST: the window opens at 03:00 Berlin summer time = 01:00 UTC
    page = editorial_page(slug="sommerzeit", publish_from=berlin(2027, 3, 28, 3, 0))
    with time_machine.travel("2027-03-28 00:59:59+00:00", tick=False):
        assert not EditorialPage.objects.published().filter(pk=page.pk).exists()
        assert not page.is_published()
    with time_machine.travel("2027-03-28 01:00:00+00:00", tick=False):
        assert EditorialPage.objects.published().filter(pk=page.pk).exists()
        assert page.is_published()


def test_published_without_window_always_visible():
    page = editorial_page(slug="immer")
    for instant in (berlin(1999, 1, 1), berlin(2099, 12, 31, 23, 59)):
        assert EditorialPage.objects.published(at=instant).filter(pk=page.pk).exists()
        assert page.is_published(at=instant)


@pytest.mark.parametrize(
    ("status", "window", "instant_day"),
    [
        (Status.DRAFT, False, 15),
        (Status.ARCHIVED, False, 15),
        (Status.PUBLISHED, True, 2),  # not yet: window opens on the 10th
        (Status.PUBLISHED, True, 25),  # no longer: window closed on the 20th
    ],
)
def test_hidden_page_reachable_by_no_public_url(client, status, window, instant_day):
    extra = {"publish_from": berlin(2027, 5, 10), "publish_until": berlin(2027, 5, 20)} if window else {}
    editorial_page(slug="versteckt", status=status, **extra)
    with time_machine.travel(berlin(2027, 5, instant_day, 12, 0), tick=False):
        for url in ("/de/info/versteckt/", "/ar/info/versteckt/", "/de/info/versteckt/print/"):
            assert client.get(url).status_code == 404


def test_window_order_enforced_by_database():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        editorial_page(slug="falsch", publish_from=UNTIL, publish_until=FROM)
