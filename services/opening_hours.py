"""Open now? When next? Pure functions over an office's weekly hours and dated closures (Europe/Berlin).

The office is closed on NRW public holidays (library ``holidays``) and on the days of a dated closure.
Hours marked "by appointment only" never count as open for walk-in visitors; they are reported separately.
Inputs are plain objects with ``weekday`` (ISO, Monday = 1), ``opens``, ``closes``, ``appointment_only``
(hours) and ``first_day``, ``last_day``, ``reason`` (closures), so the functions are tested without a database.
"""

import datetime
from dataclasses import dataclass
from functools import lru_cache

import holidays

from portal.local_time import BERLIN

LOOKAHEAD_DAYS = 92  # far enough to step over the longest closure we expect (summer break, renovation)


@lru_cache(maxsize=16)
def nrw_holidays(year):
    return holidays.Germany(subdiv="NW", years=year)


def holiday_name(day):
    """The (German) name of the NRW public holiday on ``day``, or ''."""
    return nrw_holidays(day.year).get(day, "")


def closure_on(day, closures):
    """The dated closure covering ``day``, or None."""
    return next((closure for closure in closures if closure.first_day <= day <= closure.last_day), None)


def is_closed_day(day, closures):
    return bool(holiday_name(day)) or closure_on(day, closures) is not None


@dataclass(frozen=True)
class OpeningStatus:
    open_now: bool
    closes_at: datetime.datetime | None  # end of the current walk-in period
    appointment_now: bool  # inside a by-appointment period right now
    next_opening: datetime.datetime | None  # start of the next walk-in period after ``at``
    holiday_today: str  # name of today's public holiday, or ''
    closure_today: object | None  # the dated closure covering today, or None
    has_walk_in_hours: bool
    has_hours: bool
    changes_at: datetime.datetime | None = None  # the next instant at which this status may read differently

    @property
    def closed_today(self):
        return bool(self.holiday_today) or self.closure_today is not None


def _slots(hours, day, *, appointment_only):
    return sorted(
        (slot for slot in hours if slot.weekday == day.isoweekday() and slot.appointment_only == appointment_only),
        key=lambda slot: slot.opens,
    )


def _at(day, time):
    return datetime.datetime.combine(day, time, tzinfo=BERLIN)


def current_slot(hours, closures, at, *, appointment_only=False):
    """The period (walk-in or by appointment) that contains ``at``, or None."""
    local = at.astimezone(BERLIN)
    today = local.date()
    if is_closed_day(today, closures):
        return None
    for slot in _slots(hours, today, appointment_only=appointment_only):
        if _at(today, slot.opens) <= local < _at(today, slot.closes):
            return slot
    return None


def next_opening(hours, closures, at):
    """The start of the next walk-in period strictly after ``at`` (None if there is none in the next months)."""
    local = at.astimezone(BERLIN)
    for offset in range(LOOKAHEAD_DAYS + 1):
        day = local.date() + datetime.timedelta(days=offset)
        if is_closed_day(day, closures):
            continue
        for slot in _slots(hours, day, appointment_only=False):
            start = _at(day, slot.opens)
            if start > local:
                return start
    return None


def next_change(hours, closures, at):
    """The first instant after ``at`` at which ``status_at`` may answer differently: the start or end of a period
    (walk-in or by appointment) later today, otherwise the next midnight, when today's holiday, closure and the
    weekday of the next opening change. Cached pages that show the status expire there (``portal.render_cache``)."""
    local = at.astimezone(BERLIN)
    today = local.date()
    midnight = datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time(), tzinfo=BERLIN)
    if is_closed_day(today, closures):
        return midnight
    edges = [
        _at(today, time) for slot in hours if slot.weekday == today.isoweekday() for time in (slot.opens, slot.closes)
    ]
    return min([edge for edge in edges if edge > local], default=midnight)


def status_at(*, hours, closures, at):
    """Everything a page says about an office's hours at the instant ``at`` (aware datetime)."""
    hours = list(hours)
    closures = list(closures)
    local = at.astimezone(BERLIN)
    walk_in = current_slot(hours, closures, at)
    return OpeningStatus(
        open_now=walk_in is not None,
        closes_at=_at(local.date(), walk_in.closes) if walk_in else None,
        appointment_now=current_slot(hours, closures, at, appointment_only=True) is not None,
        next_opening=next_opening(hours, closures, at),
        holiday_today=holiday_name(local.date()),
        closure_today=closure_on(local.date(), closures),
        has_walk_in_hours=any(not slot.appointment_only for slot in hours),
        has_hours=bool(hours),
        changes_at=next_change(hours, closures, at),
    )


def weekly_table(hours):
    """``[(weekday, [slots])]`` for Monday to Sunday, only days with hours, slots sorted by time."""
    table = []
    for weekday in range(1, 8):
        slots = sorted((slot for slot in hours if slot.weekday == weekday), key=lambda slot: slot.opens)
        if slots:
            table.append((weekday, slots))
    return table
