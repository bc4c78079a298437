"""A search entry: one kind of content as search, sitemap, feed and structured data see it, described once.

Each app lists its entries as ``SEARCH_ENTRIES`` in its ``site.py`` (``portal.registry``); ``portal.search.registry``
finds them. An entry names its model by label, and its model is None while that app is not installed. Field paths
may cross relations (``"language__name"``); a path whose last field is registered with django-modeltranslation is
localised (``language__name_ar``), any other path is used as it is.

    SearchEntry(
        key="info",                          # stable key of the type filter (?type=info)
        model_label="portal.EditorialPage",
        label=_("Information pages"),        # heading of the result group
        title="title",                       # indexed with weight A
        body=("summary", "body"),            # indexed with weight B
        description="summary",               # plain text for Open Graph, feed and snippet fallback
        structured_data=None,                # builder(obj, *, url, context) -> JSON-LD (portal.search.structured_data)
    )
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname


@dataclass(frozen=True)
class SearchEntry:
    key: str
    model_label: str
    label: str
    title: str = "title"
    body: tuple = ()
    description: str = ""
    select_related: tuple = ()
    # False for items without a page of their own (an HSU offering lives on its language's page): such items are
    # found by search but not listed in the sitemap or feed.
    has_page: bool = True
    structured_data: Callable | None = field(default=None, compare=False)
    # Optional: how a result is titled when the title is not one field (obj, language) -> str.
    display_title: Callable | None = field(default=None, compare=False)
    # Optional: the public items (model, *, at) -> QuerySet, for models that are not Publishable themselves; public
    # at the instant ``at`` (None: now), which the function passes on to every ``published()`` it asks.
    public: Callable | None = field(default=None, compare=False)
    # Optional: the item's address (obj) -> str, where it has no get_absolute_url of its own.
    url: Callable | None = field(default=None, compare=False)

    @property
    def model(self):
        try:
            return apps.get_model(self.model_label)
        except LookupError:
            return None

    def published(self, *, at=None):
        """Every item of this type public at ``at`` (None: now): ``published()`` unless the entry says otherwise.

        ``at`` may also be an expression (search compiles its statement once, with the instant as a parameter).
        """
        if self.public is not None:
            return self.public(self.model, at=at)
        return self.model.objects.published(at=at)

    def url_for(self, obj):
        return self.url(obj) if self.url is not None else obj.get_absolute_url()

    def localized(self, path, language):
        return localized_path(self.model, path, language)

    def text_paths(self):
        return (self.title, *self.body)

    def title_for(self, obj, language):
        if self.display_title is not None:
            return self.display_title(obj, language)
        return value_at(obj, self.localized(self.title, language))

    def description_for(self, obj, language):
        if not self.description:
            return ""
        return value_at(obj, self.localized(self.description, language)) or ""


def _final_field(model, path):
    """The model owning the last field of ``path`` and that field's name."""
    *relations, name = path.split("__")
    for relation in relations:
        model = model._meta.get_field(relation).related_model
    return model, name


def is_translatable(model, name):
    try:
        return name in translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return False


def localized_path(model, path, language):
    owner, name = _final_field(model, path)
    if is_translatable(owner, name):
        return path[: -len(name)] + build_localized_fieldname(name, language)
    return path


def value_at(obj, path):
    for part in path.split("__"):
        obj = getattr(obj, part, None)
        if obj is None:
            return ""
    return obj


def path_problems(entry):
    """Field paths of ``entry`` that do not exist on its model (for the system check)."""
    problems = []
    model = entry.model
    for path in {*entry.text_paths(), *([entry.description] if entry.description else [])}:
        try:
            owner, name = _final_field(model, path)
            owner._meta.get_field(name)
        except (FieldDoesNotExist, AttributeError):
            problems.append(path)
    return sorted(problems)
