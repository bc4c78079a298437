"""Cached fragments (portal.render_cache.fragment, ``{% fragment %}``): the navigation, the home cards, the sitemap
and the feeds are shared by every copy of the pages that show them (another query string, another consent or
notice cookie), under the same generation and publication boundaries as whole pages: a publish is on the next
anonymous request, a boundary is never crossed by a cached fragment, and staff always get a fresh build."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.test import Client, override_settings

from portal import render_cache
from tests.funding.factories import berlin, make_call
from tests.portal.factories import site_notice
from tests.search import factories

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = datetime.datetime(2027, 1, 10, 12, 0, tzinfo=BERLIN)


def get(url, variant):
    """A page the render cache has not kept yet (a query string of its own), so only fragments can be shared."""
    return Client().get(f"{url}?variant={variant}")


@time_machine.travel(NOW, tick=False)
def test_home_shares_its_cards_and_navigation_between_copies(django_assert_max_num_queries, django_assert_num_queries):
    make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 3, 1, 12), title_de="Fonds Eins")
    with django_assert_max_num_queries(20) as first:
        assert "Fonds Eins" in get("/de/", 1).content.decode()
    with django_assert_max_num_queries(len(first) - 1):  # the cards' queries are not asked again
        again = get("/de/", 2)
    assert again.content.decode().count("Fonds Eins") == 1


@time_machine.travel(NOW, tick=False)
def test_publish_is_on_the_next_request_of_every_fragment():
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 3, 1, 12), title_de="Fonds Eins")
    service = factories.service(title="Beratung Alt")
    assert "Fonds Eins" in get("/de/", 1).content.decode()
    assert "Beratung Alt" in get("/de/feed/", 1).content.decode()
    sitemap = get("/sitemap.xml", 1).content.decode()
    assert service.get_absolute_url() in sitemap
    call.title_de = "Fonds Neu"
    call.save()
    service.slug = "beratung-neu"
    service.title_de = "Beratung Neu"
    service.save()
    assert "Fonds Neu" in get("/de/", 2).content.decode()
    assert "Fonds Neu" in get("/de/funding/feed/", 2).content.decode()
    assert "Beratung Neu" in get("/de/feed/", 2).content.decode()
    assert "/de/services/beratung-neu/" in get("/sitemap.xml", 2).content.decode()


def test_a_fragment_never_outlives_a_publication_boundary():
    make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 3, 1, 12), title_de="Fonds Eins")
    later = make_call(
        opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 4, 1, 12), title_de="Fonds Zwei", publish_from=NOW
    )
    with time_machine.travel(NOW - datetime.timedelta(seconds=30), tick=False):
        assert later.title_de not in get("/de/funding/feed/", 1).content.decode()
        assert "Fonds Eins" in get("/de/", 1).content.decode()
    with time_machine.travel(NOW, tick=False):
        assert later.title_de in get("/de/funding/feed/", 2).content.decode()
    with time_machine.travel(berlin(2027, 3, 1, 12), tick=False):  # the first call's deadline
        home = get("/de/", 3).content.decode()
        assert "Fonds Eins" not in home and "Fonds Zwei" in home


@time_machine.travel(NOW, tick=False)
def test_the_menu_marks_the_area_of_each_page():
    factories.service(title="Beratung")
    services = get("/de/services/", 1).content.decode()
    funding = get("/de/funding/", 1).content.decode()
    assert '<a href="/de/services/" aria-current="page">' in services
    assert '<a href="/de/funding/" aria-current="page">' in funding
    assert 'href="/de/services/" aria-current' not in funding
    menu = get("/de/offline/", 1).content.decode().split('id="main-nav"')[1].split("</nav>")[0]
    assert "aria-current" not in menu  # a page outside every area


@time_machine.travel(NOW, tick=False)
def test_staff_get_fragments_built_afresh(admin_client):
    make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 3, 1, 12), title_de="Fonds Eins")
    assert "Fonds Eins" in get("/de/", 1).content.decode()
    built = []
    original = render_cache.fragment

    def counting(name, *vary, build):
        return original(name, *vary, build=lambda: built.append(name) or build())

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render_cache, "fragment", counting)
        admin_client.get("/de/?variant=staff")
        assert "home-tasks" in built


@override_settings(PORTAL_RENDER_CACHE_SECONDS=0)
@time_machine.travel(NOW, tick=False)
def test_without_the_render_cache_fragments_are_built_for_every_request(django_assert_max_num_queries):
    make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 3, 1, 12), title_de="Fonds Eins")
    get("/de/", 1)
    with django_assert_max_num_queries(20) as second:
        get("/de/", 2)
    with django_assert_max_num_queries(20) as third:
        get("/de/", 2)
    assert len(second) == len(third) > 0


def test_site_notices_are_shared_and_follow_their_window():
    with time_machine.travel(NOW, tick=False):
        assert "Dienststellen geschlossen" not in get("/de/", 1).content.decode()
        notice = site_notice(starts_at=NOW, ends_at=NOW + datetime.timedelta(hours=2))
        assert "Dienststellen geschlossen" in get("/de/funding/", 1).content.decode()
        notice.text_de = "Heute früher geschlossen."
        notice.save()
        assert "Heute früher geschlossen." in get("/de/funding/", 2).content.decode()
    with time_machine.travel(NOW + datetime.timedelta(hours=2), tick=False):  # its window ends
        assert "Heute früher geschlossen." not in get("/de/funding/", 3).content.decode()
