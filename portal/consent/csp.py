"""Per-response security and caching headers for pages that show embeds.

The inclusion tag notes on the request which providers' embeds a page contains and whether any frame was
rendered; this middleware (placed after Django's ContentSecurityPolicyMiddleware in MIDDLEWARE, so it sees the
response first) then

- widens ``frame-src`` from 'none' to the declared origins of exactly those providers (the JavaScript path
  inserts the frame in place after consent, without a new response), and nothing elsewhere;
- adds ``Vary: Cookie`` wherever the consent cookie was read, so no cache serves one visitor's state to another;
- marks responses that contain a frame ``private`` (and "load once" responses ``no-store``).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

ATTRIBUTE = "_portal_embeds"


@dataclass
class EmbedState:
    origins: set = field(default_factory=set)
    frames_shown: bool = False
    loaded_once: bool = False


def embed_state(request):
    state = getattr(request, ATTRIBUTE, None)
    if state is None:
        state = EmbedState()
        setattr(request, ATTRIBUTE, state)
    return state


def note_provider(request, provider):
    embed_state(request).origins.update(provider.origins())


def frame_policy(base, origins):
    """``base`` (a SECURE_CSP mapping) with frame-src limited to ``origins``."""
    config = dict(base)
    config["frame-src"] = sorted(origins)
    return config


class EmbedPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        consent_read = getattr(request, "_portal_consent", None) is not None
        state = getattr(request, ATTRIBUTE, None)
        if consent_read or state is not None:
            patch_vary_headers(response, ["Cookie"])
        if state is None:
            return response
        base = getattr(response, "_csp_config", None)
        if base is None:
            base = settings.SECURE_CSP
        if state.origins and base:
            response._csp_config = frame_policy(base, state.origins)
        if state.loaded_once:
            add_never_cache_headers(response)
        elif state.frames_shown:
            patch_cache_control(response, private=True)
        return response
