"""Small factories for funding tests: published, German-only content unless told otherwise."""

import datetime
import itertools
from decimal import Decimal

from funding.deadlines import BERLIN
from funding.models import BuildingBlock, FundedProject, FundingCall, Programme
from portal.publication import Status

_numbers = itertools.count(1)


def berlin(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def make_programme(**fields):
    number = next(_numbers)
    defaults = {
        "slug": f"programme-{number}",
        "name_de": f"Programm {number}",
        "summary_de": "Kurzbeschreibung des Programms.",
        "purpose_de": "<p>Zweck des Programms.</p>",
        "status": Status.PUBLISHED,
    }
    return Programme.objects.create(**{**defaults, **fields})


def make_call(*, programme=None, opens_at, deadline, **fields):
    number = next(_numbers)
    defaults = {
        "programme": programme or make_programme(),
        "slug": f"call-{number}",
        "title_de": f"Aufruf {number}",
        "summary_de": "Kurz gesagt: ein Förderaufruf.",
        "description_de": "<p>Beschreibung des Aufrufs.</p>",
        "opens_at": opens_at,
        "deadline": deadline,
        "status": Status.PUBLISHED,
    }
    return FundingCall.objects.create(**{**defaults, **fields})


def make_block(programme, code="A", **fields):
    return BuildingBlock.objects.create(programme=programme, code=code, title_de=f"Baustein {code}", **fields)


def make_project(*, programme, year=2024, amount="1000.00", district="eving", **fields):
    number = next(_numbers)
    defaults = {
        "organisation_de": f"Verein {number} e. V.",
        "title_de": f"Projekt {number}",
        "status": Status.PUBLISHED,
    }
    return FundedProject.objects.create(
        programme=programme, year=year, amount=Decimal(amount), district=district, **{**defaults, **fields}
    )


def english(title):
    """The English fields a call needs to count as translated into English."""
    return {"title_en": title, "summary_en": "In short: a call.", "description_en": "<p>About the call.</p>"}
