"""The funding app's part of the open-data API (``/api/v1/funding/``, see portal.api): programmes with their
building blocks, calls with their status from the clock (``funding.deadlines``) and funded projects.

Everything starts from ``published()``; funded projects of an unpublished programme stay unseen
(``funding.transparency.published_projects``).
"""

import datetime
from decimal import Decimal
from typing import Literal

from django.db.models import Exists, OuterRef, Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from ninja import Field, Query, Router, Schema

from funding.deadlines import CallStatus
from funding.models import BuildingBlock, CallDocument, FunderType, FundingCall, Programme
from funding.transparency import published_projects
from portal.api.paging import page_of, paginate
from portal.api.schemas import (
    Error,
    LanguageQuery,
    Link,
    ListQuery,
    Slug,
    ascii_int_between,
    local,
    page_link,
    shown_in,
)
from portal.districts import District
from portal.site_url import absolute_url
from portal.translated_fields import content_language

router = Router(tags=["funding"])
DETAIL = {400: Error, 404: Error}


class ContactOut(Schema):
    name: str
    email: str
    phone: str


class BuildingBlockOut(Schema):
    code: str
    title: str
    description: str
    max_amount: Decimal | None = Field(description="Cap or lump sum per project, in euros")


class ProgrammeOut(Link):
    slug: str
    name: str
    funder_type: Literal[tuple(FunderType.values)]
    funder: str
    summary: str
    purpose: str = Field(description="HTML (sanitised)")
    eligible_applicants: str = Field(description="HTML (sanitised), may be empty")
    amounts: str = Field(description="HTML (sanitised), may be empty")
    guideline: str | None = Field(description="Address of the guideline (PDF)")
    building_blocks: list[BuildingBlockOut]
    contact: ContactOut


class CallDocumentOut(Schema):
    kind: str
    title: str
    file: str = Field(description="Address of the PDF file")
    required: bool


class CallOut(Link):
    slug: str
    title: str
    programme: str | None = Field(description="Slug of the programme; null while the programme is not published")
    summary: str
    description: str = Field(description="HTML (sanitised)")
    opens_at: datetime.datetime
    deadline: datetime.datetime
    status: Literal[tuple(CallStatus.values)] = Field(description="From the clock at the time of the answer")
    total_budget: Decimal | None
    max_per_project: Decimal | None
    how_to_apply: str = Field(description="HTML (sanitised), may be empty")
    application_url: str
    documents: list[CallDocumentOut]
    contact: ContactOut


class CallQuery(ListQuery):
    status: Literal[tuple(CallStatus.values)] | None = Field(None, description="Only calls in this phase now")


class ProjectOut(Schema):
    id: int
    year: int
    organisation: str
    title: str
    language: str = Field(description="Language of organisation and title (that of the answer, or German)")
    programme: str = Field(description="Slug of the programme")
    building_block: str | None = Field(description="Code of the building block")
    district: Literal[tuple(District.values)]
    amount: Decimal = Field(description="In euros")


class ProjectQuery(ListQuery):
    year: ascii_int_between(2000, 2100) | None = None
    programme: Slug | None = Field(None, description="Slug of a programme")
    district: Literal[tuple(District.values)] | None = None


def _file_url(field):
    return absolute_url(field.url) if field else None


def _contact(item):
    return {"name": item.contact_label, "email": item.contact_email, "phone": item.contact_phone}


def _programmes():
    blocks = Prefetch("building_blocks", queryset=BuildingBlock.objects.order_by("code"))
    return Programme.objects.published().prefetch_related(blocks)


def _calls():
    documents = Prefetch("documents", queryset=CallDocument.objects.order_by("position", "pk"))
    public_programme = Exists(Programme.objects.published().filter(pk=OuterRef("programme_id")))
    return (
        FundingCall.objects.published()
        .select_related("programme")
        .prefetch_related(documents)
        .annotate(programme_public=public_programme)
    )


def programme_item(programme):
    language = translation.get_language()
    with shown_in(programme, language) as shown:
        return {
            **page_link(programme, language, shown),
            "slug": programme.slug,
            "name": programme.name,
            "funder_type": programme.funder_type,
            "funder": programme.funder_name,
            "summary": programme.summary,
            "purpose": programme.purpose,
            "eligible_applicants": programme.eligible_applicants or "",
            "amounts": programme.amounts or "",
            "guideline": _file_url(programme.guideline),
            "building_blocks": [
                {
                    "code": block.code,
                    "title": block.title or block.title_de,
                    "max_amount": block.max_amount,
                    "description": block.description or block.description_de or "",
                }
                for block in programme.building_blocks.all()
            ],  # fmt: skip
            "contact": _contact(programme),
        }


def call_item(call):
    language = translation.get_language()
    with shown_in(call, language) as shown:
        return {
            **page_link(call, language, shown),
            "slug": call.slug,
            "title": call.title,
            "programme": call.programme.slug if call.programme_public else None,
            "summary": call.summary,
            "description": call.description,
            "opens_at": local(call.opens_at),
            "deadline": local(call.deadline),
            "status": call.call_status,
            "total_budget": call.total_budget,
            "max_per_project": call.max_per_project,
            "how_to_apply": call.how_to_apply or "",
            "application_url": call.application_url,
            "documents": [
                {
                    "kind": document.kind,
                    "title": document.title or document.title_de,
                    "file": absolute_url(document.file.url),
                    "required": document.required,
                }
                for document in call.documents.all()
            ],  # fmt: skip
            "contact": _contact(call),
        }


def project_item(project):
    shown = content_language(project, translation.get_language())
    with translation.override(shown):
        return {
            "id": project.pk,
            "year": project.year,
            "organisation": project.organisation,
            "title": project.title,
            "language": shown,
            "programme": project.programme.slug,
            "building_block": project.building_block.code if project.building_block else None,
            "district": project.district,
            "amount": project.amount,
        }


@router.get("/programmes", response={200: page_of(ProgrammeOut), 400: Error})
def programmes(request, query: Query[ListQuery]):
    """Published funding programmes with their building blocks."""
    return paginate(request, _programmes(), query, keys=("slug",), item=programme_item)


@router.get("/programmes/{slug}", response={200: ProgrammeOut, **DETAIL})
def programme(request, slug: Slug, query: Query[LanguageQuery]):
    """One published funding programme."""
    return programme_item(get_object_or_404(_programmes(), slug=slug))


@router.get("/calls", response={200: page_of(CallOut), 400: Error})
def calls(request, query: Query[CallQuery]):
    """Published calls by deadline, with their status now (upcoming, open, closing soon, closed)."""
    selected = _calls()
    now = timezone.now()
    if query.status is not None:
        selected = {
            CallStatus.UPCOMING: selected.upcoming(at=now),
            CallStatus.OPEN: selected.open(at=now).exclude(pk__in=selected.closing_soon(at=now).values("pk")),
            CallStatus.CLOSING_SOON: selected.closing_soon(at=now),
            CallStatus.CLOSED: selected.closed(at=now),
        }[query.status]
    return paginate(request, selected, query, keys=("deadline", "pk"), item=call_item)


@router.get("/calls/{slug}", response={200: CallOut, **DETAIL})
def call(request, slug: Slug, query: Query[LanguageQuery]):
    """One published call with its documents and status now."""
    return call_item(get_object_or_404(_calls(), slug=slug))


@router.get("/projects", response={200: page_of(ProjectOut), 400: Error})
def projects(request, query: Query[ProjectQuery]):
    """Published funded projects, newest year first (the transparency list)."""
    selected = published_projects().select_related("programme", "building_block")
    if query.year is not None:
        selected = selected.filter(year=query.year)
    if query.programme:
        selected = selected.filter(programme__slug=query.programme)
    if query.district:
        selected = selected.filter(district=query.district)
    return paginate(request, selected, query, keys=("-year", "pk"), item=project_item)
