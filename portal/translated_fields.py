"""What "translated into X" means, in one place.

An item is translated into language X when every one of its required translatable fields has a value in X.
The fallback notice, the language switcher, ``hreflang``, the sitemap and search all ask this module.
A model declares its required fields as ``translation_required = ("title", "summary", ...)``; German is the
source and always counts as translated.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from portal.languages import SOURCE_LANGUAGE


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


def required_fields(model_or_obj):
    return tuple(getattr(model_or_obj, "translation_required", ()))


def is_translated(obj, language):
    """True when ``obj`` has every required field filled in ``language``."""
    if language == SOURCE_LANGUAGE:
        return True
    for field in required_fields(obj):
        value = value_in(obj, field, language)
        if value is None or (isinstance(value, str) and not value.strip()):
            return False
    return True


def translated_languages(obj):
    """The site languages ``obj`` is translated into, German first."""
    return [code for code in site_languages() if is_translated(obj, code)]


def translated_q(model, language):
    """A Q object selecting the rows of ``model`` translated into ``language`` (for lists, sitemap, search)."""
    q = Q()
    if language == SOURCE_LANGUAGE:
        return q
    for field in required_fields(model):
        name = build_localized_fieldname(field, language)
        q &= Q(**{f"{name}__isnull": False}) & ~Q(**{name: ""})
    return q


def content_language(obj, language=None):
    """The language ``obj`` is shown in for a visitor of ``language``: that language or German, never a mix."""
    language = language or translation.get_language() or SOURCE_LANGUAGE
    return language if is_translated(obj, language) else SOURCE_LANGUAGE


def value_in(obj, field, language):
    """The value of the translatable ``field`` of ``obj`` in ``language`` (None when the field has no such column)."""
    return getattr(obj, build_localized_fieldname(field, language), None)


def shown_value(obj, field, language=None):
    """The value of ``field`` in the language ``obj`` is shown in for a visitor of ``language`` (default: active)."""
    return value_in(obj, field, content_language(obj, language))
