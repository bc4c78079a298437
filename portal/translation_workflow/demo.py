"""Demo content of the translation workflow (runs after the content apps' demo: see settings.PORTAL_APPS).

- a sample clip for the Gebärdensprache page (generated, clearly labelled: not a real sign-language video);
- the translations of the apps' demo items, which each app keeps in its own ``demo_translations.py``
  (``TRANSLATIONS``, optionally ``OUTDATED``: see ``portal.registry``), in our own words: English, Turkish, Arabic
  and Ukrainian complete for the home page areas, the HSU pages, the funding overview, five service pages and the
  consent texts; other languages partly; one translation deliberately left outdated.

Idempotent: items are looked up by slug, values only written when they differ, records only when missing.
"""

import copy
import importlib
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.core.files.storage import default_storage
from django.utils.module_loading import module_has_submodule
from modeltranslation.utils import build_localized_fieldname

from portal.publication import Status
from portal.registry import app_modules
from portal.translated_fields import SOURCE_LANGUAGE
from portal.translation_workflow import freshness
from portal.translation_workflow.models import SignLanguageVideo, TranslationRecord

SAMPLE_DIR = Path(settings.BASE_DIR) / "static" / "translation_workflow" / "sample"
SAMPLE_FILES = {
    "video": "gebaerdensprache-muster.webm",
    "poster": "gebaerdensprache-muster.jpg",
    "captions": "gebaerdensprache-muster.vtt",
}

SAMPLE_VIDEO = {
    "slug": "muster-clip",
    "title_de": "Muster-Clip: Was steht auf dieser Seite?",
    "description_de": (
        "<p>Dies ist nur ein Muster. Hier zeigen wir später ein Video in Deutscher Gebärdensprache. "
        "Darin erklärt eine Person: Was steht auf dieser Internet-Seite? Wie finden Sie sich zurecht? "
        "Was ist noch nicht barrierefrei?</p>"
    ),
    "title_en": "Sample clip: what is on this site?",
    "description_en": (
        "<p>This is only a sample. A video in German Sign Language will be shown here later, explaining what the "
        "site contains, how to find your way around it and what is not yet accessible.</p>"
    ),
    "title_tr": "Örnek video: Bu sitede neler var?",
    "description_tr": (
        "<p>Bu yalnızca bir örnektir. Burada ileride Alman İşaret Dili ile bir video yer alacak: sitede neler "
        "olduğu, sitede nasıl gezinileceği ve henüz neyin erişilebilir olmadığı anlatılacak.</p>"
    ),
    "title_ar": "مقطع تجريبي: ماذا يوجد في هذا الموقع؟",
    "description_ar": (
        "<p>هذا مجرد مثال. سيُعرض هنا لاحقًا فيديو بلغة الإشارة الألمانية يشرح محتوى الموقع وكيفية التنقل فيه "
        "وما الذي لم يصبح بعدُ خاليًا من العوائق.</p>"
    ),
    "title_uk": "Зразок відео: що є на цьому сайті?",
    "description_uk": (
        "<p>Це лише зразок. Згодом тут буде відео німецькою жестовою мовою: що містить сайт, як ним "
        "користуватися і що ще не є безбар'єрним.</p>"
    ),
    "duration_seconds": 12,
    "is_sample": True,
    "status": Status.PUBLISHED,
    "position": 0,
}


def _stored(name):
    """The storage name of a sample file, copied into media storage once."""
    target = f"sign-language/{name}"
    if not default_storage.exists(target):
        with (SAMPLE_DIR / name).open("rb") as handle:
            target = default_storage.save(target, File(handle, name=name))
    return target


def ensure_sample_video():
    values = dict(SAMPLE_VIDEO)
    slug = values.pop("slug")
    video = SignLanguageVideo.objects.filter(slug=slug).first() or SignLanguageVideo(slug=slug)
    for field, name in SAMPLE_FILES.items():
        values[field] = _stored(name)
    changed = video.pk is None
    for name, value in values.items():
        current = getattr(video, name)
        current = current.name if hasattr(current, "name") and not isinstance(current, str) else current
        if current != value:
            setattr(video, name, value)
            changed = True
    if changed:
        video.save()
    return "created/updated" if changed else "unchanged"


def find_items(label, key):
    """The demo items a translation belongs to: ``key`` is a slug, or ((lookup, value), ...) for items without
    one or whose slug changes (a call named for next year: ``("slug__startswith", "komm-an-nrw-")``); empty when
    the app's demo does not (or no longer) provide them."""
    try:
        model = apps.get_model(label)
    except LookupError:
        return []
    lookup = dict(key) if isinstance(key, tuple) else {"slug": key}
    return list(model.objects.filter(**lookup).order_by("pk"))


def find_item(label, key):
    items = find_items(label, key)
    return items[0] if items else None


def merge(target, translations):
    """Add ``{key: {language: {field: value}}}`` to ``target``, field by field."""
    for key, languages in translations.items():
        for language, fields in languages.items():
            target.setdefault(key, {}).setdefault(language, {}).update(fields)
    return target


def by_language(package, base=None):
    """``{key: {language: fields}}`` of ``base`` and of the modules ``<package>.<language>`` beside it, each with
    ``TRANSLATIONS = {key: {field: value}}`` in that one language (a package per app, a module per language)."""
    translations = merge({}, base or {})
    for language in settings.MODELTRANSLATION_LANGUAGES:
        if module_has_submodule(importlib.import_module(package), language):
            module = importlib.import_module(f"{package}.{language}")
            merge(translations, {key: {language: fields} for key, fields in module.TRANSLATIONS.items()})
    return translations


def app_translations():
    """Every installed app's demo translations, and the translations it marks outdated."""
    translations, outdated = {}, []
    for module in app_modules("demo_translations"):
        merge(translations, getattr(module, "TRANSLATIONS", {}))
        outdated += [module.OUTDATED] if hasattr(module, "OUTDATED") else []
    return translations, outdated


def apply_translations(translations):
    """Fill empty translated fields whose German text exists; returns (items changed, keys whose items are not
    found). A value may be a function of the item (a title that names the item's own year)."""
    changed_items, missing = 0, []
    for (label, key), languages in translations.items():
        items = find_items(label, key)
        if not items:
            missing.append(f"{label}:{key}")
        for obj in items:
            changed = False
            for language, fields in languages.items():
                for field, value in fields.items():
                    name = build_localized_fieldname(field, language)
                    german = getattr(obj, build_localized_fieldname(field, SOURCE_LANGUAGE), None)
                    if german and not getattr(obj, name, None):
                        setattr(obj, name, value(obj) if callable(value) else value)
                        changed = True
            if changed:
                obj.save()
                changed_items += 1
    return changed_items, missing


def mark_outdated(spec):
    """Record one translation as made from an older German text, so the workflow has an outdated item to show."""
    obj = find_item(*spec["item"])
    if obj is None:
        return False
    older = copy.copy(obj)
    for field, value in spec["older_german"].items():
        setattr(older, build_localized_fieldname(field, SOURCE_LANGUAGE), value)
    TranslationRecord.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=obj.pk,
        language=spec["language"],
        defaults={"source_fingerprint": freshness.german_fingerprint(older)},
    )
    return True


def load(*, today):
    video = ensure_sample_video()
    translations, outdated_specs = app_translations()
    changed, missing = apply_translations(translations)
    outdated = sum(mark_outdated(spec) for spec in outdated_specs)
    recorded = freshness.record_baseline()
    summary = f"sample sign-language clip {video}; {changed} items translated, {recorded} translations recorded"
    if outdated:
        summary += f"; {outdated} deliberately outdated"
    if missing:
        summary += f"; not found: {', '.join(missing)}"
    return summary
