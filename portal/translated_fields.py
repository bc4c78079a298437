"""What "translated into X" means, in one place.

An item is translated into language X when every field it needs in X has a value in X: its required fields
(``translation_required = ("title", "summary", ...)``: the ones an item cannot be shown without), and every other
translatable field (registered with modeltranslation) that has German text. So a page is never shown in X with a
section silently missing: a German "what to bring" without its Persian counterpart makes the Persian page fall
back to German, and the coverage page count the item as missing. A translatable field without German text asks for
nothing. The fallback notice, the language switcher, ``hreflang``, the sitemap, search and the coverage page all ask
this module; German is the source and always counts as translated.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from portal.languages import SOURCE_LANGUAGE


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


def required_fields(model_or_obj):
    return tuple(getattr(model_or_obj, "translation_required", ()))


def translatable_fields(model_or_obj):
    """Names of the model's translatable fields (registered with modeltranslation), in the model's field order."""
    model = model_or_obj if isinstance(model_or_obj, type) else type(model_or_obj)
    try:
        registered = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return []
    order = [field.name for field in model._meta.get_fields()]
    return sorted(registered, key=lambda name: order.index(name) if name in order else len(order))


def _empty(value):
    return value is None or (isinstance(value, str) and not value.strip())


def missing_fields(obj, language):
    """The fields ``obj`` still needs in ``language``: required ones that are empty there, and the other
    translatable fields that have German text but none in ``language``. Empty for German."""
    if language == SOURCE_LANGUAGE:
        return []
    required = required_fields(obj)
    missing = [field for field in required if _empty(value_in(obj, field, language))]
    for field in translatable_fields(obj):
        if field in required or _empty(value_in(obj, field, SOURCE_LANGUAGE)):
            continue
        if _empty(value_in(obj, field, language)):
            missing.append(field)
    return missing


def is_translated(obj, language):
    """True when ``obj`` has every field it needs in ``language`` (``missing_fields``)."""
    return not missing_fields(obj, language)


def translated_languages(obj):
    """The site languages ``obj`` is translated into, German first."""
    return [code for code in site_languages() if is_translated(obj, code)]


def translated_q(model, language):
    """A Q object selecting the rows of ``model`` translated into ``language`` (for lists, sitemap, search)."""
    q = Q()
    if language == SOURCE_LANGUAGE:
        return q
    required = required_fields(model)
    for field in required:
        name = build_localized_fieldname(field, language)
        q &= Q(**{f"{name}__isnull": False}) & ~Q(**{name: ""})
    for field in translatable_fields(model):
        if field in required:
            continue
        name, german = build_localized_fieldname(field, language), build_localized_fieldname(field, SOURCE_LANGUAGE)
        no_german = Q(**{f"{german}__isnull": True}) | Q(**{german: ""})
        q &= no_german | (Q(**{f"{name}__isnull": False}) & ~Q(**{name: ""}))
    return q


def content_language(obj, language=None):
    """The language ``obj`` is shown in for a visitor of ``language``: that language or German, never a mix."""
    language = language or translation.get_language() or SOURCE_LANGUAGE
    return language if is_translated(obj, language) else SOURCE_LANGUAGE


def shown_columns(model, language):
    """The translated columns a list needs to show its items in ``language`` or German (``content_language``
    reads them all): for ``.only()``, instead of every language's columns."""
    languages = dict.fromkeys([language or SOURCE_LANGUAGE, SOURCE_LANGUAGE])
    return [build_localized_fieldname(field, code) for field in translatable_fields(model) for code in languages]


def value_in(obj, field, language):
    """The value of the translatable ``field`` of ``obj`` in ``language`` (None when the field has no such column)."""
    return getattr(obj, build_localized_fieldname(field, language), None)


def shown_value(obj, field, language=None):
    """The value of ``field`` in the language ``obj`` is shown in for a visitor of ``language`` (default: active)."""
    return value_in(obj, field, content_language(obj, language))
