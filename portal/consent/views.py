"""The privacy settings page and the "always allow" endpoint (both work without JavaScript).

The POST endpoints change only the visitor's own consent cookie. Instead of Django's CSRF token (which would
set a cookie on every page with an embed) they accept only requests from our own origin: the browser's
``Sec-Fetch-Site`` header, or else ``Origin``/``Referer``, must name this site.
"""

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from portal.consent.cookie import allowed_providers, store_consent
from portal.consent.models import Provider, origin_of
from portal.query_forms import ConsentPageForm


def from_our_site(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        referer = request.headers.get("Referer")
        if not referer:
            return False
        origin = origin_of(referer)
    ours = {f"{request.scheme}://{request.get_host()}".lower(), *(o.lower() for o in settings.CSRF_TRUSTED_ORIGINS)}
    return origin.lower() in ours


def refuse_foreign(request):
    return HttpResponseForbidden(
        _("This form can only be sent from this website. Please open the page again and retry."),
        content_type="text/plain; charset=utf-8",
    )


def wants_no_page(request):
    """The JavaScript enhancement asks for a bare 204 instead of a redirect."""
    return request.headers.get("X-Consent-Request") == "fetch"


def providers_by_category():
    providers = list(Provider.objects.filter(is_active=True))
    groups = []
    for value, label in Provider.Category.choices:
        members = [provider for provider in providers if provider.category == value]
        if members:
            groups.append((value, label, members))
    return groups


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def consent_settings(request):
    allowed = allowed_providers(request)
    if request.method == "POST":
        if not from_our_site(request):
            return refuse_foreign(request)
        active = {provider.key for provider in Provider.objects.filter(is_active=True)}
        action = request.POST.get("action", "save")
        if action == "allow-all":
            chosen = active
        elif action == "refuse-all":
            chosen = set()
        else:
            chosen = {key for key in active if request.POST.get(f"provider-{key}") == "allow"}
        response = HttpResponseRedirect(f"{reverse('consent')}?saved=1", status=303)
        store_consent(response, chosen)
        return response
    groups = [
        (value, label, [(provider, provider.key in allowed) for provider in members])
        for value, label, members in providers_by_category()
    ]
    return render(
        request,
        "consent/settings.html",
        {
            "groups": groups,
            "saved": ConsentPageForm(request.GET).value("saved") == "1",
            "any_allowed": any(allowed_flag for _v, _l, members in groups for _p, allowed_flag in members),
            "breadcrumbs": [(_("Privacy settings"), None)],
        },
    )


@csrf_exempt
@require_POST
def allow_provider(request):
    """ "Always allow <provider>" from a placeholder: store consent, return to the same place on the page."""
    if not from_our_site(request):
        return refuse_foreign(request)
    provider = Provider.objects.filter(is_active=True, key=request.POST.get("provider", "")).first()
    if provider is None:
        return HttpResponse(
            _("This provider is unknown or switched off."), status=400, content_type="text/plain; charset=utf-8"
        )
    chosen = set(allowed_providers(request)) | {provider.key}
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False):
        target = reverse("consent")
    response = HttpResponse(status=204) if wants_no_page(request) else HttpResponseRedirect(target, status=303)
    store_consent(response, chosen)
    return response
