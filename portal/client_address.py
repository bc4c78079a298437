"""The visitor's network address, as far as the portal can know it.

Directly connected: ``REMOTE_ADDR``. Behind our own TLS proxy (``PORTAL_BEHIND_TLS_PROXY``): the right-most
``X-Forwarded-For`` entry, the one that proxy appended; entries further left come from the client and can be
forged. Used by the feedback form's rate limit and the admin login's lockouts (``AXES_CLIENT_IP_CALLABLE``).
"""

from django.conf import settings


def client_address(request):
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.PORTAL_BEHIND_TLS_PROXY and forwarded.strip():
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")
