from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Findability: site search, sitemap, structured data (JSON-LD, Open Graph) and the what's-new feed."""

    name = "portal.search"
    label = "search"
    verbose_name = _("Search and findability")

    def ready(self):
        from portal.search import (
            checks,  # noqa: F401  (registers the registry check)
            documents,
        )

        documents.connect()
        post_migrate.connect(documents.rebuild_outdated, sender=self, dispatch_uid="search_rebuild_outdated")
