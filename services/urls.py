from django.urls import path

from services import views

app_name = "services"

PRINT = {"print_mode": True}

urlpatterns = [
    path("services/", views.index, name="index"),
    path("services/<slug:slug>/", views.service_detail, name="service"),
    path("services/<slug:slug>/print/", views.service_detail, PRINT, name="service_print"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("topics/<slug:slug>/print/", views.topic_detail, PRINT, name="topic_print"),
    path("offices/<slug:slug>/", views.office_detail, name="office"),
    path("offices/<slug:slug>/print/", views.office_detail, PRINT, name="office_print"),
    path("offices.csv", views.offices_csv, name="offices_csv"),
    path("hsu/", views.hsu, name="hsu"),
    path("hsu/classes.csv", views.hsu_classes_csv, name="hsu_classes_csv"),
    path("hsu/print/", views.hsu, PRINT, name="hsu_print"),
    path("hsu/<slug:slug>/", views.hsu_language, name="hsu_language"),
    path("hsu/<slug:slug>/print/", views.hsu_language, PRINT, name="hsu_language_print"),
]
