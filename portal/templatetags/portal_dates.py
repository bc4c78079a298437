"""Dates, times and numbers in the active language (CLDR through ``portal.locale_format``).

    {% load portal_dates %}
    {{ event.date|local_date }}                    3. Dezember 2026
    {{ status.next_opening|local_date:"weekday" }}  Donnerstag, 3. Dezember 2026
    {{ call.deadline|local_datetime }}             3. Dezember 2026, 12:00 (Berlin time)
    {{ slot.opens|local_time }}                    09:00
    {% time_range slot.opens slot.closes %}        <bdi class="time-range" dir="ltr">09:00–12:30 Uhr</bdi>

Only for people: ``<time datetime>`` attributes, calendars and JSON-LD keep their ISO formats.
"""

from django import template
from django.utils.html import format_html

from portal import locale_format

register = template.Library()


@register.filter
def local_date(value, style=""):
    if not value:
        return ""
    return locale_format.date_text(value, weekday=style == "weekday")


@register.filter
def local_datetime(value, style=""):
    if not value:
        return ""
    return locale_format.date_time_text(value, weekday=style == "weekday")


@register.filter
def local_time(value):
    if not value:
        return ""
    return locale_format.time_text(value)


@register.simple_tag
def time_range(start, end):
    """From ``start`` to ``end``, isolated from the text around it and never broken across lines; its direction is
    the text's own: left to right for "09:00–12:30", right to left for Persian "9:00 تا 12:30"."""
    if not (start and end):
        return ""
    text = locale_format.time_range_text(start, end)
    return format_html('<bdi class="time-range" dir="{}">{}</bdi>', locale_format.direction(text), text)
