"""The clock of a funding call: status, days left and the "closing soon" threshold, in Berlin calendar days.

``FundingCall.call_status`` and the queryset filters (``open()``, ``closing_soon()``, ...) both use these functions,
so that one object and a list always agree (tests check them together at fixed instants).
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext

from portal import locale_format
from portal.local_time import BERLIN

CLOSING_SOON_DAYS = 14  # an open call with this many calendar days left (or fewer) is "closing soon"


class CallStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Opens soon")
    OPEN = "open", _("Open")
    CLOSING_SOON = "closing_soon", _("Closing soon")
    CLOSED = "closed", _("Closed")


def berlin_date(moment):
    """The calendar date of ``moment`` in Berlin."""
    return moment.astimezone(BERLIN).date()


def days_left(deadline, *, at):
    """Berlin calendar days from ``at`` to ``deadline``: 0 on the deadline's own day, 1 the day before, ..."""
    return (berlin_date(deadline) - berlin_date(at)).days


def closing_soon_before(at):
    """An open call whose deadline lies before this instant has at most CLOSING_SOON_DAYS days left.

    It is the start (00:00 Berlin time) of the first day that is more than CLOSING_SOON_DAYS days away.
    """
    first_far_day = berlin_date(at) + datetime.timedelta(days=CLOSING_SOON_DAYS + 1)
    return datetime.datetime.combine(first_far_day, datetime.time.min, tzinfo=BERLIN)


def status_at(opens_at, deadline, *, at=None):
    at = at or timezone.now()
    if at < opens_at:
        return CallStatus.UPCOMING
    if at >= deadline:
        return CallStatus.CLOSED
    if days_left(deadline, at=at) <= CLOSING_SOON_DAYS:
        return CallStatus.CLOSING_SOON
    return CallStatus.OPEN


def closes_in_text(deadline, *, at=None):
    """ "Closes today", "Closes in 1 day", "Closes in 5 days" (real plural forms of the active language)."""
    at = at or timezone.now()
    days = days_left(deadline, at=at)
    if days <= 0:
        return pgettext("funding call deadline", "Closes today")
    return ngettext("Closes in %(days)d day", "Closes in %(days)d days", days) % {"days": days}


def opens_in_text(opens_at, *, at=None):
    at = at or timezone.now()
    days = days_left(opens_at, at=at)
    if days <= 0:
        return pgettext("funding call opening", "Opens today")
    return ngettext("Opens in %(days)d day", "Opens in %(days)d days", days) % {"days": days}


def date_and_time(moment):
    """ "2. Dezember 2026, 12:00": day and 24-hour Berlin time as the active language writes them (CLDR)."""
    return locale_format.date_time_text(moment)
