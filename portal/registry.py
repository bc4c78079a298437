"""What the installed apps add to the shared page layer: the portal names no app, apps register themselves.

Every app (the portal included) may have a ``site.py`` module. Its module-level lists say what the app adds:

    URLS = [("things/", "things.urls")]       # URLconfs under the language prefix (portal/urls.py)
    AREAS = [Area(...)]                       # main navigation and footer (portal.areas)
    HOME_TASKS = [Task(...)]                  # residents' tasks on the home page, with a live fact (portal.areas)
    FOOTER_LINKS = [FooterLink(...)]          # links in every footer (portal.areas)
    SEARCH_ENTRIES = [SearchEntry(...)]       # search, sitemap, feed, JSON-LD (portal.search.entries)
    LIST_PAGES = ["things:archive"]           # sitemap pages without an object behind them (URL names)
    PUBLICATION_INSTANTS = [("things.Thing", ("starts_at",))]  # instants a page changes by itself (render cache)
    STAFF_TOOLS = [("editor", "things.tool", ("view", "change"))]  # staff tools a role reaches (workflow roles)
    OFFLINE_PAGES = [OfflinePages(url_name="things:index")]  # kept for offline reading by everyone (portal.offline)
    API_ROUTERS = [("things", "things.api.router")]  # open-data API endpoints under /api/v1/ (portal.api)
    DATASETS = [Dataset(...)]                 # open-data catalogue: CSV download and API list (portal.api.catalog)
    DASHBOARD_ITEMS = [DashboardItem(...)]    # counts on the staff start page (portal.dashboard)

Demo content is found the same way in each app's ``demo.py`` (``load(*, today)``, and ``DEMO_EMBEDS`` for
``portal.consent.demo``) and ``demo_translations.py`` (``TRANSLATIONS``, ``OUTDATED`` for
``portal.translation_workflow.demo``), so the demo is only imported by ``load_demo_content``.

``contributions(name)`` joins one of these lists over the installed apps, in ``INSTALLED_APPS`` order; an app
that is not installed adds nothing, so removing an app from ``INSTALLED_APPS`` removes it from every page.
"""

import functools
import importlib

from django.apps import apps
from django.utils.module_loading import module_has_submodule


@functools.cache
def app_module(app_name, module="site"):
    """The submodule ``module`` of the app package ``app_name``, or None when the app has none."""
    if not module_has_submodule(importlib.import_module(app_name), module):
        return None
    return importlib.import_module(f"{app_name}.{module}")


def app_modules(module="site"):
    """The submodule ``module`` of every installed app that has one, in ``INSTALLED_APPS`` order."""
    found = (app_module(config.name, module) for config in apps.get_app_configs())
    return [found_module for found_module in found if found_module is not None]


def contributions(name, *, module="site"):
    """The items every installed app lists under ``name`` in its ``site.py`` (or ``module``), in app order."""
    items = []
    for found in app_modules(module):
        items.extend(getattr(found, name, ()))
    return items
