"""Print view of every detail page: ``<page>print/`` (and ``?with=de`` for two languages side by side).

The content template of the page is rendered inside ``templates/print/page.html``, once in the language the
page is shown in and, with ``?with=<lang>``, once more in that language.
"""

from django.conf import settings
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation

from portal.translation_status import content_language, is_translated


def _render_content(request, content_template, context, language):
    with translation.override(language):
        return render_to_string(content_template, context, request=request)


def render_print(request, obj, *, content_template, context):
    shown_in = context["content_lang"]
    sections = [
        {
            "lang": shown_in,
            "dir": "rtl" if translation.get_language_info(shown_in)["bidi"] else "ltr",
            "html": _render_content(request, content_template, context, shown_in),
        }
    ]
    second = request.GET.get("with", "")
    site_languages = {code for code, _name in settings.LANGUAGES}
    if second in site_languages and second != shown_in and is_translated(obj, second):
        second = content_language(obj, second)
        sections.append(
            {
                "lang": second,
                "dir": "rtl" if translation.get_language_info(second)["bidi"] else "ltr",
                "html": _render_content(request, content_template, context, second),
            }
        )
    context = dict(context, sections=sections, bilingual=len(sections) > 1)
    return render(request, "print/page.html", context)
