"""Cells of the CSV files the portal writes for spreadsheets, made safe against formula injection.

A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run as a formula by
Excel or LibreOffice; it gets a leading apostrophe, so an organisation called "=HYPERLINK(...)" stays text.
An import takes that apostrophe away again.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """The cell text of ``value`` that no spreadsheet will evaluate as a formula (None becomes "")."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def restore_formula(text):
    """The inverse of ``neutralise_formula`` for an imported cell."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_STARTS:
        return text[1:]
    return text
