"""The home page as residents' tasks, not app names, in German and Arabic: the five tasks in the
residents' words, each leading to its page; the open call that closes next; whether the main offices are open now;
search; Easy-to-read German and German Sign Language at once."""

import datetime
import zoneinfo

import lxml.html
import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext

from funding.models import FundingCall
from portal.publication import Status
from portal.templatetags.portal_dates import local_time
from services.models import Office

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
SOFT_HYPHEN = "\u00ad"  # a word may carry them where it may break; the text is compared without
OPEN_UNTIL_MSGID = 'Open now, until <bdi dir="ltr">%(time)s</bdi>.'
TASKS = [
    ("New in Dortmund", ("/topics/neuzugewanderte/", "/services/")),
    ("Advice and help", ("/services/",)),
    ("My child's languages at school (HSU)", ("/hsu/",)),
    ("Money for my association", ("/funding/",)),
    ("The city's integration strategy", ("/masterplan/",)),
]


def home(client, lang):
    cache.clear()  # each instant its own rendering
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    return lxml.html.fromstring(response.content.decode().replace(SOFT_HYPHEN, ""))


def text(element):
    return " ".join(element.text_content().split())


def card(tree, title):
    [found] = tree.xpath(f"//section[@class='home-tasks']//li[.//h3[normalize-space()={title!r}]]")
    return found


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_home_page_offers_the_five_tasks_with_search_easy_read_and_sign_language(client, demo_site, lang):
    tree = home(client, lang)
    with translation.override(lang):
        titles = [gettext(title) for title, _ in TASKS]
        labels = [gettext("Easy-to-read German"), gettext("German Sign Language")]
    if lang != "de":
        assert not set(titles) & {title for title, _ in TASKS}, "the tasks are not translated"
    cards = tree.xpath("//section[@class='home-tasks']//li[contains(@class, 'card--task')]")
    assert [text(item.xpath(".//h3")[0]) for item in cards] == titles
    for item, (_, targets) in zip(cards, TASKS, strict=True):
        assert item.xpath(".//h3/a/@href")[0] in {f"/{lang}{target}" for target in targets}
    # search, then the two ways to German in plain words and in sign language, before the tasks
    [search] = tree.xpath("//main//form[@role='search']")
    assert search.get("action") == f"/{lang}/search/" and search.xpath(".//input[@name='q']")
    access = tree.xpath("//main//ul[@class='home-access']//a")
    assert [(text(link), link.get("href")) for link in access] == [
        (labels[0], f"/{lang}/info/leichte-sprache/"),
        (labels[1], f"/{lang}/info/gebaerdensprache/"),
    ]
    order = [element for element in tree.iter() if element in {search, access[0], cards[0]}]
    assert order == [search, access[0], cards[0]]


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_money_task_names_the_open_call_that_closes_next(client, demo_site, lang):
    now = timezone.now()
    calls = [
        call for call in FundingCall.objects.all()
        if call.status == Status.PUBLISHED and call.opens_at <= now < call.deadline
    ]  # fmt: skip
    assert len(calls) >= 2, "the demo has open calls to choose from"
    first = min(calls, key=lambda call: (call.deadline, call.pk))
    with translation.override(lang):
        money = card(home(client, lang), gettext("Money for my association"))
        url = first.get_absolute_url()
    assert money.xpath(".//*[@class='next-call__title']/a/@href") == [url]
    [deadline] = money.xpath(".//*[@class='next-call__when']/time/@datetime")
    assert datetime.datetime.fromisoformat(deadline) == first.deadline


def _first_open_instant(office, after):
    """The first instant within a week after ``after`` at which ``office`` is open (its status says so)."""
    for hours in range(7 * 24):
        instant = (after + datetime.timedelta(hours=hours)).replace(minute=30, second=0, microsecond=0)
        if office.opening_status(at=instant).open_now:
            return instant
    raise AssertionError(f"{office} is never open in the coming week")


def _next_sunday_night(after):
    day = after.astimezone(BERLIN).date() + datetime.timedelta(days=1)
    while day.weekday() != 6:
        day += datetime.timedelta(days=1)
    return datetime.datetime.combine(day, datetime.time(3, 0), tzinfo=BERLIN)


def _offices_shown(tree, lang):
    with translation.override(lang):
        advice = card(tree, gettext("Advice and help"))
    return [
        (item.xpath("./a/@href")[0], "open-offices__item--open" in item.get("class"), text(item.xpath("./span")[0]))
        for item in advice.xpath(".//ul[@class='open-offices']/li")
    ]


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_advice_task_shows_whether_the_main_offices_are_open_now(client, demo_site, lang):
    offices = list(Office.objects.published().filter(hours__isnull=False).distinct())
    assert len(offices) >= 2
    with translation.override(lang):
        closed = gettext("Closed now.")
        urls = {office.get_absolute_url(): office for office in offices}
    night = _next_sunday_night(timezone.now())
    with time_machine.travel(night, tick=False):
        shown = _offices_shown(home(client, lang), lang)
    assert len(shown) >= 2 and {url for url, _, _ in shown} <= set(urls)
    assert [(is_open, state) for _, is_open, state in shown] == [(False, closed)] * len(shown)
    office = urls[shown[0][0]]
    morning = _first_open_instant(office, night)
    with time_machine.travel(morning, tick=False):
        shown = _offices_shown(home(client, lang), lang)
        status = office.opening_status(at=morning)
        with translation.override(lang):
            expected = strip_tags(gettext(OPEN_UNTIL_MSGID) % {"time": local_time(status.closes_at)})
    assert status.open_now
    assert shown[0][1:] == (True, " ".join(expected.split()))
