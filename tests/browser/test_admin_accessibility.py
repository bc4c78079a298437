"""Staff pages in a real browser, as the role accounts that use them: axe (WCAG 2.2 AA) finds nothing on the start
page, list pages with their filters, change forms with rich text, language tabs, inlines, uploads and the
two-list selection, and the list of changes waiting for review."""

import pytest

from services.models import Office, Service
from tests.browser.conftest import format_violations, run_axe
from tests.browser.test_admin_roles import staff_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def axe_findings(page, url):
    page.goto(url)
    page.wait_for_load_state("load")
    page.locator("body").wait_for()
    return format_violations(run_axe(page))


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_staff_pages_have_no_axe_findings(make_context, live_server, django_user_model, demo_site, role):
    page = staff_page(make_context, live_server, django_user_model, role)
    with_embed = Service.objects.filter(embeds__preview_image__gt="").first()
    assert with_embed is not None  # the demo has a service whose embed shows a kept preview image
    paths = [
        "/admin/",
        "/admin/services/service/",
        f"/admin/services/service/{with_embed.pk}/change/",
        f"/admin/services/office/{Office.objects.first().pk}/change/",
        "/admin/funding/fundingcall/",
    ]
    if role == "editor":
        paths += ["/admin/services/service/add/", "/admin/workflow/pendingchange/"]
    findings, named_editors = {}, {}
    for path in paths:
        findings[path] = axe_findings(page, live_server.url + path)
        named_editors[path] = page.locator(".prose-editor .tiptap[aria-label]").count()
    assert named_editors[paths[2]] >= 1  # the service's rich-text fields, each named by its label
    assert {path: found for path, found in findings.items() if found} == {}
