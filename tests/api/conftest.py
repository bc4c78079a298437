"""Content of every app for the API tests: published items, and drafts, scheduled and expired items and a
pending change that must never show, at a fixed instant in Berlin."""

import copy
import datetime

import pytest
import time_machine

from funding.models import CallDocument
from portal.publication import Status
from portal.workflow.pending import live_snapshot, store_pending
from services.models import Closure
from tests.funding import factories as funding
from tests.masterplan import factories as masterplan
from tests.services import factories as services
from tests.services.factories import make_pdf

NOW = funding.berlin(2026, 3, 2, 10)  # a Monday morning
LATER = funding.berlin(2026, 6, 1, 10)
SECRET = "Geheimwort"  # in every item that must not be seen


def pending_change(obj, **fields):
    """A change of ``obj`` waiting for review (portal.workflow), as an editor's save leaves it."""
    live = live_snapshot(obj)
    wanted = copy.deepcopy(live)
    wanted[(obj._meta.label_lower, str(obj.pk))].update(fields)
    return store_pending(obj, wanted, base=live, user=None)


def hide(obj, **fields):
    """Make a published item a draft, scheduled or expired one (``fields``: status or window)."""
    type(obj).objects.filter(pk=obj.pk).update(**fields)


def translations(fields, prefix="Titel"):
    """Arabic and English values of ``fields`` (so the item is translated into both)."""
    values = {}
    for language in ("en", "ar"):
        for name in fields:
            values[f"{name}_{language}"] = f"<p>{prefix} {language}</p>" if name == "body" else f"{prefix} {language}"
    return values


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def content(clock, settings, tmp_path):
    """One published item of each kind, and hidden ones beside it."""
    settings.MEDIA_ROOT = tmp_path / "media"
    hidden_window = {"publish_from": LATER}
    expired = {"publish_from": NOW - datetime.timedelta(days=30), "publish_until": NOW - datetime.timedelta(days=1)}

    topic = services.make_topic(slug="ankommen", **translations(("title", "summary", "body")))
    hide(services.make_topic(slug="entwurf", title=f"{SECRET} Thema"), status=Status.DRAFT)
    office = services.make_office(slug="sozialamt", hours=((1, "08:30", "12:00"), (3, "13:00", "16:00")))
    Closure.objects.create(office=office, first_day=datetime.date(2026, 3, 20), last_day=datetime.date(2026, 3, 20))
    hide(services.make_office(slug="geschlossen", name=f"{SECRET} Amt"), **expired)
    service = services.make_service(slug="beratung", topics=[topic], offices=[office], audiences=["refugees"])
    hide(services.make_service(slug="bald", title=f"{SECRET} Dienst", topics=[topic]), **hidden_window)
    pending_change(service, title_de=f"{SECRET} neuer Titel")

    turkish = services.make_language(slug="turkish")
    hidden_language = services.make_language(slug="klingon", name=f"{SECRET} Sprache", status=Status.DRAFT)
    school = services.make_school(district="eving", name="Grundschule am Park")
    hidden_school = services.make_school(name=f"{SECRET} Schule")
    services.make_offering(turkish, school, grades=(1, 4))
    services.make_offering(turkish, school, grades=(5, 10), weekday=4)
    services.make_offering(hidden_language, hidden_school, notes=f"{SECRET} Raum")

    programme = funding.make_programme(slug="komm-an")
    funding.make_block(programme, "A")
    call = funding.make_call(
        programme=programme, slug="aufruf-2026", opens_at=funding.berlin(2026, 2, 1),
        deadline=funding.berlin(2026, 4, 30, 23, 59), **funding.english("Call 2026"),
    )  # fmt: skip
    CallDocument.objects.create(call=call, title_de="Antrag", file=_pdf("antrag.pdf"))
    funding.make_call(programme=programme, slug="entwurf-aufruf", title_de=f"{SECRET} Aufruf", status=Status.DRAFT,
                      opens_at=funding.berlin(2026, 2, 1), deadline=funding.berlin(2026, 5, 1))  # fmt: skip
    funding.make_project(programme=programme, organisation_de="Nachbarn e. V.")
    funding.make_project(programme=programme, organisation_de=f"{SECRET} e. V.", status=Status.DRAFT)
    hidden_programme = funding.make_programme(slug="geheim", name_de=f"{SECRET} Programm", status=Status.DRAFT)
    funding.make_project(programme=hidden_programme, organisation_de=f"{SECRET} Verein")

    phase = masterplan.phase("netzwerke")
    masterplan.event(phase, "forum")
    masterplan.event(phase, "geheim", title_de=f"{SECRET} Ereignis", status=Status.DRAFT)
    masterplan.phase("zukunft", title_de=f"{SECRET} Phase", **hidden_window)
    masterplan.document(phase, "bericht")
    masterplan.document(phase, "plan", title_de=f"{SECRET} Plan", **hidden_window)
    return {"topic": topic, "service": service, "office": office, "call": call}


def _pdf(name):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, make_pdf(), content_type="application/pdf")
