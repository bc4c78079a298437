"""Translated content fields of the funding app (django-modeltranslation: one column per site language)."""

from modeltranslation.translator import TranslationOptions, register

from funding.models import BuildingBlock, CallDocument, FundingCall, Programme


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name", "summary", "purpose", "eligible_applicants", "amounts")


@register(BuildingBlock)
class BuildingBlockTranslation(TranslationOptions):
    fields = ("title", "description")


@register(FundingCall)
class FundingCallTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "how_to_apply")


@register(CallDocument)
class CallDocumentTranslation(TranslationOptions):
    fields = ("title",)
