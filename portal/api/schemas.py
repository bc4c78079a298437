"""What every endpoint shares: the query parameters ``lang``, ``cursor`` and ``limit``, strict whole numbers, the
error format, and reading an item in the language it is shown in."""

import contextlib
from typing import Annotated, Literal

from django.utils import translation
from ninja import Field, Schema
from pydantic import BeforeValidator

from portal.languages import LANGUAGE_TABLE
from portal.local_time import BERLIN
from portal.parsing import ascii_int
from portal.site_url import absolute_url
from portal.translated_fields import content_language

SiteLanguage = Literal[tuple(language.code for language in LANGUAGE_TABLE)]
DEFAULT_LIMIT = 20
MAX_LIMIT = 100


def _ascii_number(value):
    """Query values are whole numbers in ASCII digits only (no "²", no other scripts' digits, no sign or
    underscore), as everywhere in the portal (``portal.parsing``)."""
    if isinstance(value, str):
        number = ascii_int(value)
        if number is None:
            raise ValueError("not a whole number in the digits 0-9")
        return number
    return value


def ascii_int_between(low, high):
    """A whole number in ASCII digits from ``low`` to ``high`` (the bounds inside the type, so that an optional
    parameter's schema says ``minimum``/``maximum`` too)."""
    return Annotated[int, Field(ge=low, le=high), BeforeValidator(_ascii_number)]


# A slug as the portal makes them (Django's SlugField): ASCII letters, digits, hyphens and underscores.
Slug = Annotated[str, Field(pattern=r"^[-a-zA-Z0-9_]+$", max_length=120)]


class LanguageQuery(Schema):
    lang: SiteLanguage | None = Field(
        None, description="Language of the texts (a site language); without it the Accept-Language header decides."
    )


class ListQuery(LanguageQuery):
    cursor: str | None = Field(None, max_length=400, description="The `next_cursor` of the previous page.")
    limit: ascii_int_between(1, MAX_LIMIT) = Field(DEFAULT_LIMIT, description="Items per page.")


class ErrorDetail(Schema):
    parameter: str
    message: str


class Error(Schema):
    status: int
    message: str
    errors: list[ErrorDetail] = []


class Link(Schema):
    """Where the item is shown on the portal (in the answer's language) and the language its texts are in."""

    url: str
    language: SiteLanguage


@contextlib.contextmanager
def shown_in(obj, language):
    """Read ``obj``'s translated fields in the language it is shown in for ``language`` (that one or German)."""
    shown = content_language(obj, language)
    with translation.override(shown):
        yield shown


def page_link(obj, language, shown):
    """``url`` (the item's page for a visitor of ``language``) and ``language`` (the language of its texts)."""
    with translation.override(language):
        return {"url": absolute_url(obj.get_absolute_url()), "language": shown}


def local(moment):
    """``moment`` in Berlin time (an ISO 8601 instant with its offset, as residents read it), or None."""
    return moment.astimezone(BERLIN) if moment is not None else None
