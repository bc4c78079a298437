"""Strict parsing of numbers from addresses, query strings and imported files: ASCII digits only.

``str.isdigit()`` is true for "²" and ``int()`` accepts Arabic-Indic or Devanagari digits, so neither decides
whether a visitor's or a file's value is a number here. ``ascii_int`` and ``AsciiIntegerField`` accept
``[0-9]`` only (at most ``MAX_DIGITS`` of them, optionally surrounded by blanks) and give ``None`` or a form
error for anything else.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_DIGITS = 18  # fits a 64-bit signed integer (database ids)
ASCII_NUMBER = re.compile(rf"[0-9]{{1,{MAX_DIGITS}}}")


def ascii_int(value, *, minimum=None, maximum=None):
    """``int(value)`` when ``value`` is a string of ASCII digits within the bounds, otherwise ``None``."""
    if not isinstance(value, str):
        return None
    text = value.strip(" \t")
    if not ASCII_NUMBER.fullmatch(text):
        return None
    number = int(text)
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        return None
    return number


class AsciiIntegerField(forms.IntegerField):
    """An integer form field that accepts ASCII digits only (no "²", no other scripts' digits, no sign)."""

    default_error_messages = {"invalid": _("Enter a whole number.")}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = ascii_int(str(value))
        if number is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number
