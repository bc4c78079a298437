"""Cursor pagination: a page holds ``limit`` items after the position the ``cursor`` names.

A list is ordered by a few columns that end in a unique one (``("order", "slug")``, ``("-date", "pk")``); the
cursor is the last item's values of those columns, encoded (URL-safe base64 of JSON). The next page is
"everything after that position", one query whatever the page's number, and an item published meanwhile never
shifts a page. A cursor that does not decode to values of those columns is refused with 400.
"""

import base64
import binascii
import functools
import json
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from ninja import Schema
from pydantic import create_model

from portal.site_url import absolute_url

NOT_OURS = _("The cursor is not one this API gave out.")


class BadParameter(Exception):
    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


@functools.cache
def page_of(item_schema):
    """The schema of a page of ``item_schema`` items (one class per item schema, named after it)."""
    return create_model(
        f"{item_schema.__name__}Page",
        __base__=Schema,
        items=(list[item_schema], ...),
        next_cursor=(str | None, None),
        next=(str | None, None),
    )


def _field(model, key):
    name = key.removeprefix("-")
    return model._meta.pk if name == "pk" else model._meta.get_field(name)


def encode(values):
    text = json.dumps(values, cls=DjangoJSONEncoder, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _storable(value):
    """Every database takes it: no NUL character, an integer within 63 bits."""
    if isinstance(value, int):
        return -(2**63) < value < 2**63
    return "\x00" not in value


def decode(cursor, model, keys):
    """The column values ``cursor`` holds, each read by its model field, or BadParameter."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        values = json.loads(text)
    except (ValueError, binascii.Error, UnicodeError):
        raise BadParameter("cursor", NOT_OURS) from None
    if not isinstance(values, list) or len(values) != len(keys):
        raise BadParameter("cursor", NOT_OURS)
    cleaned = []
    for key, value in zip(keys, values, strict=True):
        if isinstance(value, bool) or not isinstance(value, str | int) or not _storable(value):
            raise BadParameter("cursor", NOT_OURS)
        try:
            cleaned.append(_field(model, key).to_python(value))
        except (ValidationError, ValueError, TypeError, OverflowError):
            raise BadParameter("cursor", NOT_OURS) from None
    return cleaned


def after(keys, values):
    """Rows that come after ``values`` in the order ``keys`` (lexicographic, each column ascending or with '-')."""
    condition = Q(pk__in=[])
    equal = {}
    for key, value in zip(keys, values, strict=True):
        name = key.removeprefix("-")
        lookup = "lt" if key.startswith("-") else "gt"
        condition |= Q(**equal, **{f"{name}__{lookup}": value})
        equal[name] = value
    return condition


def paginate(request, queryset, query, *, keys, item):
    """A page (``items``, ``next_cursor``, ``next``) of ``queryset`` in the order ``keys``; ``item(row)`` builds each
    item. ``next`` is the absolute address of the next page (from the site URL, never the Host header)."""
    if query.cursor:
        queryset = queryset.filter(after(keys, decode(query.cursor, queryset.model, keys)))
    rows = list(queryset.order_by(*keys)[: query.limit + 1])
    more = len(rows) > query.limit
    rows = rows[: query.limit]
    next_cursor = next_url = None
    if more:
        last = rows[-1]
        next_cursor = encode([getattr(last, key.removeprefix("-")) for key in keys])
        params = [(name, value) for name, value in request.GET.items() if name != "cursor"]
        next_url = absolute_url(f"{request.path}?{urlencode([*params, ('cursor', next_cursor)])}")
    return {"items": [item(row) for row in rows], "next_cursor": next_cursor, "next": next_url}
