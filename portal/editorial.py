"""Editorial pages (``/<lang>/info/<slug>/``): Impressum, privacy notice, accessibility statement and more."""

from django.shortcuts import get_object_or_404

from portal import render_cache
from portal.models import EditorialPage
from portal.pages import render_detail
from portal.translated_fields import shown_value

# Editorial pages a portal may lack (or keep unpublished): the footer and the home page link them only while they
# are published.
OPTIONAL_PAGES = ("leichte-sprache", "gebaerdensprache")


def published_optional_pages():
    """The slugs of ``OPTIONAL_PAGES`` that are published: one query per content generation, shared by every
    language and page (a ``portal.render_cache`` fragment, retired by any content change)."""
    return render_cache.fragment("published-optional-pages", build=_published_optional_pages)


def _published_optional_pages():
    return frozenset(EditorialPage.objects.published().filter(slug__in=OPTIONAL_PAGES).values_list("slug", flat=True))


def info_page(request, slug, print_mode=False):
    page = get_object_or_404(EditorialPage.objects.visible_to(request.user), slug=slug)
    title = shown_value(page, "title")
    return render_detail(
        request,
        page,
        template="portal/info_page.html",
        breadcrumbs=[(title, None)],
        print_mode=print_mode,
    )
