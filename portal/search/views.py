"""The search page. Nothing here logs: a search term is never stored beside anything that identifies a visitor."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from portal.languages import direction
from portal.query_forms import SearchForm
from portal.search import engine, registry

PER_GROUP = 5
PER_PAGE = 20


def _search_url(query, type_key=""):
    params = {"q": query}
    if type_key:
        params["type"] = type_key
    return "?" + urlencode(params)


@require_safe
def search(request):
    form = SearchForm(
        {
            "q": engine.clean_query(request.GET.get("q", "")),
            "type": request.GET.get("type", ""),
            "page": request.GET.get("page", ""),
        }
    )
    query = form.value("q") or ""
    language = get_language()
    type_key = form.value("type") or ("?" if form.rejected("type") else "")
    type_entry = registry.by_key(type_key) if type_key else None
    all_groups = engine.find(query, language=language) if query else []
    groups = all_groups
    page = None
    if type_entry is not None:
        groups = [group for group in all_groups if group.entry == type_entry]
        shown = []
        if groups:
            page = Paginator(groups[0].ids, PER_PAGE).get_page(form.value("page"))
            shown = [(groups[0], [pk for pk, _score in page.object_list])]
    else:
        shown = [(group, [pk for pk, _score in group.ids[:PER_GROUP]]) for group in groups]
    engine.show(shown, query, language=language)
    for group in groups:
        group.more_url = _search_url(query, group.entry.key)
    facets = [
        {
            "label": group.entry.label,
            "count": group.count,
            "url": _search_url(query, group.entry.key),
            "current": group.entry == type_entry,
        }
        for group in all_groups
    ]
    context = {
        "query": query,
        "query_isolated": format_html("<bdi>{}</bdi>", query),  # a Latin query inside an Arabic sentence
        "groups": groups,
        "total": sum(group.count for group in all_groups),
        "facets": facets,
        "all_url": _search_url(query),
        "type_entry": type_entry,
        "unknown_type": bool(type_key) and type_entry is None,
        "page_obj": page,
        "per_group": PER_GROUP,
        "language": language,
        "language_dir": direction(language),
        "page_title": _("Search"),
        "breadcrumbs": [(_("Search"), None)],
        "noindex": True,
    }
    response = render(request, "search/results.html", context)
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers["Cache-Control"] = "private, no-store"
    return response
