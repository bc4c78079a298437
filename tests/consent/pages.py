"""A stand-in detail page for the embed tests: any model instance can carry embeds (generic relation), so
the tests attach them to a Provider and render it through the shared detail page (templates/detail.html)."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template import RequestContext, Template
from django.urls import path

from portal import urls as portal_urls
from portal.consent.models import Provider
from portal.pages import detail_context

PAGE = Template("{% extends 'detail.html' %}")
# Only the embeds, without the shared content include (whose forms set a CSRF cookie, which keeps Django's
# cache from storing the page): used to show that the cache really serves pages, but never the wrong state.
BARE_PAGE = Template(
    "{% extends 'base.html' %}{% load consent_tags %}{% block content %}<h1>{{ object.name }}</h1>"
    "{% embeds_for object %}{% endblock %}"
)
CONTENT = Template("<article><h1>{{ object.name }}</h1><p>Stand-in content.</p></article>")


def stand_in_page(request, pk):
    obj = get_object_or_404(Provider, pk=pk)
    context = detail_context(request, obj, breadcrumbs=[(obj.name, None)])
    context["content_template"] = CONTENT
    template = BARE_PAGE if request.resolver_match.url_name == "stand_in_bare_page" else PAGE
    return HttpResponse(template.render(RequestContext(request, context)))


urlpatterns = [
    *portal_urls.urlpatterns,
    *i18n_patterns(
        path("test-page/<int:pk>/", stand_in_page, name="stand_in_page"),
        path("test-page/<int:pk>/bare/", stand_in_page, name="stand_in_bare_page"),
    ),
]
