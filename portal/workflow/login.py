"""Admin login protection: lockout after repeated failures (django-axes), optional TOTP (django-otp).

- ``PortalAxesBackend``: axes' backend, but authentication without a request (test clients, scripts) is left to
  the next backend instead of failing.
- ``MinimalAxesHandler``: axes' database handler storing no user agent and no Accept header: the lockout is by
  IP address and user name only, so nothing else is needed (GET/POST data is masked by
  ``AXES_SENSITIVE_PARAMETERS``).
- ``OptionalOTPAdminAuthenticationForm``: staff who have a confirmed TOTP device must enter its code; staff
  without a device log in with their password (administrators add devices in the admin).
"""

from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device
from django_otp.forms import OTPAuthenticationFormMixin


class PortalAxesBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class MinimalAxesHandler(AxesDatabaseHandler):
    @staticmethod
    def _forget_client_details(request):
        if request is not None:
            request.axes_user_agent = ""
            request.axes_http_accept = ""

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        self._forget_client_details(request)
        return super().user_login_failed(sender, credentials, request, **kwargs)

    def user_logged_in(self, sender, request, user, **kwargs):
        self._forget_client_details(request)
        return super().user_logged_in(sender, request, user, **kwargs)

    def user_logged_out(self, sender, request, user, **kwargs):
        self._forget_client_details(request)
        return super().user_logged_out(sender, request, user, **kwargs)

    def is_locked(self, request, credentials=None):
        self._forget_client_details(request)
        return super().is_locked(request, credentials)


class OptionalOTPAdminAuthenticationForm(AdminAuthenticationForm, OTPAuthenticationFormMixin):
    otp_device = forms.CharField(required=False, widget=forms.HiddenInput)
    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        required=False,
        help_text=_("Only if you have set up two-factor login."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
    otp_challenge = forms.CharField(required=False, widget=forms.HiddenInput)

    def _chosen_device(self, user):
        """The device named in the form, else the user's first confirmed device (staff usually have one app)."""
        return super()._chosen_device(user) or next(iter(devices_for_user(user, confirmed=True)), None)

    def clean(self):
        self.cleaned_data = super().clean()
        user = self.get_user()
        if user is not None and user_has_device(user):
            self.clean_otp(user)
        return self.cleaned_data
