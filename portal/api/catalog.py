"""The open-data catalogue: a DCAT-AP.de description (JSON-LD) of the datasets the apps offer, at
``/api/v1/catalog``.

Each app lists its datasets in its ``site.py`` (``DATASETS = [Dataset(...)]``): a CSV download (a page of the
app, in every site language) and the API address of the same data. The licence is
``PORTAL_OPEN_DATA_LICENCE`` (Datenlizenz Deutschland – Namensnennung 2.0 unless configured otherwise), the
contributor ``PORTAL_OPEN_DATA_CONTRIBUTOR`` (DCAT-AP.de's list of contributors). The context is inline: reading
the catalogue needs no other site. Its texts are in German and English whatever ``?lang=`` says, but a ``lang``
that is not a site language is refused with a 400 like on every other address of the API.
"""

import json
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from portal.api import language
from portal.api.build import NOT_UNDERSTOOD
from portal.registry import contributions
from portal.site_url import absolute_url

API_ROOT = "/api/v1/"
THEMES = "http://publications.europa.eu/resource/authority/data-theme/"
FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/"
GERMAN = "http://publications.europa.eu/resource/authority/language/DEU"
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "dcatde": "http://dcat-ap.de/def/dcatde/",
    "foaf": "http://xmlns.com/foaf/0.1/",
}
TEXT_LANGUAGES = ("de", "en")  # the catalogue's texts: German (the source) and English


@dataclass(frozen=True)
class Dataset:
    key: str  # part of its identifier, e.g. "offices"
    title: str  # gettext_lazy
    description: str  # gettext_lazy
    csv_url_name: str  # the URL name of its CSV download (under the language prefix)
    api_path: str  # its list in the API, relative to /api/v1/, e.g. "offices"
    theme: str = "SOCI"  # an EU data theme (SOCI, EDUC, GOVE, ...)
    keywords: tuple = ()  # gettext_lazy words


def _texts(value):
    found = []
    for code in TEXT_LANGUAGES:
        with translation.override(code):
            found.append({"@value": str(value), "@language": code})
    return found


def _publisher():
    with translation.override("de"):
        name = _("Kommunales Integrationszentrum Dortmund (MIA-DO-KI)")
    return {"@type": "foaf:Organization", "foaf:name": name, "foaf:homepage": {"@id": absolute_url("/")}}


def _distribution(*, dataset, title, url, file_type, media_type, download):
    distribution = {
        "@id": f"{absolute_url(API_ROOT + 'catalog')}#{dataset.key}-{file_type.lower()}",
        "@type": "dcat:Distribution",
        "dct:title": _texts(title),
        "dcat:accessURL": {"@id": url},
        "dct:format": {"@id": FILE_TYPES + file_type},
        "dcat:mediaType": media_type,
        "dct:license": {"@id": settings.PORTAL_OPEN_DATA_LICENCE},
        "dcatde:licenseAttributionByText": _publisher()["foaf:name"],
    }
    if download:
        distribution["dcat:downloadURL"] = {"@id": url}
    return distribution


def _dataset(dataset):
    with translation.override("de"):
        csv_url = absolute_url(reverse(dataset.csv_url_name))
    return {
        "@id": f"{absolute_url(API_ROOT + 'catalog')}#{dataset.key}",
        "@type": "dcat:Dataset",
        "dct:identifier": absolute_url(f"/open-data/{dataset.key}"),
        "dct:title": _texts(dataset.title),
        "dct:description": _texts(dataset.description),
        "dcat:keyword": [text for keyword in dataset.keywords for text in _texts(keyword)],
        "dcat:theme": {"@id": THEMES + dataset.theme},
        "dct:language": {"@id": GERMAN},
        "dct:publisher": _publisher(),
        "dcatde:contributorID": {"@id": settings.PORTAL_OPEN_DATA_CONTRIBUTOR},
        "dcat:landingPage": {"@id": absolute_url(reverse("open_data"))},
        "dcat:distribution": [
            _distribution(
                dataset=dataset,
                title=_("CSV download"),
                url=csv_url,
                file_type="CSV",
                media_type="text/csv",
                download=True,
            ),
            _distribution(
                dataset=dataset,
                title=_("JSON interface"),
                url=absolute_url(API_ROOT + dataset.api_path),
                file_type="JSON",
                media_type="application/json",
                download=False,
            ),
        ],  # fmt: skip
    }


def catalogue():
    """The catalogue as a JSON-LD document (a dict)."""
    return {
        "@context": CONTEXT,
        "@id": absolute_url(API_ROOT + "catalog"),
        "@type": "dcat:Catalog",
        "dct:title": _texts(_("Open data of the Kommunales Integrationszentrum Dortmund")),
        "dct:description": _texts(
            _(
                "Offices and their opening hours, heritage-language classes (HSU) and funded projects, as published "
                "on the portal Integration in Dortmund."
            )
        ),  # fmt: skip
        "dct:publisher": _publisher(),
        "dct:language": {"@id": GERMAN},
        "dct:license": {"@id": settings.PORTAL_OPEN_DATA_LICENCE},
        "foaf:homepage": {"@id": absolute_url(reverse("open_data"))},
        "dcat:dataset": [_dataset(dataset) for dataset in contributions("DATASETS")],
    }


def _bad_language():
    with translation.override(language.SOURCE_LANGUAGE):
        body = {
            "status": 400,
            "message": NOT_UNDERSTOOD(),
            "errors": [{"parameter": "lang", "message": _("Not one of the site's languages.")}],
        }
    response = JsonResponse(body, status=400, json_dumps_params={"ensure_ascii": False})
    response.headers["Content-Language"] = language.SOURCE_LANGUAGE
    return response


@require_safe
def catalog(request):
    if "lang" in request.GET and language.requested(request) is None:
        return _bad_language()
    body = json.dumps(catalogue(), ensure_ascii=False, indent=1)
    return HttpResponse(body, content_type="application/ld+json; charset=utf-8")
