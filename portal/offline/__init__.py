"""Offline reading as a progressive web app: manifest per language, the service worker's script and pages.

* ``views.py``: ``/<lang>/manifest.webmanifest`` (name, ``lang``, ``dir``, start URL and icons of the installed app
  in that language), ``/<lang>/offline/`` (the offline page: what this device keeps, read from the browser's cache
  by ``static/js/offline.js``), ``/<lang>/offline/pages.json`` (what the worker keeps for every visitor of a
  language) and ``/service-worker.js`` (``static/js/offline-worker.js``, served from the site's root so its scope
  covers every language).
* ``pages.py``: the essentials every visitor keeps, which apps name in their ``site.py`` (``OFFLINE_PAGES``).
* ``icons.py``: draws the app icons in ``static/img/`` (``python -m portal.offline.icons``).
"""
