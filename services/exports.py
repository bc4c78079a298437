"""CSV downloads of the offices and the HSU classes (open data, listed in the DCAT-AP.de catalogue), written like
the funded projects' download (``funding.exports``): semicolon-separated, UTF-8 with a byte order mark, text cells
that a spreadsheet would run as a formula neutralised (``portal.spreadsheet_cells``). Headers and texts come in
the active language where the item is translated, otherwise in German."""

from django.utils import translation
from django.utils.translation import gettext as _

from portal.site_url import absolute_url
from portal.spreadsheet_cells import neutralise_formula, spreadsheet_writer
from portal.translated_fields import content_language, shown_value
from services.choices import Weekday


def _cells(values):
    return [value if isinstance(value, int) else neutralise_formula(value) for value in values]


def _hours(office):
    slots = []
    for slot in office.hours.all():
        note = f" ({_('by appointment only')})" if slot.appointment_only else ""
        slots.append(f"{Weekday(slot.weekday).label} {slot.opens:%H:%M}–{slot.closes:%H:%M}{note}")
    return "; ".join(slots)


def offices_csv(offices):
    """The CSV text of ``offices`` (with their ``hours`` prefetched)."""
    output, writer = spreadsheet_writer()
    writer.writerow(
        [_("Name"), _("Organisational unit"), _("Street"), _("Postcode"), _("City"), _("Phone"), _("E-mail"),
         _("Appointment link"), _("Opening hours"), _("Step-free building"), _("Languages spoken"), _("Page")]
    )  # fmt: skip
    for office in offices:
        with translation.override(content_language(office)):
            shown = [office.name, office.unit]
        writer.writerow(
            _cells(
                [*shown, office.street, office.postcode, office.city, office.phone, office.email,
                 office.appointment_url, _hours(office), office.get_step_free_display(),
                 ", ".join(office.languages_spoken or ()), absolute_url(office.get_absolute_url())]
            )
        )  # fmt: skip
    return output.getvalue()


def hsu_classes_csv(offerings):
    """The CSV text of the HSU classes ``offerings`` (language and school joined)."""
    output, writer = spreadsheet_writer()
    writer.writerow(
        [_("Language"), _("School number"), _("School"), _("Street"), _("Postcode"), _("City district"),
         _("From grade"), _("To grade"), _("Weekday"), _("Starts"), _("Ends"), _("Notes")]
    )  # fmt: skip
    for offering in offerings:
        notes, _language = offering.shown_notes
        school = offering.school
        writer.writerow(
            _cells(
                [shown_value(offering.language, "name"), school.number, school.name, school.street, school.postcode,
                 school.get_district_display(), offering.grade_from, offering.grade_to,
                 offering.get_weekday_display(), f"{offering.starts:%H:%M}", f"{offering.ends:%H:%M}", notes or ""]
            )
        )  # fmt: skip
    return output.getvalue()
