"""Coverage of registration: every content text field of every app is translatable.

Walks every model of the portal's apps; a CharField or TextField that holds text a resident reads must be
registered with django-modeltranslation. What is technical (slugs, URLs, e-mail addresses, phone numbers, codes,
stored choices) is allowed explicitly below, so a new untranslated field fails here until someone decides.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator

from portal.translated_fields import required_fields

TECHNICAL_TYPES = (models.SlugField, models.URLField, models.EmailField, models.GenericIPAddressField)

# Field names that are technical wherever they appear.
TECHNICAL_NAMES = {
    "slug", "old_slug", "url", "email", "phone", "fax", "mobile", "website", "postal_code", "zip_code",
    "code", "language_code", "iso_code", "key", "token", "fingerprint", "source_fingerprint", "checksum",
    "mime_type", "content_type", "object_id", "ip_address", "user_agent_family", "icon", "css_class",
    "resource_id", "iframe_template", "path", "old_path", "new_path", "honeypot", "session_key",
}  # fmt: skip

# Whole models that hold no text for residents (records, logs, settings of the machinery).
TECHNICAL_MODELS = {
    "translations.translationrecord",  # fingerprints of the translation workflow
    "portal.redirect",  # old addresses and a note for staff
    "portal.feedback",  # what visitors sent, kept as sent
    "search.searchdocument",  # search index rows derived from the content, one per language
    "workflow.pendingchange",  # pending versions of the staff workflow (serialised, all languages inside)
    "linkcheck.checkedlink",  # results of the link checker: addresses, statuses and error codes
    "linkcheck.linkplace",  # where a link stands: the field's name and the item's title when it was checked
}

# Single fields that stay the same in every language: proper names, addresses, codes, technical templates.
LANGUAGE_NEUTRAL_FIELDS = {
    "services.office": {"street", "postcode", "city"},  # postal address (German proper names, shown in <bdi>)
    "services.hsulanguage": {"endonym"},  # the language's name in itself, e.g. "Türkçe"
    "services.school": {"number", "name", "street", "postcode"},  # official school number, name and address
    "consent.provider": {  # company and service names, URL templates and iframe attributes
        "name", "operator", "url_patterns", "embed_url_template", "link_url_template", "frame_origins",
        "iframe_allow", "iframe_sandbox",
    },
}  # fmt: skip

# Registered models whose translated text is shown inside another item's page, so they declare no
# ``translation_required`` and have no workflow of their own (records, XLIFF); the coverage page still counts each
# as translated or missing wherever it has German text (``portal.translated_fields.missing_fields``).
SUPPORTING_MODELS = {
    "services.closure",  # reason of an office closure, on the office page
    "services.hsuoffering",  # a note on one HSU class, in the finder
    "consent.provider",  # provider texts in the consent placeholder (complete in every language, seeded)
}


def portal_models():
    labels = {app.split(".")[-1] for app in settings.PORTAL_APPS}
    for model in apps.get_models():
        if model._meta.app_label in labels and not model._meta.proxy:
            yield model


def untranslated_text_fields(model):
    try:
        registered = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        registered = set()
    problems = []
    for field in model._meta.concrete_fields:
        if not isinstance(field, (models.CharField, models.TextField)) or isinstance(field, TranslationField):
            continue
        if isinstance(field, TECHNICAL_TYPES) or field.choices or field.name in TECHNICAL_NAMES:
            continue
        if field.name.endswith(("_url", "_email", "_phone", "_code", "_id", "_key", "_hash")):
            continue
        if field.name in LANGUAGE_NEUTRAL_FIELDS.get(model._meta.label_lower, ()):
            continue
        if field.name not in registered:
            problems.append(f"{model._meta.label_lower}.{field.name}")
    return problems


def test_every_content_text_field_is_translatable():
    problems = []
    for model in portal_models():
        if model._meta.label_lower in TECHNICAL_MODELS:
            continue
        problems += untranslated_text_fields(model)
    assert problems == [], "register these with modeltranslation or allow them here as technical: " + ", ".join(
        problems
    )


@pytest.mark.parametrize("model", translator.get_registered_models(abstract=False), ids=lambda m: m._meta.label)
def test_registered_model_declares_required_fields_and_keeps_slug_neutral(model):
    fields = set(translator.get_options_for_model(model).all_fields)
    assert "slug" not in fields, "slugs stay language-neutral"
    if model._meta.label_lower in SUPPORTING_MODELS:
        assert fields and not required_fields(model)
    else:
        assert required_fields(model), f"{model._meta.label} declares no translation_required"
        assert set(required_fields(model)) <= fields


def test_walk_flags_an_unregistered_text_field():
    from django.contrib.auth.models import Group

    assert untranslated_text_fields(Group) == ["auth.group.name"]
