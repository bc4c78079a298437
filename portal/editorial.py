"""Editorial pages (``/<lang>/info/<slug>/``): Impressum, privacy notice, accessibility statement and more."""

from django.shortcuts import get_object_or_404

from portal.models import EditorialPage
from portal.pages import render_detail
from portal.translated_fields import shown_value


def info_page(request, slug, print_mode=False):
    page = get_object_or_404(EditorialPage.objects.visible_to(request.user), slug=slug)
    title = shown_value(page, "title")
    return render_detail(
        request,
        page,
        template="portal/info_page.html",
        breadcrumbs=[(title, None)],
        print_mode=print_mode,
    )
