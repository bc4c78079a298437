"""Translated content fields of the shared page layer (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from portal.models import EditorialPage, SiteNotice
from portal.uploads import AccessibleImage


@register(AccessibleImage)
class AccessibleImageTranslation(TranslationOptions):
    """Every concrete subclass (registered in its app's translation.py) inherits the translated alt text."""

    fields = ("alt_text",)


@register(EditorialPage)
class EditorialPageTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "attachment_title")


@register(SiteNotice)
class SiteNoticeTranslation(TranslationOptions):
    fields = ("text", "link_text")
