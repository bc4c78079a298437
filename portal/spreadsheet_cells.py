"""The CSV files the portal writes for spreadsheets (``spreadsheet_writer``: what German Excel and LibreOffice open
as they are: UTF-8 with a byte order mark, ``;`` as separator, CRLF line ends), and their cells, made safe against
formula injection.

A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run as a formula by
Excel or LibreOffice; it gets a leading apostrophe, so an organisation called "=HYPERLINK(...)" stays text.
An import takes that apostrophe away again.
"""

import csv
import io

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def spreadsheet_writer():
    """``(output, writer)``: a text buffer that already holds the byte order mark, and a CSV writer into it
    (``;``-separated, CRLF line ends, quoting only where needed). The file is ``output.getvalue()``."""
    output = io.StringIO()
    output.write(BOM)
    return output, csv.writer(output, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")


def neutralise_formula(value):
    """The cell text of ``value`` that no spreadsheet will evaluate as a formula (None becomes "")."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def restore_formula(text):
    """The inverse of ``neutralise_formula`` for an imported cell."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_STARTS:
        return text[1:]
    return text
