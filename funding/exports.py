"""CSV download of funded projects, for spreadsheets (German Excel and LibreOffice open it as it is).

Semicolon-separated, UTF-8 with a byte order mark, amounts with a decimal comma and no thousands separator.
Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) get
a leading apostrophe, so an organisation called "=HYPERLINK(...)" stays text.
"""

from django.utils.translation import gettext as _

from portal.spreadsheet_cells import neutralise_formula, spreadsheet_writer
from portal.translated_fields import shown_value


def csv_amount(amount):
    return f"{amount:.2f}".replace(".", ",")


def funded_projects_csv(projects):
    """The CSV text (with BOM) of ``projects``; headers and programme names in the active language."""
    output, writer = spreadsheet_writer()
    writer.writerow(
        [_("Year"), _("Organisation"), _("Project title"), _("Programme"), _("Building block"), _("District"),
         _("Amount (EUR)")]
    )  # fmt: skip
    for project in projects:
        block = project.building_block
        writer.writerow(
            [
                project.year,
                neutralise_formula(shown_value(project, "organisation")),
                neutralise_formula(shown_value(project, "title")),
                neutralise_formula(shown_value(project.programme, "name")),
                neutralise_formula(f"{block.code} – {shown_value(block, 'title')}") if block else "",
                project.get_district_display(),
                csv_amount(project.amount),
            ]
        )
    return output.getvalue()
