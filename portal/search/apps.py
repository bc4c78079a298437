from django.apps import AppConfig
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
