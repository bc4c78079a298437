"""The browser tests' own guard (tests/browser/conftest.py): a page that asks another origin is caught by the
recorder and by ``check_page``, and the request fails inside Chromium at the refusing local proxy, while the
live server's own files load (loopback is never proxied).

The page is served by this module's URLconf (the portal's with one more page) without a Content-Security-Policy,
so that nothing but the guard stands between its foreign addresses and the network."""

import pytest
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csp import csp_override

from portal.urls import urlpatterns as portal_urlpatterns
from tests.browser.conftest import check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOREIGN_IMAGES = ["https://images.example.org/tracker.png", "http://192.0.2.7/pixel.gif"]
FOREIGN_FETCH = "https://api.example.net/count"
OWN_IMAGE = "/static/img/wordmark.svg"


@csp_override({})
def page_asking_other_origins(request):
    images = "".join(f'<img src="{url}" alt="" width="1" height="1">' for url in [OWN_IMAGE, *FOREIGN_IMAGES])
    script = f'<script>fetch("{FOREIGN_FETCH}").catch(() => {{}});</script>'
    return HttpResponse(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Foreign</title></head>'
        f"<body><main><h1>Foreign</h1>{images}</main>{script}</body></html>"
    )


urlpatterns = [path("foreign/", page_asking_other_origins), *portal_urlpatterns]


def test_a_page_asking_another_origin_fails_the_check_and_its_requests_never_leave_chromium(
    page, live_server, settings
):
    settings.ROOT_URLCONF = __name__
    failed = {}
    page.on("requestfailed", lambda request: failed.setdefault(request.url, request.failure))
    own = []
    page.on("response", lambda response: own.append((response.url, response.status)))

    with pytest.raises(AssertionError, match="asked another origin"):
        check_page(page, f"{live_server.url}/foreign/")

    foreign = [*FOREIGN_IMAGES, FOREIGN_FETCH]
    for url in foreign:
        if url not in failed:
            page.wait_for_event("requestfailed", predicate=lambda request, url=url: request.url == url)
    assert sorted(page.recorder.foreign) == sorted(foreign)
    # each went to the proxy on the refusing port, not to a name server or the network
    assert {failed[url] for url in foreign} == {"net::ERR_PROXY_CONNECTION_FAILED"}
    assert (live_server.url + OWN_IMAGE, 200) in own
    assert live_server.url + OWN_IMAGE in page.recorder.requests
