"""Pages of the Masterplan: the timeline, the document list and the document pages (with their print twin)."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from masterplan.forms import DocumentFilterForm, document_years
from masterplan.models import Document, Event, Phase
from portal.languages import direction
from portal.pages import render_detail
from portal.translated_fields import content_language

TITLE = _("Masterplan Migration/Integration")


def with_languages(items):
    """Mark each item with the language it is shown in (the visitor's or German) for lang/dir attributes."""
    for item in items:
        item.shown_lang = content_language(item)
        item.shown_dir = direction(item.shown_lang)
    return items


def index(request):
    phases = with_languages(
        list(
            Phase.objects.published()
            .in_order()
            .prefetch_related(
                Prefetch("events", Event.objects.published().order_by("date", "pk")),
                Prefetch("documents", Document.objects.published().order_by("date", "pk")),
            )
        )
    )
    for phase in phases:
        with_languages(phase.events.all())
        with_languages(phase.documents.all())
    return render(
        request,
        "masterplan/index.html",
        {"phases": phases, "title": TITLE, "breadcrumbs": [(TITLE, None)]},
    )


def documents(request):
    published = Document.objects.published()
    phases = with_languages(list(Phase.objects.published().in_order()))
    for phase in phases:
        with translation.override(phase.shown_lang):
            phase.label = f"{phase.years}: {phase.title}"
    form = DocumentFilterForm(request.GET, phases=phases, years=document_years(published))
    results = with_languages(list(published.filtered(**form.filters()).select_related("phase")))
    return render(
        request,
        "masterplan/documents.html",
        {
            "form": form,
            "documents": results,
            "ignored_filters": form.ignored(),
            "is_filtered": any(form.filters().values()),
            "title": _("Documents of the Masterplan"),
            "breadcrumbs": [(TITLE, reverse("masterplan:index")), (_("Documents"), None)],
        },
    )


def document(request, slug, print_mode=False):
    item = get_object_or_404(Document.objects.visible_to(request.user).select_related("phase"), slug=slug)
    with translation.override(content_language(item)):
        title = item.title
    return render_detail(
        request,
        item,
        template="masterplan/document_detail.html",
        breadcrumbs=[
            (TITLE, reverse("masterplan:index")),
            (_("Documents"), reverse("masterplan:documents")),
            (title, None),
        ],
        print_mode=print_mode,
    )
