"""Apps bring their own endpoints (``API_ROUTERS`` in their ``site.py``); a portal without an app has none of
its endpoints, and the API's shared layer names no app."""

import pytest
from django.conf import settings
from django.test import override_settings

from portal.api.build import build_api
from portal.registry import contributions

APPS = {"services": "/api/v1/topics", "funding": "/api/v1/funding/calls", "masterplan": "/api/v1/masterplan/phases"}


def paths_of(api):
    return set(api.get_openapi_schema(path_prefix="/api/v1/")["paths"])


def test_each_app_lists_its_router():
    routers = dict((router, prefix) for prefix, router in contributions("API_ROUTERS"))
    assert routers == {
        "services.api.router": "",
        "funding.api.router": "funding",
        "masterplan.api.router": "masterplan",
    }


@pytest.mark.parametrize("app", sorted(APPS))
def test_without_an_app_its_endpoints_are_gone(app):
    with override_settings(INSTALLED_APPS=[name for name in settings.INSTALLED_APPS if name != app]):
        paths = paths_of(build_api())
    assert APPS[app] not in paths
    assert all(path in paths for other, path in APPS.items() if other != app)
    assert not any(path.startswith(f"/api/v1/{app}/") for path in paths)


def test_two_apis_can_be_built_from_the_same_routers():
    """portal/urls.py builds the API again whenever the URLconf is loaded again (tests/portal/test_house.py)."""
    assert paths_of(build_api()) == paths_of(build_api())
