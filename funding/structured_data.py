"""Structured data (schema.org JSON-LD) of funding call pages (see portal.search.structured_data)."""

from django.utils import timezone
from django.utils.translation import gettext

from portal.search.structured_data import SCHEMA, publisher
from portal.site_url import absolute_url


def grant(call, *, url, context):
    """A funding call as a Grant; its application period as the Event it is the subject of."""
    programme = call.programme
    funder_name = getattr(programme, "funder_name", "") or programme.name
    return {
        "@type": "Grant",
        "name": call.title,
        "description": call.summary,
        "url": url,
        "funder": {"@type": "Organization", "name": funder_name},
        "sponsor": publisher(),
        "isPartOf": {
            "@type": "CreativeWork",
            "name": programme.name,
            "url": absolute_url(programme.get_absolute_url()),
        },
        "subjectOf": {
            "@type": "Event",
            "name": gettext("Application period: %(title)s") % {"title": call.title},
            "startDate": timezone.localtime(call.opens_at).isoformat(),
            "endDate": timezone.localtime(call.deadline).isoformat(),
            "eventStatus": f"{SCHEMA}/EventScheduled",
            "eventAttendanceMode": f"{SCHEMA}/OnlineEventAttendanceMode",
            "location": {"@type": "VirtualLocation", "url": call.application_url or url},
            "organizer": publisher(),
            "url": url,
        },
    }
