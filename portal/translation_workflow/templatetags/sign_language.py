"""``{% sign_language_videos %}``: the published sign-language videos, for the Gebärdensprache page."""

from django import template
from django.utils import translation

from portal.languages import direction
from portal.translated_fields import content_language
from portal.translation_workflow.models import SignLanguageVideo

register = template.Library()


@register.inclusion_tag("translation_workflow/sign_language_videos.html", takes_context=True)
def sign_language_videos(context):
    visitor_language = context.get("LANGUAGE_CODE") or translation.get_language()
    videos = []
    for video in SignLanguageVideo.objects.published():
        shown_in = content_language(video, visitor_language)
        videos.append({"video": video, "lang": shown_in, "dir": direction(shown_in)})
    return {"videos": videos}
