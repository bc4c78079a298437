"""What the funding app adds to the portal: its URLs, an area, a home-page task with the next call, its search
entries and sitemap list pages (see portal.registry)."""

from django.utils.translation import gettext_lazy as _

from funding import structured_data as ld
from portal.api.catalog import Dataset
from portal.areas import Area, Task
from portal.dashboard import DashboardItem
from portal.search.entries import SearchEntry

URLS = [("funding/", "funding.urls")]

# Its part of the open-data API under /api/v1/ (portal.api): a URL prefix and the dotted path of a ninja Router.
API_ROUTERS = [("funding", "funding.api.router")]

# Open data (portal.api.catalog): the funded projects' CSV download and their API list.
DATASETS = [
    Dataset(
        key="funded-projects",
        title=_("Funded projects"),
        description=_("Projects of associations and initiatives funded through the integration centre, by year."),
        csv_url_name="funding:funded_projects_csv",
        api_path="funding/projects",
        theme="GOVE",
        keywords=(_("Funding"), _("Funded projects")),
    ),
]

AREAS = [
    Area(
        "funding:index",
        _("Funding for associations"),
        _("Programmes and open calls for integration and participation projects, with deadlines and documents."),
        icon="funding",
    ),
]

HOME_TASKS = [
    Task(
        _("Money for my association"),
        _("Funding for projects of associations and initiatives: what is funded, how to apply, which call is open."),
        "funding:index",
        icon="funding",
        home_template="funding/_home_next_call.html",
    ),
]

SEARCH_ENTRIES = [
    SearchEntry(
        key="calls",
        model_label="funding.FundingCall",
        label=_("Funding calls"),
        body=("summary", "description", "how_to_apply", "programme__name"),
        description="summary",
        select_related=("programme",),
        structured_data=ld.grant,
    ),
    SearchEntry(
        key="programmes",
        model_label="funding.Programme",
        label=_("Funding programmes"),
        title="name",
        body=("summary", "purpose", "eligible_applicants", "amounts", "funder"),
        description="summary",
    ),
]

LIST_PAGES = ["funding:archive", "funding:funded_projects"]

# A call changes its status by itself when it opens and at its deadline (portal.render_cache).
PUBLICATION_INSTANTS = [("funding.FundingCall", ("opens_at", "deadline"))]


def _past_deadline(user=None):
    from funding.models import FundingCall

    return FundingCall.objects.filter(status="published").closed()


def _past_deadline_url(user):
    from django.urls import reverse

    return reverse("admin:funding_fundingcall_changelist") + "?status__exact=published&clock=closed"


# The staff start page (portal.dashboard): calls past their deadline that are still published, for those who may
# archive them.
DASHBOARD_ITEMS = [
    DashboardItem(
        key="calls_past_deadline",
        label=_("Funding calls past their deadline, still published"),
        count=lambda user: _past_deadline().count(),
        url=_past_deadline_url,
        permission="workflow.publish_content",
    ),
]
