"""Statements built with the ORM once and run many times with new values (search's queries on PostgreSQL).

Building and compiling a queryset with full-text expressions costs far more Python time than PostgreSQL needs to
run it. A ``Prepared`` statement is a queryset compiled once, with ``Slot`` expressions where the values of a
request go (the search words, the current instant, the ids of the results shown); ``run()`` fills them in and
executes the SQL. The statement is the one the ORM wrote, so it matches what the same queryset would send.

A queryset that compiled a date or time of its own into its parameters (a ``published()`` that read the clock
instead of taking ``at``) is frozen at that instant: it is right for the request that built it, but never kept
(``Statements`` builds it again for every request).
"""

import datetime
from dataclasses import dataclass

from django.db import connection
from django.db.models import Expression


class Slot(Expression):
    """A value given when the statement runs: compiles to one placeholder whose parameter is this slot."""

    def __init__(self, name, output_field):
        super().__init__(output_field=output_field)
        self.name = name

    def as_sql(self, compiler, connection):
        return "%s", (self,)

    def __repr__(self):
        return f"Slot({self.name!r})"


@dataclass(frozen=True)
class Prepared:
    sql: str
    params: tuple  # fixed values, and Slots

    @classmethod
    def of(cls, queryset):
        sql, params = queryset.query.sql_with_params()
        return cls(sql, tuple(params))

    @property
    def reusable(self):
        """False when a fixed date or time was compiled in (it would be stale on the next request)."""
        return not any(isinstance(value, (datetime.date, datetime.time)) for value in self.params)

    def run(self, **values):
        """The rows of the statement with each slot's value from ``values``."""
        params = [values[value.name] if isinstance(value, Slot) else value for value in self.params]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            return cursor.fetchall()


class Statements:
    """Prepared statements by key: ``run(key, build, slots, values)`` compiles ``build(**slots)`` the first time a
    key is asked for (again each time when it is not reusable) and runs it with ``values`` for the slots."""

    def __init__(self):
        self._prepared = {}

    def run(self, key, build, slots, values):
        prepared = self._prepared.get(key)
        if prepared is None:
            prepared = Prepared.of(build(**slots))
            if prepared.reusable:
                self._prepared[key] = prepared
        return prepared.run(**values)

    def clear(self):
        self._prepared.clear()
