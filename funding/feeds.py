"""Atom feed of funding calls (``/<lang>/funding/feed/``), built on django.contrib.syndication.

Every link is absolute and built from ``settings.PORTAL_SITE_URL``: the syndication framework only adds a
domain (taken from the Host header) to relative links, so none are returned. Texts are in the URL's language,
or German for a call that is not translated.
"""

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from funding.deadlines import date_and_time
from funding.models import FundingCall
from portal import render_cache
from portal.site_url import absolute_url, site_hostname
from portal.translated_fields import shown_value

FEED_SIZE = 30


class CallFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        """The feed's body is a fragment of the render cache, shared by all visitors (``portal.render_cache``)."""

        def build():
            response = Feed.__call__(self, request, *args, **kwargs)
            return response.content, response["Content-Type"]

        content, content_type = render_cache.fragment("funding-feed", get_language(), build=build)
        return HttpResponse(content, content_type=content_type)

    def title(self):
        return _("Funding calls – Integration in Dortmund")

    def subtitle(self):
        return _("New and current calls for funding from the Kommunales Integrationszentrum Dortmund (MIA-DO-KI).")

    def link(self):
        return absolute_url(reverse("funding:index"))

    def feed_url(self):
        return absolute_url(reverse("funding:feed"))

    def feed_guid(self):
        return self.feed_url()

    def author_name(self):
        return _("Kommunales Integrationszentrum Dortmund (MIA-DO-KI)")

    def items(self):
        return FundingCall.objects.published().select_related("programme").order_by("-opens_at", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return shown_value(item, "title")

    def item_description(self, item):
        deadline = date_and_time(item.deadline)
        return _("%(summary)s Deadline: %(deadline)s") % {"summary": shown_value(item, "summary"), "deadline": deadline}

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_guid(self, item):
        # A tag URI (RFC 4151): the same entry in every language's feed, whatever its slug becomes.
        return f"tag:{site_hostname()},2024:funding-call-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.publish_from or item.created_at

    def item_updateddate(self, item):
        return item.changed_at

    def item_categories(self, item):
        return [shown_value(item.programme, "name")]
