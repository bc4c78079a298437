"""Dates and times in the admin across the clock changes: a time in the hour the clocks go back (it happens twice)
saves unchanged to the same instant, whichever of the two it is; a time in the hour skipped in spring is a message
at the field, and nothing is saved. Every admin form, inlines included, takes times this way."""

import datetime

import pytest
from django.contrib import admin
from django.db import models
from django.test import Client, RequestFactory

from portal.local_time import BerlinSplitDateTimeField, wall_clock_instant
from portal.models import SiteNotice
from tests.portal.factories import site_notice
from tests.workflow.conftest import client_for, form_data, form_errors, make_staff

UTC = datetime.UTC
# 25 October 2026: at 03:00 summer time the clocks go back to 02:00, so 02:00–03:00 happens twice.
REPEATED = datetime.datetime(2026, 10, 25, 2, 30)
FIRST = datetime.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 summer time
SECOND = datetime.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 winter time, an hour later
# 29 March 2026: at 02:00 winter time the clocks go forward to 03:00, so 02:30 does not exist.
SKIPPED = datetime.datetime(2026, 3, 29, 2, 30)


def test_an_ordinary_time_is_its_one_instant():
    moment = datetime.datetime(2026, 12, 2, 23, 30)
    assert wall_clock_instant(moment) == datetime.datetime(2026, 12, 2, 22, 30, tzinfo=UTC)


def test_a_time_of_the_repeated_hour_is_the_reading_nearest_the_shown_value():
    assert wall_clock_instant(REPEATED) == FIRST
    assert wall_clock_instant(REPEATED, near=FIRST) == FIRST
    assert wall_clock_instant(REPEATED, near=SECOND) == SECOND
    assert wall_clock_instant(REPEATED, near=SECOND + datetime.timedelta(days=3)) == SECOND


def test_a_time_of_the_skipped_hour_does_not_exist():
    with pytest.raises(ValueError):
        wall_clock_instant(SKIPPED)
    # the minutes either side of the gap exist
    assert wall_clock_instant(SKIPPED.replace(hour=1, minute=59)) == datetime.datetime(2026, 3, 29, 0, 59, tzinfo=UTC)
    assert wall_clock_instant(SKIPPED.replace(hour=3)) == datetime.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


@pytest.fixture
def publisher(django_user_model):
    return client_for(Client, make_staff(django_user_model, "publisher"))


def change_url(notice):
    return f"/admin/portal/sitenotice/{notice.pk}/change/"


@pytest.mark.django_db
@pytest.mark.parametrize("instant", [FIRST, SECOND], ids=["summer-time-reading", "winter-time-reading"])
def test_saving_unchanged_keeps_a_time_of_the_repeated_hour(publisher, instant):
    notice = site_notice(starts_at=instant)
    page = publisher.get(change_url(notice)).content.decode()
    data = form_data(page)
    assert (data["starts_at_0"], data["starts_at_1"]) == (["2026-10-25"], ["02:30:00"])
    data["text_de"] = ["Am 24. Dezember bleiben alle Dienststellen geschlossen."]
    response = publisher.post(change_url(notice), data)
    assert response.status_code == 302, form_errors(response)
    notice.refresh_from_db()
    assert notice.starts_at == instant
    assert notice.text_de.startswith("Am 24. Dezember bleiben")


@pytest.mark.django_db
def test_a_time_of_the_skipped_hour_is_a_message_and_nothing_is_saved(publisher):
    notice = site_notice(starts_at=datetime.datetime(2026, 3, 28, 12, tzinfo=UTC))
    data = form_data(publisher.get(change_url(notice)).content.decode())
    data.update(starts_at_0=["2026-03-29"], starts_at_1=["02:30"], text_de=["Geändert."])
    response = publisher.post(change_url(notice), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["starts_at"]
    assert errors == [
        "2:30 a.m. does not exist on March 29, 2026 in Dortmund: the clocks go forward an hour that night. "
        "Please choose a time before or after the change."
    ]
    notice.refresh_from_db()
    assert notice.starts_at == datetime.datetime(2026, 3, 28, 12, tzinfo=UTC)
    assert notice.text_de != "Geändert."


@pytest.mark.django_db
def test_a_new_time_typed_in_the_repeated_hour_is_its_first_reading(publisher):
    notice = site_notice(starts_at=datetime.datetime(2026, 10, 1, 8, tzinfo=UTC))
    data = form_data(publisher.get(change_url(notice)).content.decode())
    data.update(starts_at_0=["2026-10-25"], starts_at_1=["02:30"])
    assert publisher.post(change_url(notice), data).status_code == 302
    assert SiteNotice.objects.get(pk=notice.pk).starts_at == FIRST


def admins_and_inlines():
    for model_admin in admin.site._registry.values():
        yield model_admin
        yield from (inline(model_admin.model, admin.site) for inline in model_admin.inlines)


@pytest.mark.django_db
def test_every_admin_form_takes_times_across_the_clock_changes(admin_user):
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    checked = []
    for model_admin in admins_and_inlines():
        for field in model_admin.model._meta.get_fields():
            if isinstance(field, models.DateTimeField) and field.editable:
                form_field = model_admin.formfield_for_dbfield(field, request)
                assert isinstance(form_field, BerlinSplitDateTimeField), f"{model_admin}: {field.name}"
                checked.append(f"{field.model._meta.label}.{field.name}")
    # the canaries: a plain admin, a content admin's publication window, an app's own times
    assert {"portal.SiteNotice.starts_at", "funding.FundingCall.deadline"} <= set(checked)
    assert any(name.endswith(".publish_from") for name in checked)
