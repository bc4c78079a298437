"""Small factories for the Masterplan tests."""

import datetime

from masterplan.models import Document, Event, Phase
from portal.publication import Status


def phase(slug="netzwerke", *, year_from=2006, year_to=2010, order=10, status=Status.PUBLISHED, **fields):
    values = {"title_de": f"Phase {slug}", "summary_de": f"Zusammenfassung {slug}.", **fields}
    return Phase.objects.create(slug=slug, year_from=year_from, year_to=year_to, order=order, status=status, **values)


def event(in_phase, slug="forum", *, date=datetime.date(2009, 5, 27), kind="forum", status=Status.PUBLISHED, **fields):
    values = {"title_de": f"Ereignis {slug}", "description_de": f"Beschreibung {slug}.", **fields}
    return Event.objects.create(phase=in_phase, slug=slug, date=date, kind=kind, status=status, **values)


def long_body(count=12, *, heading="Abschnitt", text="Text des Abschnitts"):
    return "".join(f"<h2>{heading} {n}</h2><p>{text} {n}.</p>" for n in range(1, count + 1))


def document(
    in_phase, slug="bericht", *, date=datetime.date(2011, 9, 29), kind="report", status=Status.PUBLISHED, **fields
):
    values = {
        "title_de": f"Dokument {slug}",
        "summary_de": f"Kurzfassung {slug}.",
        "body_de": "<h2>Inhalt</h2><p>Der Text.</p>",
        **fields,
    }
    return Document.objects.create(phase=in_phase, slug=slug, date=date, kind=kind, status=status, **values)
