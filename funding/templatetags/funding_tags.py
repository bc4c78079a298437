"""Template tags of the funding app: the home page's next call, amounts in euros."""

from decimal import Decimal

from django import template
from django.utils import translation

from funding import deadlines
from funding.models import FundingCall
from portal import locale_format

register = template.Library()


@register.inclusion_tag("funding/_home_next_call.html#next-call")
def next_call():
    """The published open call that closes next (for the funding card on the home page)."""
    call = FundingCall.objects.published().open().order_by("deadline", "pk").first()  # its programme is not shown
    return {"call": call}


@register.filter
def euro(amount):
    """``12500`` -> "12.500 €" (grouped in the active language's style; cents only where there are any)."""
    if amount in (None, ""):
        return ""
    amount = Decimal(amount)
    places = 0 if amount == amount.to_integral_value() else 2
    text = f"{locale_format.number_text(amount, places=places)}\u00a0€"
    if translation.get_language_bidi():
        # Inside right-to-left text the amount stays one left-to-right unit ("5.000 €", not "€ 5.000"); the
        # isolate marks work in HTML and in the chart's SVG text alike.
        text = f"\u2066{text}\u2069"
    return text


@register.filter
def when(moment):
    """A deadline or opening as date and 24-hour time in Berlin (``{{ call.deadline|when }}``)."""
    return deadlines.date_and_time(moment) if moment else ""
