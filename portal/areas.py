"""The portal's areas, home-page tasks and footer links: navigation, footer and home page are built from them.

Apps declare them in their ``site.py`` (``AREAS``, ``HOME_TASKS``, ``FOOTER_LINKS``: see ``portal.registry``). An
area, task or link appears only while its app is installed and provides the named URL.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse

from portal.registry import contributions


@dataclass(frozen=True)
class Area:
    url_name: str
    title: str
    teaser: str
    icon: str = ""  # name of one of the portal's icons (static/img/icons/<icon>.svg), shown beside the title

    def url(self):
        return reverse(self.url_name)


def available_areas():
    """The areas whose pages exist, in menu order, each with its URL in the active language."""
    result = []
    for area in contributions("AREAS"):
        try:
            result.append((area, area.url()))
        except NoReverseMatch:
            continue
    return result


@dataclass(frozen=True)
class Task:
    """What a resident comes to do ("money for my association"), as a card on the home page.

    It leads to ``url_name`` (with ``kwargs``), or to what ``link()`` returns: a function for targets that are
    content (a topic page), returning None while that content is not public, and then the task is not shown.
    ``home_template`` is an optional partial of the app with a live fact (the next deadline, offices open now).
    """

    title: str
    teaser: str
    url_name: str = ""
    kwargs: tuple = ()
    icon: str = ""
    home_template: str = ""
    link: Callable[[], str | None] | None = None

    def url(self):
        if self.link is not None:
            return self.link()
        return reverse(self.url_name, kwargs=dict(self.kwargs))


def available_tasks():
    """The home page's tasks whose pages exist, in the apps' order, each with its URL in the active language."""
    result = []
    for task in contributions("HOME_TASKS"):
        try:
            url = task.url()
        except NoReverseMatch:
            continue
        if url:
            result.append((task, url))
    return result


@dataclass(frozen=True)
class FooterLink:
    """A link in every footer. ``optional_page`` names the editorial page it leads to when that page may be missing
    (``portal.editorial.OPTIONAL_PAGES``: easy-to-read German, sign language): the link is shown only while that
    page is published, and never on the error pages (they render without the database)."""

    url_name: str
    title: str
    kwargs: tuple = ()
    optional_page: str = ""

    def url(self):
        return reverse(self.url_name, kwargs=dict(self.kwargs))


def available_footer_links():
    """The footer's links whose URLs exist, each with its URL in the active language (no query: the footer shows a
    link with an ``optional_page`` only while that page is published, ``published_optional_pages`` in base.html)."""
    result = []
    for link in contributions("FOOTER_LINKS"):
        try:
            result.append((link, link.url()))
        except NoReverseMatch:
            continue
    return result
