"""The portal's areas and footer links: main navigation, footer and home page are built from them.

Apps declare them in their ``site.py`` (``AREAS``, ``FOOTER_LINKS``: see ``portal.registry``). An area or link
appears only while its app is installed and provides the named URL.
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse

from portal.registry import contributions


@dataclass(frozen=True)
class Area:
    url_name: str
    title: str
    teaser: str
    home_template: str = ""  # optional partial the home page includes below the teaser (in the app's templates)

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
class FooterLink:
    url_name: str
    title: str
    kwargs: tuple = ()

    def url(self):
        return reverse(self.url_name, kwargs=dict(self.kwargs))


def available_footer_links():
    result = []
    for link in contributions("FOOTER_LINKS"):
        try:
            result.append((link, link.url()))
        except NoReverseMatch:
            continue
    return result
