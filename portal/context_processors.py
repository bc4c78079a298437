from django.conf import settings

from portal.areas import available_areas, available_footer_links


def portal(request):
    """Context every page shares: navigation, footer links and the configured public base URL."""
    return {
        "nav_areas": available_areas(),
        "footer_links": available_footer_links(),
        "site_url": settings.PORTAL_SITE_URL,
    }
