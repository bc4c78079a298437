from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translation workflow: freshness records, translators' admin views, XLIFF exchange, sign language."""

    name = "portal.translation_workflow"
    label = "translations"
    verbose_name = _("Translations")
    default_auto_field = "django.db.models.BigAutoField"
