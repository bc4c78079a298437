"""Walking the public site: every page reachable by links (server-side, with the test client), one page of each
type, and loading a list of pages in one browser page with the no-foreign-request check after each."""

import re
from urllib.parse import urljoin, urlsplit

import lxml.html
from django.conf import settings
from django.test import Client
from django.urls import Resolver404, resolve

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Cookies a visitor may get without consent: CSRF protection of forms, the staff session, the chosen language.
ESSENTIAL_COOKIES = {"csrftoken", "sessionid", "django_language"}
NOT_PAGES = re.compile(r"(\.(ics|csv|pdf|xml|txt|png|jpe?g|svg|webp|mp4|webm|vtt|zip)$)|/feed/$|^/media/|^/static/")
CRAWL_LIMIT = 400


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def crawl(language):
    """Every page reachable by links from the home page in ``language`` (server-side, with the test client)."""
    client = Client()
    start = f"/{language}/"
    seen, queue, pages = {start}, [start], []
    while queue and len(pages) < CRAWL_LIMIT:
        path = queue.pop(0)
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response.headers.get("Content-Type", ""):
            continue
        pages.append(path)
        for href in lxml.html.fromstring(response.content).xpath("//a/@href"):
            parts = urlsplit(urljoin(f"http://testserver{path}", href))
            if parts.netloc != "testserver" or not parts.path.startswith(start) or NOT_PAGES.search(parts.path):
                continue
            target = parts.path  # filters and pages of a list are the same page: their query strings are left out
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return pages


def page_types(pages):
    """One page per view (URL name) among ``pages``: every page type."""
    found = {}
    for path in pages:
        try:
            match = resolve(urlsplit(path).path)
        except Resolver404:
            continue
        found.setdefault(match.view_name, path)
    return found


def in_language(path, language):
    """``/de/services/x/`` as ``/<language>/services/x/`` (addresses below the language are language-neutral)."""
    return f"/{language}/" + path.split("/", 2)[2]


def cookie_names(context):
    return {cookie["name"] for cookie in context.cookies()}


def load_each(page, base_url, paths, language, *, where=""):
    """Open each path in ``page`` (until its load event): 200, in ``language``, no request to another origin.
    ``where`` says in which browser setting (e.g. "without JavaScript"), for the failure message."""
    for path in paths:
        response = page.goto(base_url + path)
        assert response.status == 200, f"{path} {where}"
        assert page.evaluate("document.documentElement.lang") == language, f"{path} {where}"
        assert page.recorder.foreign == [], f"{path} {where} asked another origin: {page.recorder.foreign}"
