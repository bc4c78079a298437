"""Admin of the funding app: programmes (with building blocks), calls (with documents), funded projects."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from funding.models import BuildingBlock, CallDocument, FundedProject, FundingCall, Programme
from portal.admin_base import PUBLICATION_FIELDSET, ContentAdmin
from portal.admin_translated import LanguageAttrsInline

CONTACT_FIELDSET = (
    _("Contact"),
    {"fields": ("contact_name", "contact_email", "contact_phone")},
)


def _collapsed(fieldset):
    title, options = fieldset
    return title, {**options, "classes": ("collapse",)}


class BuildingBlockInline(LanguageAttrsInline, TranslationTabularInline):
    model = BuildingBlock
    extra = 0
    fields = ("code", "title", "description", "max_amount")


@admin.register(Programme)
class ProgrammeAdmin(ContentAdmin):
    list_display = ("name", "funder_type", "funder", "status_badge", "changed_at")
    list_filter = ("status", "funder_type")
    search_fields = ("name", "summary", "funder", "slug")
    prepopulated_fields = {"slug": ("name_de",)}
    inlines = [BuildingBlockInline]
    fieldsets = (
        (None, {"fields": ("name", "slug", "funder_type", "funder", "summary")}),
        (_("Content"), {"fields": ("purpose", "eligible_applicants", "amounts", "guideline")}),
        CONTACT_FIELDSET,
        _collapsed(PUBLICATION_FIELDSET),
    )


class CallDocumentInline(LanguageAttrsInline, TranslationStackedInline):
    model = CallDocument
    extra = 0
    fields = ("kind", "title", "file", "required", "position")


class CallClockFilter(admin.SimpleListFilter):
    """Upcoming, open or past the deadline, by the clock (the start page links here for calls that are past their
    deadline but still published)."""

    title = _("call status")
    parameter_name = "clock"

    def lookups(self, request, model_admin):
        return [("upcoming", _("Opens soon")), ("open", _("Open")), ("closed", _("Closed"))]

    def queryset(self, request, queryset):
        filters = {"upcoming": queryset.upcoming, "open": queryset.open, "closed": queryset.closed}
        return filters[self.value()]() if self.value() in filters else queryset


@admin.register(FundingCall)
class FundingCallAdmin(ContentAdmin):
    list_display = ("title", "programme", "opens_at", "deadline", "call_status", "status_badge")
    list_filter = ("status", CallClockFilter, "programme")
    list_select_related = ("programme",)
    search_fields = ("title", "summary", "slug", "programme__name")
    prepopulated_fields = {"slug": ("title_de",)}
    date_hierarchy = "deadline"
    autocomplete_fields = ("programme",)
    inlines = [CallDocumentInline]
    fieldsets = (
        (None, {"fields": ("programme", "title", "slug", "summary")}),
        (
            _("Dates and money"),
            {
                "fields": ("opens_at", "deadline", "total_budget", "max_per_project"),
                "description": _("Dates and times are Berlin time. The deadline must be later than the opening."),
            },
        ),
        (_("Content"), {"fields": ("description", "how_to_apply", "application_url")}),
        _collapsed(
            (
                _("Contact"),
                {
                    "fields": ("contact_name", "contact_email", "contact_phone"),
                    "description": _("Leave empty to show the programme's contact."),
                },
            )
        ),
        _collapsed(PUBLICATION_FIELDSET),
    )

    @admin.display(description=_("call status"))
    def call_status(self, obj):
        return obj.get_status_label()


@admin.register(FundedProject)
class FundedProjectAdmin(ContentAdmin):
    list_display = ("year", "organisation", "title", "programme", "building_block", "district", "amount", "status")
    list_filter = ("year", "programme", "district", "status")
    list_select_related = ("programme", "building_block")
    search_fields = ("organisation_de", "title_de")
    autocomplete_fields = ("programme",)
    list_per_page = 100
    fieldsets = (
        (None, {"fields": ("year", "organisation", "title", "programme", "building_block", "district", "amount")}),
        _collapsed(PUBLICATION_FIELDSET),
    )
