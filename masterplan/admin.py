"""Editing the Masterplan in the admin: phases with their events, and documents."""

from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from masterplan.models import Document, Event, Phase
from portal.admin_base import PUBLICATION_FIELDSET, ContentAdmin

ADVANCED = {"classes": ["collapse"]}


@admin.register(Phase)
class PhaseAdmin(ContentAdmin):
    list_display = ("title", "years", "order", "status_badge", "changed_at")
    list_editable = ("order",)
    list_filter = ("status",)
    search_fields = ("title", "summary")
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (None, {"fields": ("title", "year_from", "year_to", "summary", "body")}),
        (_("Address and order"), {**ADVANCED, "fields": ("slug", "order")}),
        (PUBLICATION_FIELDSET[0], {**ADVANCED, **PUBLICATION_FIELDSET[1]}),
    )

    @admin.display(description=_("years"), ordering="year_from")
    def years(self, obj):
        return obj.years


@admin.register(Event)
class EventAdmin(ContentAdmin):
    list_display = ("title", "date", "kind", "phase", "status_badge")
    list_filter = ("kind", "phase", "status")
    search_fields = ("title", "description", "place")
    date_hierarchy = "date"
    list_select_related = ("phase",)
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (None, {"fields": ("phase", "title", "date", "kind", "place", "description")}),
        (_("Address"), {**ADVANCED, "fields": ("slug",)}),
        (PUBLICATION_FIELDSET[0], {**ADVANCED, **PUBLICATION_FIELDSET[1]}),
    )


@admin.register(Document)
class DocumentAdmin(ContentAdmin):
    list_display = ("title", "date", "kind", "phase", "validity", "status_badge", "attachment_shown")
    list_filter = ("kind", "validity", "phase", "status")
    search_fields = ("title", "summary", "body")
    date_hierarchy = "date"
    list_select_related = ("phase",)
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("attachment_size_shown",)
    fieldsets = (
        (None, {"fields": ("title", "date", "kind", "phase", "validity", "summary", "body")}),
        (_("PDF attachment"), {"fields": ("attachment", "attachment_size_shown")}),
        (_("Address"), {**ADVANCED, "fields": ("slug",)}),
        (PUBLICATION_FIELDSET[0], {**ADVANCED, **PUBLICATION_FIELDSET[1]}),
    )

    @admin.display(description=_("PDF"), boolean=True)
    def attachment_shown(self, obj):
        return bool(obj.attachment)

    @admin.display(description=_("attachment size"))
    def attachment_size_shown(self, obj):
        return filesizeformat(obj.attachment_size) if obj.attachment_size else "–"
