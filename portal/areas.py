"""The portal's areas: main navigation, footer and home page are built from this list.

An area appears once its app provides the named URL, so each content app switches itself on by existing.
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Area:
    url_name: str
    title: str
    teaser: str
    home_template: str = ""  # optional partial the home page includes below the teaser

    def url(self):
        return reverse(self.url_name)


AREAS = [
    Area(
        "services:index",
        _("Services and advice"),
        _("Advice for new arrivals, neighbours and volunteers, the services for refugees and whom to contact."),
    ),
    Area(
        "services:hsu",
        _("Heritage-language classes (HSU)"),
        _("Lessons in the family language for pupils in grades 1 to 10: languages, schools and registration."),
    ),
    Area(
        "funding:index",
        _("Funding for associations"),
        _("Programmes and open calls for integration and participation projects, with deadlines and documents."),
        "funding/_home_next_call.html",
    ),
    Area(
        "masterplan:index",
        _("Masterplan Migration/Integration"),
        _("The city's participatory integration strategy since 2005: phases, events and documents."),
    ),
]


def available_areas():
    """The areas whose pages exist, in menu order, each with its URL in the active language."""
    result = []
    for area in AREAS:
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


# Legal and service links in every footer; each appears once the page that serves it exists.
FOOTER_LINKS = [
    FooterLink("info_page", _("Legal notice"), (("slug", "impressum"),)),
    FooterLink("info_page", _("Privacy notice"), (("slug", "datenschutz"),)),
    FooterLink("consent", _("Privacy settings")),
    FooterLink("info_page", _("Accessibility statement"), (("slug", "barrierefreiheit"),)),
    FooterLink("info_page", _("Easy-to-read German"), (("slug", "leichte-sprache"),)),
    FooterLink("info_page", _("German Sign Language"), (("slug", "gebaerdensprache"),)),
]


def available_footer_links():
    result = []
    for link in FOOTER_LINKS:
        try:
            result.append((link, link.url()))
        except NoReverseMatch:
            continue
    return result
