"""The review queue: every change waiting for review, linked to the item's history page (read-only)."""

from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from portal.workflow.models import PendingChange


@admin.register(PendingChange)
class PendingChangeAdmin(admin.ModelAdmin):
    list_display = ("object_repr", "content_type", "author", "created_at", "state", "review_link")
    list_filter = ("state", "content_type")
    search_fields = ("object_repr", "comment")
    date_hierarchy = "created_at"
    list_select_related = ("content_type", "author")
    exclude = ("serialized",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("review"))
    def review_link(self, obj):
        opts = obj.content_type.model_class()._meta
        try:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_workflow_history", args=[obj.object_id])
        except NoReverseMatch:
            return "—"
        return format_html('<a href="{}">{}</a>', url, _("Compare, publish or discard"))
