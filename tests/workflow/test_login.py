"""Login protection: lockout after the configured failures, for the configured time (django-axes), storing
no user agent; optional TOTP two-factor login (django-otp); old records purged."""

import datetime

import pytest
import time_machine
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.workflow.conftest import PASSWORD, make_staff

pytestmark = pytest.mark.django_db

START = datetime.datetime(2027, 5, 3, 9, 0, tzinfo=datetime.UTC)


def login(client, username, password, **extra):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password, **extra})


@pytest.fixture
def protection(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=10)
    return settings


def test_lockout_engages_after_configured_failures_and_ends_after_configured_time(protection, django_user_model):
    user = make_staff(django_user_model, "editor")
    client = Client(HTTP_USER_AGENT="Mozilla/5.0 (secret browser details)", HTTP_ACCEPT_LANGUAGE="en")
    with time_machine.travel(START, tick=False):
        for _attempt in range(2):
            assert login(client, user.username, "wrong password").status_code == 200  # form with an error
        assert login(client, user.username, PASSWORD).status_code == 302  # 2 < 3 failures: not locked
        client.logout()
        for _attempt in range(3):
            login(client, user.username, "wrong password")
        locked = login(client, user.username, PASSWORD)
        assert locked.status_code == 429
        assert "Too many failed logins" in locked.content.decode()
        assert "_auth_user_id" not in client.session
    with time_machine.travel(START + datetime.timedelta(minutes=9, seconds=59), tick=False):
        assert login(client, user.username, PASSWORD).status_code == 429  # still inside the cool-off time
        # (attempts during the lockout do not extend it: AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False)
    with time_machine.travel(START + datetime.timedelta(minutes=10, seconds=1), tick=False):
        assert login(client, user.username, PASSWORD).status_code == 302
        assert client.session["_auth_user_id"] == str(user.pk)


def test_lockout_is_per_account_and_address_and_stores_no_user_agent(protection, django_user_model):
    user = make_staff(django_user_model, "editor")
    colleague = make_staff(django_user_model, "publisher")
    attacker = Client(HTTP_USER_AGENT="Mozilla/5.0 (secret browser details)", REMOTE_ADDR="198.51.100.7")
    with time_machine.travel(START, tick=False):
        for _attempt in range(3):
            login(attacker, user.username, "wrong password")
        assert login(attacker, user.username, PASSWORD).status_code == 429
        assert login(Client(REMOTE_ADDR="203.0.113.9"), user.username, PASSWORD).status_code == 302
        assert login(attacker, colleague.username, PASSWORD).status_code == 302
    attempt = AccessAttempt.objects.get()
    assert attempt.user_agent == "" and attempt.http_accept == ""
    assert "wrong password" not in attempt.post_data and PASSWORD not in attempt.post_data


def test_purge_command_deletes_expired_attempts(protection, django_user_model):
    user = make_staff(django_user_model, "editor")
    with time_machine.travel(START, tick=False):
        login(Client(), user.username, "wrong password")
    assert AccessAttempt.objects.count() == 1
    with time_machine.travel(START + datetime.timedelta(minutes=5), tick=False):
        call_command("purge_login_records", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert AccessAttempt.objects.count() == 1  # still able to cause a lockout
    with time_machine.travel(START + datetime.timedelta(minutes=11), tick=False):
        call_command("purge_login_records", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert AccessAttempt.objects.count() == 0


def test_two_factor_login_required_only_for_staff_with_a_device(django_user_model):
    with_device = make_staff(django_user_model, "publisher")
    without_device = make_staff(django_user_model, "editor")
    device = TOTPDevice.objects.create(user=with_device, name="phone", confirmed=True)
    with time_machine.travel(START, tick=False):
        refused = login(Client(HTTP_ACCEPT_LANGUAGE="en"), with_device.username, PASSWORD)
        assert refused.status_code == 200 and "_auth_user_id" not in refused.wsgi_request.session
        assert 'name="otp_token"' in refused.content.decode()
        wrong = login(Client(), with_device.username, PASSWORD, otp_token="000000")
        assert wrong.status_code == 200
    with time_machine.travel(START + datetime.timedelta(minutes=1), tick=False):  # after the device's throttle
        client = Client()
        code = str(totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)).zfill(device.digits)
        response = login(client, with_device.username, PASSWORD, otp_token=code)
        assert response.status_code == 302, response.context["form"].errors
        assert client.get("/admin/").status_code == 200
        assert login(Client(), without_device.username, PASSWORD).status_code == 302
