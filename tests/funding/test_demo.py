"""Demo content: idempotent, relative to the day it is loaded, fictitious contacts, every district."""

import datetime

import pytest
import time_machine

from funding import demo
from funding.deadlines import BERLIN, CallStatus
from funding.models import BuildingBlock, CallDocument, FundedProject, FundingCall, Programme
from portal.districts import District

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("today", [datetime.date(2026, 11, 26), datetime.date(2027, 1, 20), datetime.date(2027, 7, 1)])
def test_demo_calls_cover_every_phase_relative_to_today(today):
    noon = datetime.datetime.combine(today, datetime.time(12), tzinfo=BERLIN)
    with time_machine.travel(noon, tick=False):
        demo.load(today=today)
        statuses = sorted(call.call_status for call in FundingCall.objects.published())
    assert statuses == sorted(
        [CallStatus.UPCOMING, CallStatus.OPEN, CallStatus.CLOSING_SOON, CallStatus.CLOSED, CallStatus.CLOSED]
    )
    komm_an = FundingCall.objects.get(slug=f"komm-an-nrw-{today.year + 1}")
    deadline = komm_an.deadline.astimezone(BERLIN)
    assert (deadline.year, deadline.month) == (today.year + 1, 1) and deadline.day >= 20


def test_demo_is_idempotent():
    today = datetime.date(2026, 11, 26)
    demo.load(today=today)
    counts = [m.objects.count() for m in (Programme, BuildingBlock, FundingCall, CallDocument, FundedProject)]
    files = sorted(CallDocument.objects.values_list("file", flat=True))
    demo.load(today=today)
    assert [m.objects.count() for m in (Programme, BuildingBlock, FundingCall, CallDocument, FundedProject)] == counts
    assert sorted(CallDocument.objects.values_list("file", flat=True)) == files
    assert counts[0] == 3 and counts[2] == 5 and counts[4] == 40


def test_demo_funded_projects_span_years_and_all_districts():
    demo.load(today=datetime.date(2026, 11, 26))
    projects = FundedProject.objects.published()
    assert set(projects.values_list("district", flat=True)) == set(District.values)
    assert len(set(projects.values_list("year", flat=True))) >= 3
    assert set(BuildingBlock.objects.values_list("code", flat=True)) == {"A", "B", "C", "D"}


def test_demo_contacts_are_fictitious_and_documents_are_pdfs():
    demo.load(today=datetime.date(2026, 11, 26))
    for model in (Programme, FundingCall):
        for email in model.objects.values_list("contact_email", flat=True):
            assert not email or email.endswith("@example.org")
    files = [document.file for document in CallDocument.objects.all()]
    files += [programme.guideline for programme in Programme.objects.all()]
    assert len(files) == 13
    for file in files:
        with file.open("rb") as handle:
            assert handle.read(5) == b"%PDF-"
