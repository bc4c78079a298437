from django.conf import settings
from django.utils.functional import SimpleLazyObject

from portal.areas import available_areas, available_footer_links
from portal.editorial import published_optional_pages


def portal(request):
    """Context every page shares: navigation, footer links (with which of the optional editorial pages are published)
    and the configured public base URL. The lists are looked up only when a page shows them outside a cached
    fragment (``{% fragment %}``, ``portal.render_cache``)."""
    areas = SimpleLazyObject(available_areas)
    return {
        "nav_areas": areas,
        "nav_section": SimpleLazyObject(lambda: _section(request, areas)),
        "footer_links": SimpleLazyObject(available_footer_links),
        "published_optional_pages": SimpleLazyObject(published_optional_pages),
        "site_url": settings.PORTAL_SITE_URL,
    }


def _section(request, areas):
    """The address of the area the page lies in ('' outside every area): the one thing the main menu varies by."""
    return next((url for _area, url in areas if url and request.path.startswith(url)), "")
