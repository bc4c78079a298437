"""The web app manifest of each language, the offline page, the list of essentials and the worker's script."""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_safe

from portal.languages import direction
from portal.offline import pages
from portal.offline.icons import THEME_COLOUR

WORKER_SCRIPT = "js/offline-worker.js"
BACKGROUND_COLOUR = "#ffffff"
ICONS = [
    ("img/icon.svg", "any", "image/svg+xml", "any"),
    ("img/icon-192.png", "192x192", "image/png", "any"),
    ("img/icon-512.png", "512x512", "image/png", "any"),
    ("img/icon-maskable-512.png", "512x512", "image/png", "maskable"),
]


@require_safe
def manifest(request):
    """The installed app of the active language: its own id, scope and start page, named in that language."""
    language = translation.get_language()
    home = reverse("home")
    data = {
        "id": home,
        "lang": language,
        "dir": direction(language),
        "name": _("Integration in Dortmund"),
        "short_name": pgettext("name of the app on a phone's home screen (at most 12 characters)", "Integration"),
        "description": _(
            "Information of the Kommunales Integrationszentrum Dortmund (MIA-DO-KI) for immigrants, neighbours, "
            "volunteers and associations."
        ),
        "start_url": home,
        "scope": home,
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {"src": static(name), "sizes": sizes, "type": kind, "purpose": purpose}
            for name, sizes, kind, purpose in ICONS
        ],
    }
    return JsonResponse(data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False})


@require_safe
def offline_page(request):
    """What this device keeps for reading without a connection (listed by static/js/offline.js)."""
    return render(
        request,
        "offline/offline.html",
        {"breadcrumbs": [(_("Offline reading"), None)], "offline_page": True},
    )


def OFFLINE_TEXT():  # noqa: N802 (a message, in the active language)
    return _("There is no connection, and this page has not been kept on this device.")


@require_safe
def essentials(request):
    """What the service worker keeps for every visitor of the active language."""
    language = translation.get_language()
    return JsonResponse(
        {
            "language": language,
            "offline_page": reverse("offline"),
            "pages": pages.essential_pages(),
            "assets": list(pages.assets()),
            "limits": {"pages": pages.MAX_PAGES, "bytes": pages.MAX_BYTES},
            # what the worker answers, in this language, where not even the offline page is kept
            "offline_text": OFFLINE_TEXT(),
        }
    )


@require_safe
def service_worker(request):
    """``static/js/offline-worker.js`` from the site's root, so that its scope is the whole site."""
    path = finders.find(WORKER_SCRIPT)
    if not path:
        raise Http404("no service worker script")
    # A small file, read whole: the response gets the ETag and Cache-Control of every public response (browsers
    # look for a new worker past their HTTP cache anyway).
    response = HttpResponse(Path(path).read_bytes(), content_type="text/javascript; charset=utf-8")
    response.headers["Service-Worker-Allowed"] = "/"
    return response
