"""How every detail page (service, office, call, document, editorial page, ...) is rendered.

A page type has one template (``templates/<app>/<thing>_detail.html``) that extends ``templates/detail.html``,
declares its stylesheet in the ``stylesheets`` block and holds its article, without chrome, as
``{% partialdef content %}``. The page shows the article; the print view (``<page>print/``) renders
``<template>#content`` inside the print layout (``templates/print/page.html``, which extends the page's own template
and so links the same stylesheet), once per language for ``?with=de``. The content is shown wholly in the
visitor's language or wholly in German (``portal.translated_fields``), with ``lang``/``dir`` on the German part.

    def info_page(request, slug, print_mode=False):
        page = get_object_or_404(EditorialPage.objects.visible_to(request.user), slug=slug)
        return render_detail(request, page, template="portal/info_page.html",
                             breadcrumbs=[(page.title, None)], print_mode=print_mode)
"""

from django.shortcuts import render
from django.utils import translation

from portal.languages import direction
from portal.translated_fields import (
    SOURCE_LANGUAGE,
    content_language,
    required_fields,
    translated_languages,
    value_in,
)


def _current_crumb(obj, label, visitor_language, shown_in):
    """The last breadcrumb in the language the page is shown in (never a half translation, never empty).

    Views pass the object's title as read in the visitor's language; on a fallback page that is a partial
    translation or empty, so the same field is read in the language of the content instead."""
    fields = required_fields(obj)
    for field in fields:
        if label and value_in(obj, field, shown_in) == label:
            return label, True  # the view already chose the content's language
        if label and value_in(obj, field, visitor_language) == label:
            return value_in(obj, field, shown_in) or label, True
    if not label and fields:
        return value_in(obj, fields[0], shown_in) or label, True
    return label, False


def detail_context(request, obj, *, breadcrumbs=(), extra=None):
    """Context for a detail page: the object, the language its content is shown in, and its translations."""
    visitor_language = translation.get_language()
    shown_in = content_language(obj, visitor_language)
    breadcrumbs = list(breadcrumbs)
    crumb_lang = None
    if breadcrumbs and shown_in != visitor_language and breadcrumbs[-1][1] is None:
        label, from_content = _current_crumb(obj, breadcrumbs[-1][0], visitor_language, shown_in)
        breadcrumbs[-1] = (label, None)
        crumb_lang = shown_in if from_content else None
    context = {
        "object": obj,
        "content_lang": shown_in,
        "content_dir": direction(shown_in),
        "is_fallback": shown_in != visitor_language,
        "translated_languages": translated_languages(obj),
        "breadcrumbs": breadcrumbs,
        "current_crumb_lang": crumb_lang,  # the last breadcrumb is the content's own title, in this language
        # a draft seen by staff, or any page rendered by the staff preview (portal/workflow: pending changes)
        "is_preview": getattr(request, "portal_preview", False)
        or (not obj.is_published() if hasattr(obj, "is_published") else False),
    }
    if context["is_preview"]:
        context["noindex"] = True
    context.update(extra or {})
    return context


def render_detail(request, obj, *, template, breadcrumbs=(), extra=None, print_mode=False, status=200):
    context = detail_context(request, obj, breadcrumbs=breadcrumbs, extra=extra)
    context["content_template"] = f"{template}#content"
    context["print_mode"] = print_mode
    if print_mode:
        from portal.printing import render_print

        return render_print(request, obj, page_template=template, context=context)
    response = render(request, template, context, status=status)
    if context["is_preview"]:
        response.headers["Cache-Control"] = "private, no-store"
        response.headers["X-Robots-Tag"] = "noindex"
    return response


__all__ = ["SOURCE_LANGUAGE", "detail_context", "render_detail"]
