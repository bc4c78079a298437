"""Absolute addresses of the portal, built from ``settings.PORTAL_SITE_URL``, never from the request's Host
header: QR codes, calendars, feeds, the sitemap, canonical links and structured data all use them."""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path):
    """The absolute URL of the site-relative ``path`` (the home page when empty); an absolute URL stays as it is."""
    path = str(path or "/")
    return path if "://" in path else settings.PORTAL_SITE_URL + path


def site_scheme_and_domain():
    """The configured site URL's scheme and its host with any path prefix (what Django's sitemaps call the domain)."""
    parts = urlsplit(settings.PORTAL_SITE_URL)
    return parts.scheme or "https", parts.netloc + parts.path.rstrip("/")


def site_hostname():
    """The host name of the configured site URL (for calendar UIDs and tag URIs)."""
    return urlsplit(settings.PORTAL_SITE_URL).hostname or "localhost"
