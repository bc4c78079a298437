"""Shared assertions of the consent tests: what in a page would make the browser contact another origin."""

from urllib.parse import urlsplit

import lxml.html

LOADING_ATTRIBUTES = {
    "iframe": "src",
    "img": "src",
    "script": "src",
    "source": "src",
    "video": "src",
    "audio": "src",
    "embed": "src",
    "object": "data",
    "link": "href",
}

# <link rel=alternate/canonical> are not fetched; these are.
LOADING_LINK_TYPES = {
    "stylesheet",
    "icon",
    "preload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "modulepreload",
    "manifest",
}


def foreign_loads(html, own_host="testserver"):
    """Addresses on another host that the page would load by itself (links to click and inert <template>
    content do not count)."""
    tree = lxml.html.fromstring(html)
    found = []
    for tag, attribute in LOADING_ATTRIBUTES.items():
        for element in tree.iter(tag):
            if any(ancestor.tag == "template" for ancestor in element.iterancestors()):
                continue
            if tag == "link" and not LOADING_LINK_TYPES & set((element.get("rel") or "").lower().split()):
                continue
            value = element.get(attribute) or ""
            if element.tag == "img" and element.get("srcset"):
                value += " " + element.get("srcset")
            host = urlsplit(value.strip()).netloc
            if host and host != own_host:
                found.append(value)
    return found


def live_iframes(html):
    tree = lxml.html.fromstring(html)
    return [
        element.get("src")
        for element in tree.iter("iframe")
        if not any(ancestor.tag == "template" for ancestor in element.iterancestors())
    ]


def csp_directive(response, name):
    for part in response.headers["Content-Security-Policy"].split(";"):
        words = part.split()
        if words and words[0] == name:
            return words[1:]
    return None
