"""Structured data (schema.org JSON-LD) for the portal's pages.

Every page gets a BreadcrumbList from its ``breadcrumbs``; a detail page whose object has a search entry gets the
node that entry's ``structured_data`` builder makes. The builders live in the apps (``<app>/structured_data.py``),
made from the pieces here. A builder is ``builder(obj, *, url, context) -> dict | list[dict]``, called with the
language the page is shown in active; it reads the page's context first (data the view already loaded, see
``related``) so structured data adds no query where it can.

The JSON is escaped like Django's ``json_script`` (``<``, ``>`` and ``&`` as unicode escapes), so no text can end the
script element. A JSON-LD block is data, not script: the Content-Security-Policy does not apply to it.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from portal.site_url import absolute_url

SCHEMA = "https://schema.org"
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def to_script(data):
    """A ``<script type="application/ld+json">`` element holding ``data``, safely escaped."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text.translate(_JSON_ESCAPES)))  # noqa: S308


def graph(nodes):
    return {"@context": SCHEMA, "@graph": [node for node in nodes if node]}


def publisher():
    return {
        "@type": "GovernmentOrganization",
        "name": gettext("Kommunales Integrationszentrum Dortmund (MIA-DO-KI) – City of Dortmund"),
        "url": absolute_url(reverse("home")),
    }


def breadcrumb_list(breadcrumbs, *, current_url):
    """BreadcrumbList from a page's ``breadcrumbs`` [(label, url or None), ...], the home page first."""
    crumbs = [(gettext("Home"), reverse("home")), *breadcrumbs]
    items = []
    for position, (label, url) in enumerate(crumbs, start=1):
        last = position == len(crumbs)
        target = current_url if last or not url else absolute_url(url)
        items.append({"@type": "ListItem", "position": position, "name": str(label), "item": target})
    return {"@type": "BreadcrumbList", "itemListElement": items}


def postal_address(obj, *, street="street", postcode="postcode", city="city"):
    return {
        "@type": "PostalAddress",
        "streetAddress": getattr(obj, street, ""),
        "postalCode": getattr(obj, postcode, ""),
        "addressLocality": getattr(obj, city, "") or "Dortmund",
        "addressCountry": "DE",
    }


def related(context, name, obj, attribute):
    """A related list the view put into the context, or the object's own (prefetched) related manager."""
    value = context.get(name)
    if value is None:
        value = getattr(obj, attribute).all()
    return list(value)
