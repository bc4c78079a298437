"""Without consent, one page of each type in each of the other eight languages (German and Arabic walk every
page, with JavaScript on and off: tests/browser/test_no_foreign_request_every_page.py): the page is in that
language and the browser contacts no other origin; no cookie but the essential ones.

With JavaScript on, all eight languages. Without JavaScript, one left-to-right and one right-to-left language:
without JavaScript a page asks only for what its HTML names, which it also asks for with JavaScript on (checked in
all eight languages, translated content included), except what stands in <noscript> and what differs by direction
(the ``dir`` attribute, the right-to-left styles). Both come from the same templates in every language, so English
and Persian stand for the other six, as German and Arabic do on every page."""

import pytest

from tests.browser.crawl import ESSENTIAL_COOKIES, LANGUAGES, cookie_names, crawl, in_language, load_each, page_types

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang not in {"de", "ar"}]
WITHOUT_JAVASCRIPT = ["en", "fa"]  # one of each direction (see above)


def test_every_page_type_in_the_other_languages_contacts_no_other_origin(make_context, live_server, demo_site):
    """One crawl for the page types, then each language's pages with JavaScript on, and English's and Persian's
    again with it off."""
    types = page_types(crawl("de"))
    assert {"services:service", "services:office", "masterplan:document", "info_page", "consent"} <= set(types)
    for javascript, languages in ((True, OTHER_LANGUAGES), (False, WITHOUT_JAVASCRIPT)):
        context = make_context(javascript=javascript)
        page = context.new_page()
        page.recorder = context.recorder
        where = "with JavaScript" if javascript else "without JavaScript"
        for lang in languages:
            load_each(page, live_server.url, [in_language(path, lang) for path in types.values()], lang, where=where)
        assert cookie_names(context) <= ESSENTIAL_COOKIES, where
