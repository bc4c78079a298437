"""How every detail page (service, office, call, document, editorial page, ...) is rendered.

A detail page has two templates: the page (``templates/<app>/<thing>_detail.html``, extending base.html)
and its content (``templates/<app>/<thing>_content.html``: the article only, no chrome). The page includes
the content; the print view (``<page>print/``) renders the same content inside the print layout, once per
language for ``?with=de``. The content is shown wholly in the visitor's language or wholly in German
(``portal.translation_status``), with ``lang``/``dir`` on the German part.

    def call_detail(request, slug, print_mode=False):
        call = get_object_or_404(FundingCall.objects.visible_to(request.user), slug=slug)
        return render_detail(request, call, template="funding/call_detail.html",
                             content_template="funding/call_content.html",
                             breadcrumbs=[(_("Funding"), reverse("funding:index")), (call.title, None)],
                             print_mode=print_mode)
"""

from django.shortcuts import render
from django.utils import translation

from portal.translation_status import SOURCE_LANGUAGE, content_language, translated_languages


def language_direction(code):
    return "rtl" if translation.get_language_info(code)["bidi"] else "ltr"


def detail_context(request, obj, *, breadcrumbs=(), extra=None):
    """Context for a detail page: the object, the language its content is shown in, and its translations."""
    visitor_language = translation.get_language()
    shown_in = content_language(obj, visitor_language)
    context = {
        "object": obj,
        "content_lang": shown_in,
        "content_dir": language_direction(shown_in),
        "is_fallback": shown_in != visitor_language,
        "translated_languages": translated_languages(obj),
        "breadcrumbs": list(breadcrumbs),
        "is_preview": not obj.is_published() if hasattr(obj, "is_published") else False,
    }
    if context["is_preview"]:
        context["noindex"] = True
    context.update(extra or {})
    return context


def render_detail(
    request, obj, *, template, content_template, breadcrumbs=(), extra=None, print_mode=False, status=200
):
    context = detail_context(request, obj, breadcrumbs=breadcrumbs, extra=extra)
    context["content_template"] = content_template
    if print_mode:
        from portal.printing import render_print

        return render_print(request, obj, content_template=content_template, context=context)
    response = render(request, template, context, status=status)
    if context["is_preview"]:
        response.headers["Cache-Control"] = "private, no-store"
        response.headers["X-Robots-Tag"] = "noindex"
    return response


__all__ = ["SOURCE_LANGUAGE", "detail_context", "language_direction", "render_detail"]
