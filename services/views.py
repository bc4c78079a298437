"""Public pages of the services app: service index, topics, services, offices, HSU information and finder."""

from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_safe

from portal.pages import render_detail
from services import exports, hsu_finder
from services.models import (
    District,
    HSUInformation,
    HSULanguage,
    HSUOffering,
    Office,
    Service,
    Topic,
)
from services.school_year import registration_deadline


def _offices_with_hours(queryset):
    return queryset.prefetch_related("hours", "closures")


def index(request):
    services = Service.objects.published()
    topics = Topic.objects.published().prefetch_related(Prefetch("services", queryset=services))
    return render(
        request,
        "services/index.html",
        {"topics": topics, "breadcrumbs": [(_("Services and advice"), None)]},
    )


def topic_detail(request, slug, print_mode=False):
    topic = get_object_or_404(Topic.objects.visible_to(request.user), slug=slug)
    services = topic.services.published()
    return render_detail(
        request,
        topic,
        template="services/topic_detail.html",
        breadcrumbs=[(_("Services and advice"), reverse("services:index")), (str(topic), None)],
        extra={"services": services},
        print_mode=print_mode,
    )


def service_detail(request, slug, print_mode=False):
    service = get_object_or_404(Service.objects.visible_to(request.user), slug=slug)
    offices = _offices_with_hours(service.offices.published())
    topics = list(service.topics.published())
    breadcrumbs = [(_("Services and advice"), reverse("services:index"))]
    if topics:
        breadcrumbs.append((str(topics[0]), topics[0].get_absolute_url()))
    breadcrumbs.append((str(service), None))
    return render_detail(
        request,
        service,
        template="services/service_detail.html",
        breadcrumbs=breadcrumbs,
        extra={"offices": offices, "related": service.related.published(), "topics": topics},
        print_mode=print_mode,
    )


def office_detail(request, slug, print_mode=False):
    office = get_object_or_404(_offices_with_hours(Office.objects.visible_to(request.user)), slug=slug)
    return render_detail(
        request,
        office,
        template="services/office_detail.html",
        breadcrumbs=[(_("Services and advice"), reverse("services:index")), (str(office), None)],
        extra={"services": office.services.published(), "status": office.opening_status()},
        print_mode=print_mode,
    )


def _hsu_information(request):
    contact = Prefetch("contact", queryset=_offices_with_hours(Office.objects.all()))
    return (
        HSUInformation.objects.visible_to(request.user)
        .prefetch_related("documents", contact)
        .order_by("-publish_from", "-pk")
        .first()
    )


def _hsu_context(information):
    today = timezone.localdate()
    if information is None:
        return {"deadline": registration_deadline(today), "contact": None}
    deadline = registration_deadline(today, month=information.deadline_month, day=information.deadline_day)
    contact = information.contact if information.contact and information.contact.is_published() else None
    documents = list(information.documents.all())
    return {
        "deadline": deadline,
        "contact": contact,
        "contact_status": contact.opening_status() if contact else None,
        "forms": [document for document in documents if document.kind == "form"],
        "explanations": [document for document in documents if document.kind == "explanation"],
    }


def _finder_context(request):
    """What the class finder shows: its choices, and for the visitor's filters the classes found (grouped by school)
    or, before a search, the languages with their numbers of classes (hsu_finder)."""
    languages = list(HSULanguage.objects.published())
    filters = hsu_finder.read_filters(request.GET, languages=languages)
    per_language = [] if filters.submitted else hsu_finder.classes_per_language(languages)
    offerings = hsu_finder.find_offerings(filters) if filters.submitted else []
    if filters.submitted:
        result_count = ngettext("%(count)d class found", "%(count)d classes found", len(offerings)) % {
            "count": len(offerings)
        }
    else:
        total = sum(count for _language, count in per_language)
        result_count = ngettext("%(counter)s class in Dortmund", "%(counter)s classes in Dortmund", total) % {
            "counter": total
        }
    return {
        "languages": languages,
        "districts": District.choices,
        "grades": hsu_finder.GRADES,
        "filters": filters,
        "offerings": offerings,
        "groups": hsu_finder.group_by_school(offerings),
        "per_language": per_language,
        "result_count": result_count,
        "offering_districts": (
            hsu_finder.districts_offering(filters.language) if not offerings and filters.language else []
        ),
    }


def hsu(request, print_mode=False):
    """HSU information (who, how, deadline, documents, contact) and the class finder (GET form; not printed)."""
    information = _hsu_information(request)
    context = _hsu_context(information)
    if not print_mode:
        context.update(_finder_context(request))
    breadcrumbs = [(_("Heritage-language classes (HSU)"), None)]
    if information is None:
        if print_mode:
            raise Http404("No HSU information is published.")
        return render(request, "services/hsu.html", dict(context, breadcrumbs=breadcrumbs))
    return render_detail(
        request,
        information,
        template="services/hsu.html",
        breadcrumbs=breadcrumbs,
        extra=context,
        print_mode=print_mode,
    )


def hsu_language(request, slug, print_mode=False):
    language = get_object_or_404(HSULanguage.objects.visible_to(request.user), slug=slug)
    offerings = list(
        HSUOffering.objects.filter(language=language)
        .select_related("language", "school")
        .order_by("school__district", "school__name", "weekday", "starts")
    )
    return render_detail(
        request,
        language,
        template="services/hsu_language_detail.html",
        breadcrumbs=[(_("Heritage-language classes (HSU)"), reverse("services:hsu")), (str(language), None)],
        extra={"offerings": offerings, "groups": hsu_finder.group_by_school(offerings)},
        print_mode=print_mode,
    )


def _csv_response(text, filename):
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
def offices_csv(request):
    """Open data: every published office with its address, contact and weekly hours."""
    offices = _offices_with_hours(Office.objects.published()).order_by("slug")
    return _csv_response(exports.offices_csv(offices), "offices.csv")


@require_safe
def hsu_classes_csv(request):
    """Open data: every HSU class of a published language."""
    return _csv_response(exports.hsu_classes_csv(HSUOffering.objects.public()), "hsu-classes.csv")
