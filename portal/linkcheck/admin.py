"""The link checker's results in the admin: every checked link with its answer and the pages that carry it,
filtered on what needs fixing from the staff start page (``?problem=1``)."""

from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from portal.linkcheck.models import PROBLEMS, CheckedLink, LinkPlace


class ProblemFilter(admin.SimpleListFilter):
    title = _("needs fixing")
    parameter_name = "problem"

    def lookups(self, request, model_admin):
        return [("1", _("Moved, broken or unreachable")), ("0", _("Works"))]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.filter(verdict__in=PROBLEMS)
        if self.value() == "0":
            return queryset.exclude(verdict__in=PROBLEMS)
        return queryset


class LinkPlaceInline(admin.TabularInline):
    model = LinkPlace
    fields = ("page", "field", "page_url")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("page"))
    def page(self, place):
        return format_html('<a href="{}">{}</a>', place.admin_url, place.title) if place.admin_url else place.title


@admin.register(CheckedLink)
class CheckedLinkAdmin(admin.ModelAdmin):
    list_display = ("url", "verdict", "status", "final_url", "pages", "checked_at")
    list_filter = (ProblemFilter, "verdict", "status")
    search_fields = ("url", "final_url", "places__title")
    fields = ("url", "verdict", "status", "final_url", "error_text", "checked_at")
    readonly_fields = fields
    inlines = [LinkPlaceInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("places__content_type")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("error"))
    def error_text(self, link):
        return link.error_label

    @admin.display(description=_("pages with the link"))
    def pages(self, link):
        return format_html_join(
            ", ",
            '<a href="{}">{}</a>',
            ((place.admin_url or "#", place.title) for place in link.places.all()),
        )
