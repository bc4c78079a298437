"""Translated content fields of the funding app (django-modeltranslation: one column per site language)."""

from modeltranslation.translator import TranslationOptions, register

from funding.models import BuildingBlock, CallDocument, FundedProject, FundingCall, Programme


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name", "summary", "purpose", "eligible_applicants", "amounts", "funder", "contact_name")


@register(BuildingBlock)
class BuildingBlockTranslation(TranslationOptions):
    fields = ("title", "description")


@register(FundingCall)
class FundingCallTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "how_to_apply", "contact_name")


@register(CallDocument)
class CallDocumentTranslation(TranslationOptions):
    fields = ("title",)


@register(FundedProject)
class FundedProjectTranslation(TranslationOptions):
    # Optional: a project's title (and an organisation's name, where it has one) in another language.
    fields = ("title", "organisation")
