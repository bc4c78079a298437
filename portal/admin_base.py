"""The one base class of every content admin (services, funding, Masterplan, editorial pages, ...).

Cross-cutting admin behaviour is added here, once, and every content type gets it: translated fields
(modeltranslation; language tabs come from our own script, never a CDN), right-to-left editors for Arabic
and Persian fields, publication fields in a collapsed fieldset. The translation workflow, the staff workflow
and the embed layer plug in here too.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from portal.admin_translated import language_attrs
from portal.translation_workflow.admin_workflow import TranslationWorkflowMixin
from portal.workflow.content_admin import WorkflowAdminMixin

PUBLICATION_FIELDSET = (
    _("Publication"),
    {
        "fields": ("status", "publish_from", "publish_until"),
        "description": _("Drafts are never public. The optional window limits when a published item is shown."),
    },
)


class ContentAdmin(WorkflowAdminMixin, TranslationWorkflowMixin, TranslationAdmin):
    """Base admin for Publishable, translated content."""

    list_per_page = 50
    save_on_top = True

    def __init__(self, model, admin_site):
        if getattr(model, "embeds_enabled", False):
            from portal.consent.admin import EmbedInline  # consent-gated embeds of a page

            # A class-level inline (not get_inlines), so that history, restore and pending changes
            # (django-reversion's follow) include a page's embeds like every other related row.
            if EmbedInline not in self.inlines:
                self.inlines = [*self.inlines, EmbedInline]
        super().__init__(model, admin_site)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None:
            field.widget.attrs.update(language_attrs(db_field))
        return field

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj):
        return obj.get_status_display()
