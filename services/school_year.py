"""School years and the HSU registration deadline, computed from a date (pure functions).

In NRW a school year starts on 1 August. Parents register their child for HSU in the coming school year
by a deadline in spring (typically 15 March). Until that deadline has passed, "the coming school year" is
the one starting in August of the same calendar year; afterwards it is the one a year later.
"""

import datetime
from dataclasses import dataclass

SCHOOL_YEAR_START_MONTH = 8


@dataclass(frozen=True)
class SchoolYear:
    first_year: int

    @property
    def label(self):
        """e.g. "2026/27"."""
        return f"{self.first_year}/{(self.first_year + 1) % 100:02d}"

    @property
    def starts(self):
        return datetime.date(self.first_year, SCHOOL_YEAR_START_MONTH, 1)


@dataclass(frozen=True)
class RegistrationDeadline:
    date: datetime.date
    school_year: SchoolYear
    days_left: int


def registration_deadline(today, *, month=3, day=15):
    """The next registration deadline on or after ``today`` and the school year it registers for."""
    deadline = datetime.date(today.year, month, day)
    if today > deadline:
        deadline = datetime.date(today.year + 1, month, day)
    return RegistrationDeadline(date=deadline, school_year=SchoolYear(deadline.year), days_left=(deadline - today).days)
