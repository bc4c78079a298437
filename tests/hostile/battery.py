"""The hostile-input battery: which URLs exist, what hostile requests look like, and the checker.

The URL patterns are read from Django's resolver, so a new page or admin view is covered without touching the
tests. Public patterns are every pattern outside ``admin/`` and ``media/``; staff views are the admin patterns
whose view is the portal's own code (imports, exports, coverage, previews, history, review decisions), not
Django's or a third-party package's standard views.
"""

import string
from dataclasses import dataclass
from urllib.parse import quote

from django.apps import apps
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from django.utils import translation
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

# Values that broke or could break parsing: other scripts' digits, superscripts, NUL and control characters,
# signs and exponents, huge numbers, markup, path tricks, right-to-left override, and a 10 KB value.
HOSTILE_VALUES = [
    "²", "1²", "١٢", "٣", "३", "𝟗", "\x00", "a\x00b", "\n", "\r\nX-Injected: 1", "\t", "\x7f", "\u202e",
    "-1", "0", "+1", "1e9", "1.5", "NaN", "Infinity", "9" * 40, "00000000000000000000001", " 7 ", "",
    "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%", "\\", "de", "xx", "ar", "live",
    "v-²", "p-1²", "x" * 10_240,
]  # fmt: skip
# Percent-escapes sent as they are: invalid UTF-8, a lone surrogate, an encoded NUL, broken escapes.
RAW_ESCAPES = ["%ff", "%c3%28", "%e2%82", "%ed%a0%80", "%00", "%zz", "%", "%c0%af", "%f4%90%80%80"]
KNOWN_KEYS = [
    "q", "type", "page", "grade", "language", "district", "year", "programme", "phase", "kind", "with", "embed",
    "saved", "next", "pending", "old", "new", "o", "p", "e", "_changelist_filters", "format", "csv",
]  # fmt: skip
PATH_VALUES = ["²", "%00", "%ff", "x" * 300, "..", "%2e%2e", "a%0Ab", "١"]


@st.composite
def hostile_value(draw):
    """A value as it appears in a query string or form body (already encoded)."""
    kind = draw(st.sampled_from(["hostile", "raw", "text", "mixed"]))
    if kind == "hostile":
        return quote(draw(st.sampled_from(HOSTILE_VALUES)), safe="")
    if kind == "raw":
        return draw(st.sampled_from(RAW_ESCAPES))
    if kind == "text":
        return quote(draw(st.text(max_size=12)).encode("utf-8", "surrogatepass"), safe="")
    return quote(draw(st.sampled_from(HOSTILE_VALUES)), safe="") + draw(st.sampled_from(RAW_ESCAPES))


@st.composite
def hostile_query(draw):
    """A query string with known and unknown keys, repeated keys and hostile values."""
    keys = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(alphabet=string.ascii_letters + "_[]", max_size=8))
    pairs = draw(st.lists(st.tuples(keys, hostile_value()), min_size=1, max_size=5))
    if draw(st.booleans()):  # the same key again
        pairs.append((pairs[0][0], draw(hostile_value())))
    return "&".join(f"{quote(key, safe='[]')}={value}" for key, value in pairs)


@dataclass(frozen=True)
class Route:
    """One URL pattern: its route as written (``de/hsu/<slug:slug>/``) and a concrete path to request."""

    route: str
    name: str
    path: str

    def with_segment(self, value):
        """The path with every parameter replaced by ``value`` (already encoded)."""
        return "/" + fill(self.route, lambda _converter, _name: value)


def fill(route, value_for):
    """``route`` with each ``<converter:name>`` replaced by ``value_for(converter, name)``."""
    out, rest = [], route
    while "<" in rest:
        before, _sep, after = rest.partition("<")
        spec, _sep, rest = after.partition(">")
        converter, _sep, name = spec.rpartition(":")
        out.append(before + str(value_for(converter or "str", name)))
    return "".join(out) + rest


def _walk(resolver, prefix="", namespace=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (pattern.namespace + ":" if pattern.namespace else "")
            yield from _walk(pattern, prefix + str(pattern.pattern), inner)
        else:
            yield prefix, pattern, namespace


def _route(prefix, pattern):
    if isinstance(pattern.pattern, RoutePattern):
        return prefix + str(pattern.pattern)
    regex = str(pattern.pattern).lstrip("^").rstrip("$")  # admin's regex patterns: groups become parameters
    parts, depth, out = regex, 0, ""
    for char in parts:
        if char == "(":
            depth += 1
            out += "<" if depth == 1 else ""
        elif char == ")":
            depth -= 1
            out += "int:n>" if depth == 0 else ""
        elif depth == 0 and char != "\\":
            out += char
    return prefix + out


def _view_module(callback):
    while hasattr(callback, "__wrapped__"):
        callback = callback.__wrapped__
    return getattr(callback, "__module__", "") or ""


def all_routes():
    """``[(route, name, view module)]`` of every URL pattern, with the German language prefix."""
    with translation.override("de"):
        return [
            (_route(prefix, pattern), namespace + (pattern.name or ""), _view_module(pattern.callback))
            for prefix, pattern, namespace in _walk(get_resolver())
        ]


def public_routes():
    return [(route, name) for route, name, _module in all_routes() if not route.startswith(("admin/", "media/"))]


STANDARD_MODULES = ("django.", "reversion", "django_otp", "axes", "modeltranslation", "django_prose_editor")


def staff_routes():
    """Admin patterns served by the portal's own views (not Django's standard admin views), once per view: the
    workflow views every content admin mounts are the same code, so the first model's pattern stands for all."""
    seen, routes = set(), []
    for route, name, module in all_routes():
        if not route.startswith("admin/") or module.startswith(STANDARD_MODULES):
            continue
        parts = route.split("/")
        shape = "/".join(["admin", "*", "*", *parts[3:]]) if len(parts) > 4 else route
        if shape not in seen:
            seen.add(shape)
            routes.append((route, name))
    return routes


def sample_object_id(route):
    """The pk of an existing object of the admin route's model, or 1."""
    parts = route.split("/")
    try:
        model = apps.get_model(parts[1], parts[2])
    except (LookupError, ValueError, IndexError):
        return 1
    obj = model._default_manager.order_by("pk").first()
    return obj.pk if obj else 1


def concrete(route, name, *, slugs):
    """A Route whose parameters are filled with real values where known (a published slug of that page type)."""

    def value_for(converter, parameter):
        if parameter in ("object_id", "pk", "content_type_id", "id"):
            return sample_object_id(route)
        if parameter == "language":
            return "en"
        if converter == "int":
            return 1
        return slugs.get(name, "x")

    return Route(route=route, name=name, path="/" + fill(route, value_for))


def hypothesis_settings(examples):
    """Deterministic and without an example database, so CI runs the same requests every time."""
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        print_blob=False,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: the failing request is reported as it was sent
    )


class ServerError(AssertionError):
    pass


def check(response, what):
    if response.status_code >= 500:
        raise ServerError(f"{what} → {response.status_code}")


def probe(client, route, *, examples=6, post=True):
    """Send hostile requests to ``route``; raise ServerError (shrunk by Hypothesis) on the first 5xx."""

    @hypothesis_settings(examples)
    @given(query=hostile_query(), segment=st.sampled_from(PATH_VALUES), method=st.sampled_from(["get", "post"]))
    def run(query, segment, method):
        response = client.get(f"{route.path}?{query}")
        check(response, f"GET {route.path}?{query[:300]}")
        if post and method == "post":
            response = client.generic(
                "POST", route.path, query.encode(), content_type="application/x-www-form-urlencoded"
            )
            check(response, f"POST {route.path} body {query[:300]}")
        if "<" in route.route:
            path = route.with_segment(segment)
            check(client.get(path), f"GET {path[:300]}")

    run()
