"""Admin of the shared page layer: editorial pages, site notices, redirects and visitor feedback."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from portal.admin_base import PUBLICATION_FIELDSET, ContentAdmin
from portal.admin_translated import TranslatedAdmin
from portal.models import EditorialPage, Feedback, Redirect, SiteNotice


@admin.register(EditorialPage)
class EditorialPageAdmin(ContentAdmin):
    list_display = ("german_title", "slug", "status_badge", "changed_at")
    list_filter = ("status", "links_feedback_form")
    search_fields = ("title", "slug", "summary", "body")
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Image"), {"fields": ("image", "alt_text", "is_decorative"), "classes": ("collapse",)}),
        (
            _("Attachment and links"),
            {"fields": ("attachment", "attachment_title", "links_feedback_form"), "classes": ("collapse",)},
        ),
        PUBLICATION_FIELDSET,
    )

    @admin.display(description=_("title"), ordering="title_de")
    def german_title(self, obj):
        return obj.title_de


@admin.register(SiteNotice)
class SiteNoticeAdmin(TranslatedAdmin):
    list_display = ("german_text", "level", "starts_at", "ends_at")
    list_filter = ("level",)
    search_fields = ("text",)
    date_hierarchy = "starts_at"
    fieldsets = (
        (None, {"fields": ("text", "level", "starts_at", "ends_at")}),
        (_("Link"), {"fields": ("link_url", "link_text"), "classes": ("collapse",)}),
    )

    @admin.display(description=_("text"), ordering="text_de")
    def german_text(self, obj):
        return obj.text_de


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    list_display = ("old_path", "new_path", "is_automatic", "created_at")
    list_filter = ("is_automatic",)
    search_fields = ("old_path", "new_path", "note")
    fields = ("old_path", "new_path", "note")


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ("created_at", "kind", "page", "helpful", "short_message", "language", "is_done")
    list_filter = ("kind", "helpful", "is_done", "language", "created_at")
    search_fields = ("page", "message", "name", "email")
    list_editable = ("is_done",)
    date_hierarchy = "created_at"
    readonly_fields = ("kind", "page", "helpful", "message", "name", "email", "language", "created_at")
    fields = (*readonly_fields, "is_done")

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("message"))
    def short_message(self, obj):
        return (obj.message[:80] + "…") if len(obj.message) > 80 else obj.message
