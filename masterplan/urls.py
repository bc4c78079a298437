from django.urls import path

from masterplan import views

app_name = "masterplan"

urlpatterns = [
    path("", views.index, name="index"),
    path("documents/", views.documents, name="documents"),
    path("documents/<slug:slug>/", views.document, name="document"),
    path("documents/<slug:slug>/print/", views.document, {"print_mode": True}, name="document_print"),
]
