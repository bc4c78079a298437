"""Admin (the CMS) of topics, services, offices and the HSU, with the HSU timetable's CSV import and export."""

from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationTabularInline
from reversion.models import Revision

from portal.admin_base import PUBLICATION_FIELDSET, ContentAdmin
from portal.admin_translated import LanguageAttrsInline, TranslatedAdmin
from services import hsu_csv
from services.models import (
    Closure,
    HSUDocument,
    HSUInformation,
    HSULanguage,
    HSUOffering,
    Office,
    OpeningHours,
    School,
    Service,
    Topic,
)


def collapsed(fieldset):
    title, options = fieldset
    return title, {**options, "classes": ("collapse",)}


ADVANCED = collapsed((_("Advanced"), {"fields": ("slug", "order", "area_link")}))


@admin.register(Topic)
class TopicAdmin(ContentAdmin):
    list_display = ("title", "slug", "order", "status_badge", "changed_at")
    list_filter = ("status", "area_link")
    search_fields = ("title", "summary", "slug")
    prepopulated_fields = {"slug": ("title_de",)}
    fieldsets = (
        (None, {"fields": ("title", "summary", "body")}),
        ADVANCED,
        collapsed(PUBLICATION_FIELDSET),
    )


@admin.register(Service)
class ServiceAdmin(ContentAdmin):
    list_display = ("title", "slug", "status_badge", "changed_at")
    list_filter = ("status", "topics", "offices")
    search_fields = ("title", "summary", "slug", "offices__name")
    prepopulated_fields = {"slug": ("title_de",)}
    filter_horizontal = ("topics", "offices", "related")
    fieldsets = (
        (None, {"fields": ("title", "summary", "audiences", "body")}),
        (_("Details"), {"fields": ("prerequisites", "what_to_bring", "process", "costs")}),
        (_("Where and what else"), {"fields": ("topics", "offices", "related")}),
        ADVANCED,
        collapsed(PUBLICATION_FIELDSET),
    )


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0
    fields = ("weekday", "opens", "closes", "appointment_only")


class ClosureInline(LanguageAttrsInline, TranslationTabularInline):
    model = Closure
    extra = 0
    fields = ("first_day", "last_day", "reason")


@admin.register(Office)
class OfficeAdmin(ContentAdmin):
    list_display = ("name", "unit", "phone", "step_free", "status_badge")
    list_filter = ("status", "step_free")
    search_fields = ("name", "unit", "street", "email", "phone", "slug")
    prepopulated_fields = {"slug": ("name_de",)}
    inlines = [OpeningHoursInline, ClosureInline]
    fieldsets = (
        (None, {"fields": ("name", "unit")}),
        (_("Address and contact"), {"fields": ("street", "postcode", "city", "phone", "email", "appointment_url")}),
        (_("Visiting"), {"fields": ("languages_spoken", "step_free", "access_note", "hours_note")}),
        collapsed((_("Advanced"), {"fields": ("slug",)})),
        collapsed(PUBLICATION_FIELDSET),
    )


@admin.register(HSULanguage)
class HSULanguageAdmin(ContentAdmin):
    list_display = ("name", "endonym", "code", "order", "status_badge")
    list_filter = ("status", "right_to_left")
    search_fields = ("name", "endonym", "slug", "code")
    prepopulated_fields = {"slug": ("name_en",)}
    fieldsets = (
        (None, {"fields": ("name", "endonym", "code", "right_to_left")}),
        collapsed((_("Advanced"), {"fields": ("slug", "order")})),
        collapsed(PUBLICATION_FIELDSET),
    )


@admin.register(School)
class SchoolAdmin(admin.ModelAdmin):
    list_display = ("name", "number", "district", "street")
    list_filter = ("district",)
    search_fields = ("name", "number", "street")


MAX_CSV_BYTES = 2 * 1024 * 1024  # a timetable of a few hundred rows is a few dozen kilobytes


class CSVUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("Separated by “;”, saved as UTF-8 or Windows-1252 (what a spreadsheet in Germany writes)."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_CSV_BYTES:
            raise forms.ValidationError(_("The file is too large for a timetable (at most 2 MB)."))
        return upload


@admin.register(HSUOffering)
class HSUOfferingAdmin(TranslatedAdmin):
    list_display = ("language", "school", "district", "grade_from", "grade_to", "weekday", "starts", "ends")
    list_filter = ("language", "school__district", "weekday")
    list_select_related = ("language", "school")
    search_fields = ("school__name", "school__number", "language__name", "notes")
    autocomplete_fields = ("school",)
    list_per_page = 100
    change_list_template = "admin/services/hsuoffering/change_list.html"

    @admin.display(description=_("city district"), ordering="school__district")
    def district(self, obj):
        return obj.school.get_district_display()

    def get_urls(self):
        return [
            path("import-csv/", self.admin_site.admin_view(self.import_view), name="services_hsuoffering_import"),
            path("export-csv/", self.admin_site.admin_view(self.export_view), name="services_hsuoffering_export"),
            path(
                "import-csv/history/",
                self.admin_site.admin_view(self.import_history_view),
                name="services_hsuoffering_import_history",
            ),
            *super().get_urls(),
        ]

    def export_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        response = HttpResponse(hsu_csv.export_csv(), content_type="text/csv; charset=utf-8")
        filename = f"hsu-stundenplan-{timezone.localdate():%Y-%m-%d}.csv"
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def import_view(self, request):
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        result = None
        form = CSVUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            result = hsu_csv.import_csv(form.cleaned_data["file"].read(), user=request.user)
            if result.ok:
                total = result.created + result.updated + result.unchanged
                messages.success(
                    request,
                    ngettext(
                        "Import finished: %(count)d class in the file; %(created)d new, %(updated)d changed.",
                        "Import finished: %(count)d classes in the file; %(created)d new, %(updated)d changed.",
                        total,
                    )
                    % {"count": total, "created": result.created, "updated": result.updated},
                )
                return redirect(reverse("admin:services_hsuoffering_import_history"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import the HSU timetable"),
            "form": form,
            "result": result,
            "header": ";".join(hsu_csv.HEADER),
        }
        return TemplateResponse(request, "admin/services/hsuoffering/import.html", context)

    def import_history_view(self, request):
        """The timetable's imports, newest first: who imported when, and which classes each changed."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        content_type = ContentType.objects.get_for_model(HSUOffering)
        revisions = (
            Revision.objects.filter(version__content_type=content_type)
            .distinct()
            .select_related("user")
            .order_by("-date_created", "-pk")[:30]
        )
        entries = [{"revision": revision, "lines": revision.comment.splitlines() or [""]} for revision in revisions]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("History of the HSU timetable imports"),
            "entries": entries,
        }
        return TemplateResponse(request, "admin/services/hsuoffering/import_history.html", context)


class HSUDocumentInline(admin.TabularInline):
    model = HSUDocument
    extra = 0
    fields = ("kind", "language", "file")


@admin.register(HSUInformation)
class HSUInformationAdmin(ContentAdmin):
    list_display = ("title", "deadline_day", "deadline_month", "status_badge", "changed_at")
    list_filter = ("status",)
    search_fields = ("title", "summary")
    autocomplete_fields = ("contact",)
    inlines = [HSUDocumentInline]
    fieldsets = (
        (None, {"fields": ("title", "summary", "who_may_take_part", "how_to_register")}),
        (
            _("Registration deadline and contact"),
            {
                "fields": ("deadline_day", "deadline_month", "contact"),
                "description": _("The page shows the next deadline and the school year it is for, counted from today."),
            },
        ),
        collapsed((_("Advanced"), {"fields": ("slug",)})),
        collapsed(PUBLICATION_FIELDSET),
    )
