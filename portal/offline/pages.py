"""The pages every visitor keeps for offline reading, per language: what apps name in their ``site.py``.

    OFFLINE_PAGES = [OfflinePages(url_name="things:index"), OfflinePages(model_label="things.Office")]

A URL name stands for one page; a model label for the page of every published item of that model (for example
the contact details and opening hours of every office). The service worker fetches them when a page of the
language first asks for them (``static/js/offline-worker.js``), together with the site's stylesheets, scripts
and icons (``assets()``).
"""

import functools
from dataclasses import dataclass

from django.apps import apps
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse

from portal.registry import contributions

# The bound of what a visitor's device keeps (the worker reads it from the list of essentials): pages read or kept
# by the visitor, and bytes in all (essentials, images and static files included). Pages read and images go first,
# oldest first, then pages the visitor kept; the essentials stay.
MAX_PAGES = 60
MAX_BYTES = 20 * 1024 * 1024

# Static files every page may need offline (fonts are kept when a page first uses them: they are large and only
# print uses them). The staff's scripts are never needed offline.
ASSET_FOLDERS = ("css/", "js/", "img/")
SKIPPED_ASSETS = ("js/admin/", "js/offline-worker.js", "img/og-default.png")


@dataclass(frozen=True)
class OfflinePages:
    url_name: str = ""
    model_label: str = ""

    def paths(self):
        if self.url_name:
            try:
                return [reverse(self.url_name)]
            except NoReverseMatch:
                return []
        try:
            model = apps.get_model(self.model_label)
        except LookupError:
            return []
        return [item.get_absolute_url() for item in model.objects.published()]


def essential_pages():
    """The paths of the essentials in the active language, in the order apps list them, without repeats."""
    seen = []
    for entry in contributions("OFFLINE_PAGES"):
        for path in entry.paths():
            if path not in seen:
                seen.append(path)
    return seen


@functools.cache
def assets():
    """The URLs of the site's own stylesheets, scripts and icons (``STATICFILES_DIRS``; hashed names in
    production), found once per process."""
    names = set()
    for finder in finders.get_finders():
        if not isinstance(finder, finders.FileSystemFinder):  # other apps' files are the staff's
            continue
        for name, _storage in finder.list([]):
            name = name.replace("\\", "/")
            if name.startswith(ASSET_FOLDERS) and not name.startswith(SKIPPED_ASSETS):
                names.add(name)
    return tuple(static(name) for name in sorted(names))
