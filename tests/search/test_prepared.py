"""Statements compiled once and run with new values (portal.search.prepared), as search uses them on PostgreSQL."""

import pytest
from django.db import connection
from django.db.models import TextField

from portal.search.prepared import Slot, Statements
from services.models import Service
from tests.search import factories

pytestmark = pytest.mark.django_db


def test_statement_is_compiled_once_and_runs_with_each_value():
    first = factories.service(title="Kita")
    second = factories.service(title="Schule")
    built = []

    def build(title):
        built.append(title)
        return Service.objects.filter(title_de=title).values_list("pk", flat=False)

    statements = Statements()
    slots = {"title": Slot("title", TextField())}
    assert statements.run("by title", build, slots, {"title": "Kita"}) == [(first.pk,)]
    assert statements.run("by title", build, slots, {"title": "Schule"}) == [(second.pk,)]
    assert statements.run("by title", build, slots, {"title": "Kita'; --"}) == []
    assert len(built) == 1


def test_statement_with_an_instant_of_its_own_is_compiled_for_every_run():
    """A queryset that reads the clock itself (``published()`` without ``at``) must not be kept with that instant.

    PostgreSQL keeps the instant a parameter, where ``Prepared`` sees it; SQLite's backend turns it into text."""
    service = factories.service(title="Kita")
    built = []

    def build(title):
        built.append(title)
        return Service.objects.published().filter(title_de=title).values_list("pk")

    statements = Statements()
    slots = {"title": Slot("title", TextField())}
    for _ in range(2):
        assert statements.run("published", build, slots, {"title": "Kita"}) == [(service.pk,)]
    assert len(built) == (2 if connection.vendor == "postgresql" else 1)
