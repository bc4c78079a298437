from django.apps import AppConfig
from django.core import checks
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal: shared pages and settings")

    def ready(self):
        from portal import faults, render_cache

        checks.register(faults.check_time_limits)
        post_migrate.connect(faults.create_cache_table, sender=self)
        render_cache.connect_signals()
