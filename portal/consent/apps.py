from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsentConfig(AppConfig):
    name = "portal.consent"
    label = "consent"
    verbose_name = _("Privacy: consent-gated embeds")
    default_auto_field = "django.db.models.BigAutoField"
