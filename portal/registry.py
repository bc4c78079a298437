"""What the installed apps add to the shared page layer: the portal names no app, apps register themselves.

Every app (the portal included) may have a ``site.py`` module. Its module-level lists say what the app adds:

    URLS = [("funding/", "funding.urls")]         # URLconfs under the language prefix (portal/urls.py)
    AREAS = [Area(...)]                           # main navigation, footer, home page (portal.areas)
    FOOTER_LINKS = [FooterLink(...)]              # links in every footer (portal.areas)
    SEARCH_ENTRIES = [SearchEntry(...)]           # search, sitemap, feed, JSON-LD (portal.search.entries)
    LIST_PAGES = ["funding:archive"]              # sitemap pages without an object behind them (URL names)

``contributions(name)`` joins one of these lists over the installed apps, in ``INSTALLED_APPS`` order; an app
that is not installed adds nothing, so removing an app from ``INSTALLED_APPS`` removes it from every page.
Demo content stays in each app's ``demo.py`` (``load_demo_content``), translations included.
"""

import functools
import importlib

from django.apps import apps
from django.utils.module_loading import module_has_submodule

MODULE = "site"


@functools.cache
def site_module(app_name):
    """The ``site`` module of the app package ``app_name``, or None when it has none."""
    if not module_has_submodule(importlib.import_module(app_name), MODULE):
        return None
    return importlib.import_module(f"{app_name}.{MODULE}")


def contributions(name):
    """The items every installed app declares under ``name`` in its ``site.py``, in ``INSTALLED_APPS`` order."""
    items = []
    for config in apps.get_app_configs():
        module = site_module(config.name)
        items.extend(getattr(module, name, ()) if module is not None else ())
    return items
