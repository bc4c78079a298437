"""What's new: an Atom feed at ``/<lang>/feed/`` of pages recently published or changed, across content types.

An item's date is the later of the moment it went public (``publish_from``, else its creation) and its last change
(``changed_at``). Titles and summaries are in the visitor's language where the item is translated, in German
otherwise. Links are absolute, built from ``settings.PORTAL_SITE_URL``.
"""

from django.db.models.functions import Coalesce, Greatest
from django.http import HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_safe

from portal import render_cache
from portal.search import registry
from portal.search.snippets import plain_text
from portal.site_url import absolute_url, site_hostname
from portal.translated_fields import content_language

FEED_LENGTH = 30


def recent_items(*, language, limit=FEED_LENGTH):
    """The ``limit`` most recently published or changed public pages: [(entry, obj, shown_language, date)]."""
    items = []
    for entry in registry.with_pages():
        queryset = (
            entry.published()
            .annotate(feed_date=Greatest(Coalesce("publish_from", "created_at"), "changed_at"))
            .order_by("-feed_date", "-pk")
        )
        if entry.select_related:
            queryset = queryset.select_related(*entry.select_related)
        for obj in queryset[:limit]:
            items.append((entry, obj, content_language(obj, language), obj.feed_date))
    items.sort(key=lambda item: item[3], reverse=True)
    return items[:limit]


def _tag_uri(entry, obj):
    return f"tag:{site_hostname()},2024:{entry.model_label.lower()}:{obj.pk}"


@require_safe
def whats_new(request):
    language = get_language()
    body = render_cache.fragment("whats-new-feed", language, build=lambda: _feed_body(language))
    return HttpResponse(body, content_type="application/atom+xml; charset=utf-8")


def _feed_body(language):
    feed = Atom1Feed(
        title=gettext("What's new – Integration in Dortmund"),
        link=absolute_url(reverse("home")),
        description=gettext("Pages of the integration portal that were published or changed recently."),
        language=language,
        feed_url=absolute_url(reverse("whats_new")),
        author_name=gettext("Kommunales Integrationszentrum Dortmund (MIA-DO-KI)"),
        feed_guid=absolute_url(reverse("whats_new")),
    )
    for entry, obj, shown, date in recent_items(language=language):
        link = absolute_url(entry.url_for(obj))
        feed.add_item(
            title=entry.title_for(obj, shown) or str(obj),
            link=link,
            description=plain_text(entry.description_for(obj, shown)),
            unique_id=_tag_uri(entry, obj),
            unique_id_is_permalink=False,
            pubdate=getattr(obj, "publish_from", None) or obj.created_at,
            updateddate=date,
            categories=[str(entry.label)],
        )
    return feed.writeString("utf-8")
