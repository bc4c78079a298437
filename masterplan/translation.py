"""Translated content fields of the Masterplan (django-modeltranslation: one column per site language)."""

from modeltranslation.translator import TranslationOptions, register

from masterplan.models import Document, Event, Phase


@register(Phase)
class PhaseTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "description", "place")


@register(Document)
class DocumentTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
