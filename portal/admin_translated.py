"""Admin of translated models: the language fields' ``lang`` and ``dir`` (in a form and in its inline rows), and the
base admin of a translated model outside the review workflow. Kept apart from ``portal.admin_base`` (the content
admins' base), which the apps' admins and the embed layer's admin both build on, so that neither imports the
other."""

from modeltranslation.admin import TranslationAdmin
from modeltranslation.fields import TranslationField

from portal.languages import direction
from portal.translation_workflow.records import record_form_save


def language_attrs(db_field):
    """``lang`` (and ``dir`` for right-to-left languages) of a language field's widget: the browser spell-checks
    in that language, and the rich-text editor takes both over."""
    language = getattr(db_field, "language", None)
    if not isinstance(db_field, TranslationField) or not language:
        return {}
    return {"lang": language, "dir": direction(language)}


class LanguageAttrsInline:
    """Mixed into every inline of translated rows (before modeltranslation's inline class): the rows' language
    fields get their ``lang`` and ``dir`` as the item's own fields do."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None:
            widget = getattr(field.widget, "widget", field.widget)  # inside the admin's related-field wrapper
            widget.attrs.update(language_attrs(db_field))
        return field


class TranslatedAdmin(TranslationAdmin):
    """Base admin of a translated model outside the review workflow (site notices, consent providers, HSU classes):
    a save records each translation it wrote, in the form and in its inline rows, as a content admin's does
    (``portal.translation_workflow.records``); language fields get their ``lang`` and ``dir``."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None:
            field.widget.attrs.update(language_attrs(db_field))
        return field

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        record_form_save(form, formsets, change=change, user=request.user)
