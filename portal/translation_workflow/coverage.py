"""Coverage of translations: per content type and language, how many items are up to date, outdated, missing.

Counted are the items whose German text is published (status "published", scheduled ones included); drafts and
archived items are not. Every translatable model is counted, the supporting ones (a closure's reason, an HSU
class's note) too; what an item needs in a language is ``portal.translated_fields.missing_fields``.
Two queries per content type (the items and their records), whatever their number.

``cached_coverage`` keeps the counts of every language in the default cache under the render cache's generation
(``portal.render_cache``): every save or delete of a content row or a translation record (an edit, a publication,
a pending change going live, an import, a confirmation) moves the generation on, so the next reader counts anew;
until then the staff start page reads one cache entry instead of two queries per content type. The counts depend
on the rows only, never on the clock.
"""

import hashlib
import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.core.cache import cache

from portal import render_cache
from portal.publication import Status
from portal.translation_workflow import freshness

logger = logging.getLogger(__name__)

CACHE_KEY = "translations:coverage"
CACHE_SECONDS = 24 * 60 * 60  # a generation moved on leaves its entry unread; the expiry only lets it go


@dataclass
class Cell:
    up_to_date: int = 0
    outdated: int = 0
    missing: int = 0

    @property
    def total(self):
        return self.up_to_date + self.outdated + self.missing

    def add(self, state):
        setattr(self, state, getattr(self, state) + 1)

    def as_dict(self):
        return {"up_to_date": self.up_to_date, "outdated": self.outdated, "missing": self.missing}


@dataclass
class Row:
    model: type
    cells: dict = field(default_factory=dict)  # language -> Cell

    @property
    def label(self):
        return self.model._meta.verbose_name_plural

    @property
    def area(self):
        return self.model._meta.app_config.verbose_name

    @property
    def key(self):
        return self.model._meta.label_lower


def counted_items(model):
    queryset = model._default_manager.all()
    if any(f.name == "status" for f in model._meta.get_fields()):
        queryset = queryset.filter(status=Status.PUBLISHED)
    return queryset.order_by("pk")


def coverage(*, models=None, languages=None):
    """A ``Row`` per content type with a ``Cell`` per language, plus the totals per language."""
    languages = list(languages or freshness.target_languages())
    rows = []
    totals = {language: Cell() for language in languages}
    for model in models or freshness.counted_models():
        row = Row(model, {language: Cell() for language in languages})
        for states in freshness.state_table(counted_items(model), languages).values():
            for language, state in states.items():
                row.cells[language].add(state)
                totals[language].add(state)
        rows.append(row)
    return rows, totals


def _stored(rows):
    return [(row.key, {code: cell.as_dict() for code, cell in row.cells.items()}) for row in rows]


def _restored(stored, languages):
    rows = []
    totals = {language: Cell() for language in languages}
    for label, cells in stored:
        row = Row(apps.get_model(label), {language: Cell(**cells[language]) for language in languages})
        for language in languages:
            for state, count in cells[language].items():
                setattr(totals[language], state, getattr(totals[language], state) + count)
        rows.append(row)
    return rows, totals


def cached_coverage(*, languages=None):
    """``coverage(languages=...)`` of every content type, from the cache while no content row or translation
    record changed since it was counted (see the module); counted anew, and kept, otherwise."""
    every = freshness.target_languages()
    languages = every if languages is None else [language for language in languages if language in every]
    generation = render_cache.generation()
    if generation is None:  # the cache fails: count
        return coverage(languages=languages)
    # What is counted is part of the key: a deployment that adds a language or a content type counts anew.
    counted = ",".join([*every, *(model._meta.label_lower for model in freshness.counted_models())])
    key = f"{CACHE_KEY}:{generation}:{hashlib.sha256(counted.encode()).hexdigest()[:16]}"
    try:
        stored = cache.get(key)
    except Exception as error:  # noqa: BLE001 - any backend's failure: count instead
        logger.warning("coverage cache unavailable (%s)", error)
        return coverage(languages=languages)
    if stored is None:
        stored = _stored(coverage(languages=every)[0])
        try:
            cache.set(key, stored, CACHE_SECONDS)
        except Exception as error:  # noqa: BLE001
            logger.warning("coverage not cached (%s)", error)
    return _restored(stored, languages)
