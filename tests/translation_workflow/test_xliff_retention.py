"""Uploaded XLIFF files are not kept for ever: ``purge_xliff_uploads`` deletes those older than
``PORTAL_XLIFF_UPLOAD_RETENTION_DAYS``, imported or not, and nothing younger (tested at fixed instants)."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.core.management import call_command

from portal.translation_workflow.models import XliffUpload

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
# 30 days back crosses the change to summer time: the period is counted in elapsed time (UTC arithmetic)
NOW = datetime.datetime(2027, 4, 1, 4, 15, tzinfo=BERLIN).astimezone(datetime.UTC)


def upload_at(moment, name, *, imported=False):
    with time_machine.travel(moment, tick=False):
        return XliffUpload.objects.create(
            language="tr", filename=name, data=b"<xliff/>", imported_at=moment if imported else None
        )


def kept():
    return sorted(XliffUpload.objects.values_list("filename", flat=True))


def test_uploads_older_than_the_retention_period_are_deleted(settings, capsys):
    settings.PORTAL_XLIFF_UPLOAD_RETENTION_DAYS = 30
    day = datetime.timedelta(days=1)
    upload_at(NOW - 31 * day, "old-imported.xlf", imported=True)
    upload_at(NOW - 30 * day - datetime.timedelta(seconds=1), "just-too-old.xlf")  # previewed, never imported
    upload_at(NOW - 30 * day, "exactly-30-days.xlf")
    upload_at(NOW - day, "yesterday.xlf", imported=True)
    upload_at(NOW, "now.xlf")
    with time_machine.travel(NOW, tick=False):
        call_command("purge_xliff_uploads")
    assert kept() == ["exactly-30-days.xlf", "now.xlf", "yesterday.xlf"]
    assert "Deleted 2 XLIFF uploads older than 30 days." in capsys.readouterr().out
    with time_machine.travel(NOW + datetime.timedelta(seconds=1), tick=False):
        call_command("purge_xliff_uploads")
    assert kept() == ["now.xlf", "yesterday.xlf"]


def test_the_retention_period_is_a_setting(settings):
    settings.PORTAL_XLIFF_UPLOAD_RETENTION_DAYS = 7
    upload_at(NOW - datetime.timedelta(days=8), "eight-days.xlf")
    upload_at(NOW - datetime.timedelta(days=6), "six-days.xlf")
    with time_machine.travel(NOW, tick=False):
        call_command("purge_xliff_uploads", stdout=None)
    assert kept() == ["six-days.xlf"]
