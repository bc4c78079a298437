"""One way to write a CSV file for spreadsheets (``portal.spreadsheet_cells.spreadsheet_writer``): byte order mark,
``;``, CRLF, quoting only where needed; every CSV download of the apps writes through it."""

import re
from pathlib import Path

from portal.spreadsheet_cells import spreadsheet_writer

ROOT = Path(__file__).resolve().parents[2]


def test_the_writer_makes_what_a_german_spreadsheet_opens():
    output, writer = spreadsheet_writer()
    writer.writerow(["Jahr", "Träger; e. V.", 'Titel "Eins"', 12])
    writer.writerow(["2026", "Zeile\nzwei", "", ""])
    assert output.getvalue() == '\ufeffJahr;"Träger; e. V.";"Titel ""Eins""";12\r\n2026;"Zeile\nzwei";;\r\n'


def test_no_other_module_sets_up_a_csv_writer():
    skipped = {".venv", "tests", "node_modules", ".git"}
    writers = sorted(
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if not skipped & set(path.relative_to(ROOT).parts)
        and re.search(r"csv\.(writer|DictWriter)\(|\\ufeff", path.read_text(encoding="utf-8"))
    )
    assert writers == ["portal/spreadsheet_cells.py"]
