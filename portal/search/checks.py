"""System checks keeping the registry in step with the content models as they change."""

from django.core import checks
from modeltranslation.translator import translator

from portal.publication import Publishable
from portal.search import registry
from portal.search.entries import path_problems


def public_models():
    """Models cross-cutting code treats as public pages: Publishable, translated, with get_absolute_url."""
    return [
        model
        for model in translator.get_registered_models(abstract=False)
        if issubclass(model, Publishable) and hasattr(model, "get_absolute_url") and not model._meta.abstract
    ]


@checks.register()
def check_registry(app_configs=None, **kwargs):
    messages = []
    for entry in registry.installed():
        for path in path_problems(entry):
            messages.append(
                checks.Error(
                    f"Search registry entry {entry.key!r} names field {path!r}, which {entry.model_label} lacks.",
                    hint="Update the entry in the site.py of its app.",
                    id="search.E001",
                )
            )
    known = {entry.model_label for entry in registry.installed()}
    for model in public_models():
        if model._meta.label not in known:
            messages.append(
                checks.Warning(
                    f"{model._meta.label} is public content but not in the search registry: "
                    "search, sitemap and feed leave it out.",
                    hint="Add a SearchEntry to SEARCH_ENTRIES in the site.py of its app.",
                    id="search.W001",
                )
            )
    return messages
