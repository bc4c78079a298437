"""URLs of the shared page layer inside the language prefix: editorial pages, feedback, site notice, offline reading
and the staff style guide."""

from django.urls import path

from portal import editorial, feedback, site_notice, styleguide
from portal.offline import views as offline

urlpatterns = [
    path("info/<slug:slug>/", editorial.info_page, name="info_page"),
    path("info/<slug:slug>/print/", editorial.info_page, {"print_mode": True}, name="info_page_print"),
    path("feedback/", feedback.accessibility_feedback, name="feedback"),
    path("feedback/helpful/", feedback.helpful, name="feedback_helpful"),
    path("notices/<int:pk>/dismiss/", site_notice.dismiss, name="notice_dismiss"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("offline/", offline.offline_page, name="offline"),
    path("offline/pages.json", offline.essentials, name="offline_pages"),
    path("styleguide/", styleguide.styleguide, name="styleguide"),  # staff only
]
