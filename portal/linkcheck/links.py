"""Every external link of published content: the ``href`` of each link in a rich-text field and the value of each
URL field, in every language, of every public item of every registered content type (the search entries the
apps register in their ``site.py``: ``portal.search.registry``, and every other content type of the admin).
Links to the portal itself are not external."""

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

from django.conf import settings
from django.db import models
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator

from portal.richtext import RichTextField
from portal.search.registry import installed


@dataclass(frozen=True)
class Place:
    url: str
    model: type
    object_id: str
    field: str
    title: str
    page_url: str


class _Hrefs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.found += [value for name, value in attrs if name == "href" and value]


def hrefs(html):
    parser = _Hrefs()
    parser.feed(str(html or ""))
    parser.close()
    return parser.found


def external(url):
    """The link as it is checked (without its #fragment), or None for a link that is not to another site."""
    url, _fragment = urldefrag(str(url).strip())
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.netloc.lower() == urlsplit(settings.PORTAL_SITE_URL).netloc.lower():
        return None
    return url


def link_fields(model):
    """(name, is_rich_text) of the model's columns that hold links: rich text and URLs, each language column
    (not the untranslated original, which only mirrors one of them)."""
    try:
        originals = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        originals = set()
    found = []
    for field in model._meta.concrete_fields:
        if field.name in originals:
            continue
        if isinstance(field, RichTextField):
            found.append((field.attname, True))
        elif isinstance(field, models.URLField):
            found.append((field.attname, False))
    return found


def sources():
    """(model, public items, title, address) of every registered content type: the search entries, and the
    content types of the admin that have no entry (a sign-language video's description, ...)."""
    from portal.workflow.roles import content_admins

    found = []
    for entry in installed():
        found.append(
            (entry.model, entry.published(), lambda obj, entry=entry: entry.title_for(obj, settings.LANGUAGE_CODE),
             entry.url_for)
        )  # fmt: skip
    covered = {model for model, *_rest in found}
    for model in content_admins():
        if model in covered:
            continue
        manager = model._default_manager
        items = manager.published() if hasattr(manager, "published") else manager.all()
        found.append(
            (model, items, str, lambda obj: obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else "")
        )
    return found


def places():
    """A ``Place`` for every external link in every field of every public item."""
    for model, items, title_of, url_of in sources():
        fields = link_fields(model)
        if not fields:
            continue
        for obj in items:
            with translation.override(settings.LANGUAGE_CODE):
                title = str(title_of(obj) or obj)[:255]
                try:
                    page_url = url_of(obj) or ""
                except Exception:  # an item without a public address still carries its links
                    page_url = ""
            seen = set()
            for name, rich in fields:
                value = getattr(obj, name)
                for candidate in hrefs(value) if rich else [value] if value else []:
                    url = external(candidate)
                    if url is not None and (url, name) not in seen:
                        seen.add((url, name))
                        yield Place(url, type(obj), str(obj.pk), name, title, page_url[:500])
