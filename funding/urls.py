from django.urls import path

from funding import feeds, views

app_name = "funding"

urlpatterns = [
    path("", views.index, name="index"),
    path("archive/", views.archive, name="archive"),
    path("calls/<slug:slug>/", views.call_detail, name="call"),
    path("calls/<slug:slug>/print/", views.call_detail, {"print_mode": True}, name="call_print"),
    path("calls/<slug:slug>/deadline.ics", views.call_ics, name="call_ics"),
    path("programmes/<slug:slug>/", views.programme_detail, name="programme"),
    path("programmes/<slug:slug>/print/", views.programme_detail, {"print_mode": True}, name="programme_print"),
    path("funded-projects/", views.funded_projects, name="funded_projects"),
    path("funded-projects.csv", views.funded_projects_csv, name="funded_projects_csv"),
    path("deadlines.ics", views.deadlines_ics, name="deadlines_ics"),
    path("feed/", feeds.CallFeed(), name="feed"),
]
