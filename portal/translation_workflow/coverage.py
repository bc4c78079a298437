"""Coverage of translations: per content type and language, how many items are up to date, outdated, missing.

Counted are the items whose German text is published (status "published", scheduled ones included); drafts and
archived items are not. Two queries per content type (the items and their records), whatever their number.
"""

from dataclasses import dataclass, field

from portal.publication import Status
from portal.translation_workflow import freshness


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
    for model in models or freshness.translated_models():
        row = Row(model, {language: Cell() for language in languages})
        for states in freshness.state_table(counted_items(model), languages).values():
            for language, state in states.items():
                row.cells[language].add(state)
                totals[language].add(state)
        rows.append(row)
    return rows, totals
