"""The Masterplan's part of the open-data API (``/api/v1/masterplan/``, see portal.api): the phases of the process
with their events, and its documents. Everything starts from ``published()``."""

import datetime
from typing import Literal

from django.db.models import Exists, OuterRef, Prefetch
from django.shortcuts import get_object_or_404
from django.utils import translation
from ninja import Field, Query, Router, Schema

from masterplan.models import Document, Event, Phase
from portal.api.paging import page_of, paginate
from portal.api.schemas import Error, LanguageQuery, Link, ListQuery, Slug, ascii_int_between, page_link, shown_in
from portal.site_url import absolute_url
from portal.translated_fields import content_language

router = Router(tags=["masterplan"])


class EventOut(Schema):
    slug: str
    title: str
    date: datetime.date
    kind: Literal[tuple(Event.Kind.values)]
    description: str
    place: str
    language: str = Field(description="Language of its texts")


class PhaseOut(Link):
    slug: str
    title: str
    summary: str
    body: str = Field(description="HTML (sanitised), may be empty")
    year_from: int
    year_to: int | None = Field(description="Empty while the phase goes on")
    events: list[EventOut]


class DocumentOut(Link):
    slug: str
    title: str
    date: datetime.date
    kind: Literal[tuple(Document.Kind.values)]
    validity: Literal[tuple(Document.Validity.values)]
    phase: str | None = Field(description="Slug of the phase; null while the phase is not published")
    summary: str
    body: str = Field(description="HTML (sanitised): the accessible main form of the document")
    attachment: str | None = Field(description="Address of the original (PDF)")
    attachment_size: int | None = Field(description="In bytes")


class DocumentQuery(ListQuery):
    phase: Slug | None = Field(None, description="Slug of a phase")
    kind: Literal[tuple(Document.Kind.values)] | None = None
    year: ascii_int_between(1900, 2200) | None = None


def _phases():
    return Phase.objects.published().prefetch_related(
        Prefetch("events", queryset=Event.objects.published().order_by("date", "pk"))
    )


def _documents():
    public_phase = Exists(Phase.objects.published().filter(pk=OuterRef("phase_id")))
    return Document.objects.published().select_related("phase").annotate(phase_public=public_phase)


def event_item(event, language):
    shown = content_language(event, language)
    with translation.override(shown):
        return {
            "slug": event.slug,
            "title": event.title,
            "date": event.date,
            "kind": event.kind,
            "description": event.description,
            "place": event.place or "",
            "language": shown,
        }


def phase_item(phase):
    language = translation.get_language()
    with shown_in(phase, language) as shown:
        item = {
            **page_link(phase, language, shown),
            "slug": phase.slug,
            "title": phase.title,
            "summary": phase.summary,
            "body": phase.body or "",
            "year_from": phase.year_from,
            "year_to": phase.year_to,
        }
    return {**item, "events": [event_item(event, language) for event in phase.events.all()]}


def document_item(document):
    language = translation.get_language()
    with shown_in(document, language) as shown:
        return {
            **page_link(document, language, shown),
            "slug": document.slug,
            "title": document.title,
            "date": document.date,
            "kind": document.kind,
            "validity": document.validity,
            "phase": document.phase.slug if document.phase_public else None,
            "summary": document.summary,
            "body": document.body,
            "attachment": absolute_url(document.attachment.url) if document.attachment else None,
            "attachment_size": document.attachment_size,
        }


@router.get("/phases", response={200: page_of(PhaseOut), 400: Error})
def phases(request, query: Query[ListQuery]):
    """The published phases of the process on its timeline, with their published events."""
    return paginate(request, _phases(), query, keys=("order", "year_from", "pk"), item=phase_item)


@router.get("/documents", response={200: page_of(DocumentOut), 400: Error})
def documents(request, query: Query[DocumentQuery]):
    """Published documents of the process, newest first."""
    selected = _documents()
    if query.phase:
        selected = selected.filter(phase__slug=query.phase, phase_public=True)
    if query.kind:
        selected = selected.filter(kind=query.kind)
    if query.year is not None:
        selected = selected.filter(date__year=query.year)
    return paginate(request, selected, query, keys=("-date", "pk"), item=document_item)


@router.get("/documents/{slug}", response={200: DocumentOut, 400: Error, 404: Error})
def document(request, slug: Slug, query: Query[LanguageQuery]):
    """One published document of the process."""
    return document_item(get_object_or_404(_documents(), slug=slug))
