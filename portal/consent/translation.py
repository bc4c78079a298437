from modeltranslation.translator import TranslationOptions, register

from portal.consent.models import Embed, Provider


@register(Provider)
class ProviderTranslationOptions(TranslationOptions):
    fields = ("country", "data_transmitted")


@register(Embed)
class EmbedTranslationOptions(TranslationOptions):
    fields = ("title",)
