"""The review queue: changes of live items and drafts submitted for publication, linked to each item's history
page (compare, publish, discard). It opens on what waits; its type filter lists content types only."""

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from portal.parsing import ascii_int
from portal.workflow import user_admin  # noqa: F401  (staff accounts: registered there)
from portal.workflow.models import PendingChange, PendingState
from portal.workflow.pending import my_open_changes


class ContentTypeFilter(admin.SimpleListFilter):
    title = _("content type")
    parameter_name = "type"

    def lookups(self, request, model_admin):
        from portal.workflow.roles import content_admins

        models = sorted(content_admins(), key=lambda model: str(model._meta.verbose_name_plural))
        types = ContentType.objects.get_for_models(*models)
        return [(types[model].pk, capfirst(model._meta.verbose_name_plural)) for model in models]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        number = ascii_int(value)
        return queryset.filter(content_type_id=number) if number is not None else queryset.none()


class MyChangesFilter(admin.SimpleListFilter):
    """Changes that hold my work: made by me, or waiting and continued by a colleague."""

    title = _("author")
    parameter_name = "by"

    def lookups(self, request, model_admin):
        return [("me", _("with my work"))]

    def queryset(self, request, queryset):
        if self.value() != "me":
            return queryset
        continued = [pending.pk for pending in my_open_changes(request.user)]
        return queryset.filter(Q(author=request.user) | Q(pk__in=continued))


class MineToDecideFilter(admin.SimpleListFilter):
    """Changes I may publish or discard: every waiting change for a publisher, for a language reviewer those that
    touch only translations into their review languages and are not their own (the start page links here)."""

    title = _("decision")
    parameter_name = "decide"

    def lookups(self, request, model_admin):
        return [("me", _("mine to decide"))]

    def queryset(self, request, queryset):
        if self.value() != "me":
            return queryset
        from portal.translation_workflow.assignments import decidable_changes

        return queryset.filter(pk__in=[pending.pk for pending in decidable_changes(request.user)])


@admin.register(PendingChange)
class PendingChangeAdmin(admin.ModelAdmin):
    list_display = ("item", "item_type", "kind", "author", "created_at", "state", "review_link")
    list_filter = ("state", "kind", ContentTypeFilter, MyChangesFilter, MineToDecideFilter)
    search_fields = ("object_repr", "comment")
    date_hierarchy = "created_at"
    list_select_related = ("content_type", "author")
    exclude = ("serialized", "base_serialized")

    def changelist_view(self, request, extra_context=None):
        """Open on what waits for review (the state filter can be changed to see decided changes)."""
        if not any(name.startswith("state") for name in request.GET) and "_changelist_filters" not in request.GET:
            query = request.GET.copy()
            query["state__exact"] = PendingState.PENDING
            return HttpResponseRedirect(f"{request.path}?{query.urlencode()}")
        return super().changelist_view(request, extra_context)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("item"), ordering="object_repr")
    def item(self, obj):
        return obj.object_repr

    @admin.display(description=_("content type"), ordering="content_type")
    def item_type(self, obj):
        model = obj.content_type.model_class()
        return capfirst(model._meta.verbose_name) if model else "—"

    @admin.display(description=_("review"))
    def review_link(self, obj):
        model = obj.content_type.model_class()
        if model is None:
            return "—"
        try:
            url = reverse(
                f"admin:{model._meta.app_label}_{model._meta.model_name}_workflow_history", args=[obj.object_id]
            )
        except NoReverseMatch:
            return "—"
        return format_html('<a href="{}">{}</a>', url, _("Compare, publish or discard"))
