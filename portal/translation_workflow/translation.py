"""Translatable fields of the translation workflow's own content (slug and files stay language-neutral)."""

from modeltranslation.translator import TranslationOptions, register

from portal.translation_workflow.models import SignLanguageVideo


@register(SignLanguageVideo)
class SignLanguageVideoTranslationOptions(TranslationOptions):
    fields = ("title", "description")
