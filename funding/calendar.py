"""iCalendar files of call deadlines: every upcoming and open call's deadline as one event.

Events have a stable UID (``call-<pk>@<site host>``), so a subscribed calendar updates an event in place when
its deadline moves. Links are built from ``settings.PORTAL_SITE_URL``, never from the request's Host header.
Titles are in the active (the URL's) language, or German where the call is not translated.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from portal.local_time import BERLIN
from portal.site_url import absolute_url, site_hostname
from portal.translated_fields import shown_value


def call_uid(call):
    return f"call-{call.pk}@{site_hostname()}"


def deadline_event(call):
    url = absolute_url(call.get_absolute_url())
    title = shown_value(call, "title")
    event = Event()
    event.add("uid", call_uid(call))
    event.add("dtstamp", call.changed_at.astimezone(datetime.UTC))
    event.add("last-modified", call.changed_at.astimezone(datetime.UTC))
    event.add("dtstart", call.deadline.astimezone(BERLIN))
    event.add("summary", _("Deadline: %(title)s") % {"title": title})
    event.add("description", f"{shown_value(call, 'summary')}\n\n{url}")
    event.add("url", url)
    event.add("transp", "TRANSPARENT")
    return event


def deadlines_calendar(calls, *, name):
    """A calendar (icalendar.Calendar) with the deadline of every call in ``calls``."""
    calendar = Calendar()
    calendar.add("prodid", "-//MIA-DO-KI Dortmund//Funding deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Berlin")
    calls = list(calls)
    for call in calls:
        calendar.add_component(deadline_event(call))
    if calls:
        dates = [timezone.localtime(call.deadline, BERLIN).date() for call in calls]
        calendar.add_missing_timezones(
            first_date=min(dates) - datetime.timedelta(days=366), last_date=max(dates) + datetime.timedelta(days=366)
        )
    return calendar


def calendar_bytes(calls, *, name):
    return deadlines_calendar(calls, name=name).to_ical()
