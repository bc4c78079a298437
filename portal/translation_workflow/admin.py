"""Admin of the translation workflow: translation records (with the translators' pages) and sign-language videos."""

from django.contrib import admin, messages
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.admin_base import PUBLICATION_FIELDSET, ContentAdmin
from portal.translated_fields import SOURCE_LANGUAGE
from portal.translation_workflow import admin_views, freshness
from portal.translation_workflow.models import SignLanguageVideo, TranslationRecord


@admin.register(TranslationRecord)
class TranslationRecordAdmin(admin.ModelAdmin):
    list_display = ("__str__", "language", "origin", "reviewed", "recorded_at", "confirmed_at")
    list_filter = ("language", "origin", "reviewed", "content_type")
    list_select_related = ("content_type",)
    readonly_fields = (
        "state", "content_type", "object_id", "language", "source_fingerprint", "recorded_at", "recorded_by",
        "confirmed_at", "confirmed_by",
    )  # fmt: skip
    fields = (*readonly_fields, "origin", "reviewed")
    actions = ["confirm_still_valid", "mark_reviewed"]
    change_list_template = "translation_workflow/admin/record_changelist.html"

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("state"))
    def state(self, record):
        if record.language == SOURCE_LANGUAGE:
            return _("German source (last published)")
        item = record.item
        if item is None:
            return "—"
        return freshness.STATE_LABELS[freshness.translation_state(item, record.language)]

    @admin.action(description=_("Confirm the selected translations as still valid"), permissions=["change"])
    def confirm_still_valid(self, request, queryset):
        confirmed = 0
        for record in queryset.exclude(language=SOURCE_LANGUAGE):
            if record.item is not None and freshness.confirm_translation(
                record.item, record.language, user=request.user
            ):
                confirmed += 1
        self.message_user(
            request,
            ngettext("%(count)d translation confirmed.", "%(count)d translations confirmed.", confirmed)
            % {"count": confirmed},
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark the selected translations as reviewed"), permissions=["change"])
    def mark_reviewed(self, request, queryset):
        count = queryset.exclude(language=SOURCE_LANGUAGE).update(reviewed=True)
        self.message_user(
            request,
            ngettext("%(count)d translation marked as reviewed.", "%(count)d translations marked as reviewed.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("coverage/", wrap(self._coverage), name="translations_coverage"),
            path("xliff-export/", wrap(self._export), name="translations_xliff_export"),
            path("xliff-import/", wrap(self._import), name="translations_xliff_import"),
            *super().get_urls(),
        ]

    def _require_view(self, request):
        if not self.has_view_permission(request):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied

    def _coverage(self, request):
        self._require_view(request)
        return admin_views.coverage_view(request, self)

    def _export(self, request):
        self._require_view(request)
        return admin_views.export_view(request, self)

    def _import(self, request):
        return admin_views.import_view(request, self)


@admin.register(SignLanguageVideo)
class SignLanguageVideoAdmin(ContentAdmin):
    list_display = ("title", "slug", "is_sample", "duration_seconds", "position", "status_badge")
    list_filter = ("status", "is_sample")
    search_fields = ("title", "slug")
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (None, {"fields": ("title", "slug", "description")}),
        (_("Video"), {"fields": ("video", "poster", "captions", "duration_seconds", "is_sample")}),
        PUBLICATION_FIELDSET,
        (_("Order"), {"fields": ("position",), "classes": ("collapse",)}),
    )
