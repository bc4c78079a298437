"""Template helpers of the services pages: the language an item is shown in, weekdays, districts, phone links."""

import re

from django import template
from django.utils import timezone, translation

from portal.districts import District
from portal.translated_fields import content_language, shown_columns
from services.choices import Weekday
from services.models import Office

register = template.Library()


@register.simple_tag
def shown_language(obj):
    """The language ``obj`` is shown in inside the current language block: that language, or German."""
    return content_language(obj, translation.get_language())


@register.filter
def weekday_name(value):
    try:
        return Weekday(int(value)).label
    except (TypeError, ValueError):
        return ""


@register.filter
def district_name(value):
    try:
        return District(value).label
    except ValueError:
        return ""


@register.filter
def tel_href(phone):
    """``0231 50-12345`` -> ``+492315012345`` for a ``tel:`` link."""
    digits = re.sub(r"[^\d+]", "", str(phone or ""))
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return "+49" + digits[1:]
    return digits


@register.filter
def any_notes(offerings):
    """True when one of the HSU classes has notes: the class table shows its notes column only then."""
    return any(offering.shown_notes[0] for offering in offerings)


@register.inclusion_tag("services/_home_open_offices.html#open-offices")
def open_offices(limit=4):
    """The public offices with opening hours (at most ``limit``, by name) and whether each is open now: the "advice
    and help" task on the home page."""
    columns = ["slug", *shown_columns(Office, translation.get_language())]  # the name and address, in two languages
    offices = (
        Office.objects.published()
        .filter(hours__isnull=False)
        .distinct()
        .only(*columns)
        .prefetch_related("hours", "closures")
    )
    now = timezone.now()
    return {"offices": [(office, office.opening_status(at=now)) for office in offices[:limit]]}
