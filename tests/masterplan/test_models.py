"""Masterplan models: the rules the database keeps, the querysets and the demo content."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from masterplan import demo
from masterplan.models import Document, Event, Phase
from portal.publication import Status
from portal.translated_fields import is_translated
from tests.masterplan.factories import document, phase

pytestmark = pytest.mark.django_db


def test_phase_end_year_before_start_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        phase(year_from=2010, year_to=2008)


def test_phase_years_label():
    assert phase("a", year_from=2006, year_to=2010).years == "2006–2010"
    assert phase("b", year_from=2005, year_to=2005).years == "2005"
    assert "2024" in str(phase("c", year_from=2024, year_to=None).years)


def test_slugs_are_unique():
    document(phase(), "bericht")
    with pytest.raises(IntegrityError), transaction.atomic():
        document(Phase.objects.get(), "bericht")


def test_filtered_combines_phase_kind_and_year():
    first, second = phase("eins", order=1), phase("zwei", order=2)
    a = document(first, "a", kind="report", date=datetime.date(2011, 1, 1))
    b = document(first, "b", kind="concept", date=datetime.date(2011, 5, 1))
    c = document(second, "c", kind="report", date=datetime.date(2012, 1, 1))
    assert set(Document.objects.filtered(phase=first)) == {a, b}
    assert set(Document.objects.filtered(kind="report")) == {a, c}
    assert set(Document.objects.filtered(year=2011, kind="report")) == {a}
    assert set(Document.objects.filtered()) == {a, b, c}


def test_published_agrees_with_is_published():
    p = phase()
    document(p, "sichtbar")
    document(p, "entwurf", status=Status.DRAFT)
    published = set(Document.objects.published())
    assert published == {item for item in Document.objects.all() if item.is_published()}


def test_demo_covers_every_phase_with_events_and_long_documents():
    summary = demo.load(today=datetime.date(2026, 11, 26))
    assert "6 phases" in summary
    assert Phase.objects.published().count() == 6
    assert {p.year_from for p in Phase.objects.all()} >= {2005, 2006, 2010, 2013, 2023}
    for each in Phase.objects.all():
        assert each.events.exists(), each.slug
    assert Document.objects.published().count() >= 8
    assert set(Document.objects.values_list("kind", flat=True)) == set(Document.Kind.values)
    long_documents = [d for d in Document.objects.all() if d.body_de.count("<h2>") >= 10]
    assert len(long_documents) >= 2
    participation = Phase.objects.get(slug="mehr-erreichen-mit-beteiligung")
    assert participation.events.filter(kind=Event.Kind.PARTICIPATION_STEP).count() >= 3
    arabic = [d for d in long_documents if is_translated(d, "ar")]
    assert arabic and arabic[0].body_ar.count("<h2>") == arabic[0].body_de.count("<h2>")


def test_demo_second_run_changes_nothing():
    demo.load(today=datetime.date(2026, 11, 26))
    before = list(Document.objects.values_list("slug", "changed_at"))
    summary = demo.load(today=datetime.date(2026, 11, 26))
    assert "(0 new, 0 updated)" in summary
    assert list(Document.objects.values_list("slug", "changed_at")) == before
