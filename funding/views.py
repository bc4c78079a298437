"""Public pages of the funding app. Every list, page, calendar and feed starts from ``published()``;
staff see drafts of a detail page through ``visible_to`` (preview)."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from funding import calendar, charts, exports, transparency
from funding.models import BuildingBlock, CallDocument, FundingCall, Programme
from portal.pages import render_detail
from portal.query_forms import PageForm

PROJECTS_PER_PAGE = 50


def funding_crumb():
    return (_("Funding"), reverse("funding:index"))


def _calls():
    return FundingCall.objects.published().select_related("programme")


@require_safe
def index(request):
    now = timezone.now()
    context = {
        "open_calls": list(_calls().open(at=now).order_by("deadline", "pk")),
        "upcoming_calls": list(_calls().upcoming(at=now).order_by("opens_at", "pk")),
        "programmes": list(Programme.objects.published()),
        "breadcrumbs": [(_("Funding"), None)],
    }
    return render(request, "funding/index.html", context)


@require_safe
def archive(request):
    calls = _calls().closed().order_by("-deadline", "-pk")
    page = Paginator(calls, 30).get_page(PageForm(request.GET).value("page"))
    context = {"page_obj": page, "breadcrumbs": [funding_crumb(), (_("Closed calls"), None)]}
    return render(request, "funding/archive.html", context)


@require_safe
def call_detail(request, slug, print_mode=False):
    documents = Prefetch("documents", queryset=CallDocument.objects.order_by("position", "pk"))
    calls = FundingCall.objects.visible_to(request.user).select_related("programme").prefetch_related(documents)
    call = get_object_or_404(calls, slug=slug)
    crumbs = [funding_crumb(), (str(call), None)]
    return render_detail(
        request,
        call,
        template="funding/call_detail.html",
        breadcrumbs=crumbs,
        print_mode=print_mode,
    )


@require_safe
def programme_detail(request, slug, print_mode=False):
    blocks = Prefetch("building_blocks", queryset=BuildingBlock.objects.order_by("code"))
    programmes = Programme.objects.visible_to(request.user).prefetch_related(blocks)
    programme = get_object_or_404(programmes, slug=slug)
    calls = FundingCall.objects.published().filter(programme=programme)
    extra = {
        "current_calls": list(calls.not_closed().order_by("deadline", "pk")),
        "past_calls": list(calls.closed().order_by("-deadline", "-pk")[:10]),
        "projects_url": reverse("funding:funded_projects") + "?" + urlencode({"programme": programme.slug}),
    }
    return render_detail(
        request,
        programme,
        template="funding/programme_detail.html",
        breadcrumbs=[funding_crumb(), (str(programme), None)],
        extra=extra,
        print_mode=print_mode,
    )


@require_safe
def funded_projects(request):
    selection = transparency.filter_projects(request.GET)
    year_totals = transparency.totals_per_year(selection.projects)
    page = Paginator(selection.projects, PROJECTS_PER_PAGE).get_page(PageForm(request.GET).value("page"))
    query = urlencode(selection.filters)
    context = {
        "form": selection.form,
        "ignored": selection.ignored,
        "filters": selection.filters,
        "page_obj": page,
        "page_query": query + "&" if query else "",
        "year_totals": year_totals,
        "grand_total": sum((item.total for item in year_totals), 0),
        "project_count": sum(item.count for item in year_totals),
        "chart": charts.year_bar_chart(year_totals),
        "csv_url": reverse("funding:funded_projects_csv") + ("?" + query if query else ""),
        "breadcrumbs": [funding_crumb(), (_("Funded projects"), None)],
    }
    return render(request, "funding/funded_projects.html", context)


@require_safe
def funded_projects_csv(request):
    selection = transparency.filter_projects(request.GET)
    response = HttpResponse(exports.funded_projects_csv(selection.projects), content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = 'attachment; filename="funded-projects.csv"'
    return response


def _ics_response(calls, *, name, filename):
    response = HttpResponse(calendar.calendar_bytes(calls, name=name), content_type="text/calendar; charset=utf-8")
    response.headers["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_safe
def deadlines_ics(request):
    calls = _calls().not_closed().order_by("deadline", "pk")
    return _ics_response(calls, name=_("Funding deadlines – Integration in Dortmund"), filename="deadlines.ics")


@require_safe
def call_ics(request, slug):
    call = get_object_or_404(FundingCall.objects.published(), slug=slug)
    return _ics_response([call], name=str(call), filename=f"{call.slug}-deadline.ics")
