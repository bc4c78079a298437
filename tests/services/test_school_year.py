"""The HSU registration deadline for the coming school year, at fixed dates."""

import datetime

from services.school_year import registration_deadline


def test_registration_deadline_before_march_is_this_spring():
    deadline = registration_deadline(datetime.date(2026, 1, 10))
    assert deadline.date == datetime.date(2026, 3, 15)
    assert deadline.school_year.label == "2026/27"
    assert deadline.days_left == 64


def test_registration_deadline_on_the_day_is_still_open():
    deadline = registration_deadline(datetime.date(2026, 3, 15))
    assert deadline.date == datetime.date(2026, 3, 15) and deadline.days_left == 0


def test_registration_deadline_after_march_moves_to_next_year():
    deadline = registration_deadline(datetime.date(2026, 3, 16))
    assert deadline.date == datetime.date(2027, 3, 15)
    assert deadline.school_year.label == "2027/28"


def test_registration_deadline_in_autumn_is_next_spring():
    deadline = registration_deadline(datetime.date(2026, 11, 26), month=3, day=1)
    assert deadline.date == datetime.date(2027, 3, 1)
    assert deadline.school_year.starts == datetime.date(2027, 8, 1)


def test_registration_deadline_century_label():
    assert registration_deadline(datetime.date(2099, 1, 1)).school_year.label == "2099/00"
