"""The portal's local time: Dortmund keeps Berlin time (CET/CEST), whatever zone the server runs in.

Opening hours, deadlines and calendar entries are meant in this zone; ``settings.TIME_ZONE`` is the same.

``BerlinSplitDateTimeField`` is the admin's field for every date and time (portal.admin_site makes it the
default): Django's own refuses a wall-clock time that falls in the hour the clocks go back, so a form showing such
a time (a notice created at 02:30 on the last Sunday of October) could not be saved again unchanged.
"""

import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

BERLIN = ZoneInfo("Europe/Berlin")


def wall_clock_instant(moment, *, near=None, zone=BERLIN):
    """The instant (in UTC) a naive wall-clock time in ``zone`` means. In the hour the clocks go back it names two
    instants: the one nearer ``near`` (the value the form showed), else the first. ``ValueError`` for a time in the
    hour skipped when the clocks go forward: it does not exist. In UTC because two readings of the repeated hour in
    the same zone compare by their wall-clock times (PEP 495), as if they were one."""
    first, second = moment.replace(tzinfo=zone, fold=0), moment.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first.astimezone(datetime.UTC)
    # Round trips through UTC tell the hours apart: an ambiguous time survives both folds, a skipped one neither.
    readings = [
        reading
        for reading in (first, second)
        if reading.astimezone(datetime.UTC).astimezone(zone).replace(tzinfo=None) == moment
    ]
    if not readings:
        raise ValueError(moment)
    readings = [reading.astimezone(datetime.UTC) for reading in readings]
    if near is not None and len(readings) == 2:
        return min(readings, key=lambda reading: abs(reading - near))
    return readings[0]


class BerlinSplitDateTimeField(forms.SplitDateTimeField):
    """Django's date-and-time field with the clock changes handled: a time in the repeated hour is the reading
    nearest the value the form showed (so an unchanged save keeps it), a time in the skipped hour gets a message
    that says so."""

    default_error_messages = {
        **forms.SplitDateTimeField.default_error_messages,
        "skipped_hour": _(
            "%(time)s does not exist on %(date)s in Dortmund: the clocks go forward an hour that night. "
            "Please choose a time before or after the change."
        ),
    }

    def _clean_bound_field(self, bound_field):
        # As FileField does: the value the form showed is needed to read a time of the repeated hour.
        self._shown = bound_field.initial
        try:
            return super()._clean_bound_field(bound_field)
        finally:
            del self._shown

    def compress(self, data_list):
        if not data_list:
            return None
        if data_list[0] in self.empty_values or data_list[1] in self.empty_values:
            return super().compress(data_list)  # Django's message for the missing half
        moment = datetime.datetime.combine(*data_list)
        shown = getattr(self, "_shown", None)
        near = shown if isinstance(shown, datetime.datetime) and timezone.is_aware(shown) else None
        try:
            return wall_clock_instant(moment, near=near, zone=timezone.get_current_timezone())
        except ValueError:
            raise ValidationError(
                self.error_messages["skipped_hour"],
                code="skipped_hour",
                params={"time": formats.time_format(moment.time()), "date": formats.date_format(moment.date())},
            ) from None
