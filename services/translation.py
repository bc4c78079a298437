"""Translated content fields of the services app (one column per site language, django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from services.models import Closure, HSUInformation, HSULanguage, HSUOffering, Office, Service, Topic


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


@register(Service)
class ServiceTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "prerequisites", "what_to_bring", "process", "costs")


@register(Office)
class OfficeTranslation(TranslationOptions):
    fields = ("name", "unit", "access_note", "hours_note")


@register(Closure)
class ClosureTranslation(TranslationOptions):
    fields = ("reason",)


@register(HSULanguage)
class HSULanguageTranslation(TranslationOptions):
    fields = ("name",)


@register(HSUOffering)
class HSUOfferingTranslation(TranslationOptions):
    fields = ("notes",)


@register(HSUInformation)
class HSUInformationTranslation(TranslationOptions):
    fields = ("title", "summary", "who_may_take_part", "how_to_register")
