"""Without consent, no page makes the browser contact another origin: every page reachable by links in German and
in Arabic (left to right and right to left), with JavaScript on and off, the embeds' placeholders included; and
no cookie but the essential ones. Requests to another origin are recorded, and fail inside Chromium
(tests/browser/conftest.py). One page of each type in the other eight languages:
tests/browser/test_no_foreign_request_languages.py."""

import pytest

from portal.consent.cookie import COOKIE_NAME
from portal.consent.models import Embed
from tests.browser.crawl import ESSENTIAL_COOKIES, cookie_names, crawl, load_each, page_types

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Page types that must be among the pages walked (those that can hold an embed, and the consent settings).
EMBEDDING_TYPES = {"services:service", "services:office", "masterplan:document", "info_page", "consent"}


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_every_page_without_consent_contacts_no_other_origin(make_context, live_server, demo_site, lang):
    """One crawl of the language's pages, then every page loaded with JavaScript on and again with it off."""
    pages = crawl(lang)
    assert len(pages) > 20
    assert EMBEDDING_TYPES <= set(page_types(pages)), sorted(page_types(pages))
    assert Embed.objects.exists()
    for javascript in (True, False):
        context = make_context(javascript=javascript)
        page = context.new_page()
        page.recorder = context.recorder
        where = "with JavaScript" if javascript else "without JavaScript"
        load_each(page, live_server.url, pages, lang, where=where)
        assert cookie_names(context) <= ESSENTIAL_COOKIES, where
        assert COOKIE_NAME not in cookie_names(context), where
