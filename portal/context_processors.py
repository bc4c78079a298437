from django.conf import settings
from django.utils import translation

from portal.areas import available_areas, available_footer_links


def portal(request):
    """Context every page shares: navigation, text direction and the configured public base URL."""
    return {
        "nav_areas": available_areas(),
        "footer_links": available_footer_links(),
        "LANGUAGE_BIDI": translation.get_language_bidi(),
        "site_url": settings.PORTAL_SITE_URL,
    }
