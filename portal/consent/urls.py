"""Included inside i18n_patterns at "consent/"; names are global because the footer links to ``consent``."""

from django.urls import path

from portal.consent import views

urlpatterns = [
    path("", views.consent_settings, name="consent"),
    path("allow/", views.allow_provider, name="consent_allow"),
]
