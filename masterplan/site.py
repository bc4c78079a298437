"""What the Masterplan app adds to the portal: its URLs, an area, a home-page task, its search entries and sitemap
list pages (see portal.registry)."""

from django.utils.translation import gettext_lazy as _

from masterplan import structured_data as ld
from portal.areas import Area, Task
from portal.search.entries import SearchEntry

URLS = [("masterplan/", "masterplan.urls")]

# Its part of the open-data API under /api/v1/ (portal.api): a URL prefix and the dotted path of a ninja Router.
API_ROUTERS = [("masterplan", "masterplan.api.router")]

AREAS = [
    Area(
        "masterplan:index",
        _("Masterplan Migration/Integration"),
        _("The city's participatory integration strategy since 2005: phases, events and documents."),
        icon="strategy",
    ),
]

HOME_TASKS = [
    Task(
        _("The city's integration strategy"),
        _("The Masterplan Migration/Integration: how Dortmund has planned integration together with its residents."),
        "masterplan:index",
        icon="strategy",
    ),
]

SEARCH_ENTRIES = [
    SearchEntry(
        key="documents",
        model_label="masterplan.Document",
        label=_("Masterplan documents"),
        body=("summary", "body"),
        description="summary",
        select_related=("phase",),
        structured_data=ld.digital_document,
    ),
    # Phases and events are parts of the Masterplan timeline page (their addresses are anchors on it):
    # found by search, not listed on their own in the sitemap or feed.
    SearchEntry(
        key="phases",
        model_label="masterplan.Phase",
        label=_("Masterplan phases"),
        body=("summary", "body"),
        description="summary",
        has_page=False,
    ),
    SearchEntry(
        key="events",
        model_label="masterplan.Event",
        label=_("Masterplan events"),
        body=("description", "place"),
        description="description",
        has_page=False,
    ),
]

LIST_PAGES = ["masterplan:documents"]
