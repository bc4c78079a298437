from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _
from reversion.signals import post_revision_commit


class TranslationWorkflowConfig(AppConfig):
    """The translation workflow: freshness records, translators' admin views, XLIFF exchange, sign language.

    The package, its templates (``templates/translation_workflow/``), static files and tests are named
    ``translation_workflow``; the app label stays ``translations``, the name it had when the first databases were
    made. The label is more than a name in the code, it is stored outside it, and changing it would break:

    - the database: the tables and constraints ``translations_*``, the rows of ``django_migrations``, and the
      content types that the roles' permissions, the admin log and the translation records point at (a new label
      makes Django create new, empty content types and permissions beside the old ones);
    - the pending changes and the history of sign-language videos, kept as serialized rows that name their model
      ``translations.signlanguagevideo``, and the XLIFF files out with translators, whose units are named the same
      way (``translations.signlanguagevideo:<id>``);
    - staff bookmarks and notification e-mails: the admin's addresses (``/admin/translations/...``, URL names
      ``admin:translations_*``), and the folders uploads are stored in (``translations/videos/...``).

    A rename needs a migration for each of these (renamed content types and migration records, rewritten snapshots,
    the old label still accepted on XLIFF import, redirects from the old admin addresses) and a test that upgrades a
    database made under the old label; until then the label stays.
    """

    name = "portal.translation_workflow"
    label = "translations"
    verbose_name = _("Translations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.translation_workflow import freshness, records

        # An item's or row's translation records are deleted with it, however it is deleted (an inline row, a
        # change going live without the row, a restored version, a cascade).
        for model in freshness.translated_models():
            post_delete.connect(records.delete_records, sender=model, dispatch_uid=f"records_{model._meta.label_lower}")
        # Every kept version notes the translation records of its rows, for a restore of it.
        post_revision_commit.connect(records.remember_revision_sources, dispatch_uid="records_revision_sources")
