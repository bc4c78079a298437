"""The search entries of the installed apps (``SEARCH_ENTRIES`` in each app's ``site.py``), and lookups over them.

Registry order (``INSTALLED_APPS`` order, then each app's list order) is the tie-break order of result groups.
"""

from portal.registry import contributions


def installed():
    """The registered search entries whose model exists, in registry order."""
    return [entry for entry in contributions("SEARCH_ENTRIES") if entry.model is not None]


def with_pages():
    return [entry for entry in installed() if entry.has_page]


def entry_for(model_or_obj):
    model = model_or_obj if isinstance(model_or_obj, type) else type(model_or_obj)
    label = model._meta.label
    return next((entry for entry in installed() if entry.model_label == label), None)


def by_key(key):
    return next((entry for entry in installed() if entry.key == key), None)
