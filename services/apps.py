from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Services, offices and HSU")

    def ready(self):
        import reversion

        from services.models import HSUOffering

        if not reversion.is_registered(HSUOffering):
            reversion.register(HSUOffering)  # the timetable import keeps versions of the classes it changes
