"""What the staff workflow adds to every content admin (mixed into ``portal.admin_base.ContentAdmin``).

- history with django-reversion (VersionAdmin: every save is a version, with its inline rows);
- changes to live content by users who cannot publish become pending changes (``portal.workflow.pending``);
- optimistic locking of the change form (``portal.workflow.locking``);
- roles: the status field only for publishers, German and language-neutral fields not for translators;
- actions publish / archive / publish pending changes; preview, history and compare pages;
- list columns: status (with a pending mark), publication window, last change, language coverage.
"""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator
from reversion.admin import VersionAdmin

from portal.translated_fields import SOURCE_LANGUAGE, translated_languages
from portal.translation_workflow import freshness, records
from portal.translation_workflow.assignments import editable_languages, shown_disabled
from portal.workflow import admin_views, editing, writing
from portal.workflow.locking import locking_form
from portal.workflow.models import PendingChange, PendingState
from portal.workflow.pending import StalePendingChange, publish_pending
from portal.workflow.permissions import can_edit_source, can_publish
from portal.workflow.versions import edited_by

WORKFLOW_COLUMNS = ("workflow_status", "publication_window", "language_coverage", "changed_at")


def translation_only_readonly_fields(model, languages=None, *, form_shows_source=False):
    """Every editable field except the language fields of ``languages`` (by default every language but German):
    what a translator may not change. With ``form_shows_source`` the German fields and lists of choices stay in
    the form, shown disabled (the German text rendered beside the translation, choices by their labels)."""
    try:
        translated = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        translated = set()
    readonly = []
    for field in model._meta.get_fields():
        if not getattr(field, "editable", False) or field.auto_created or not field.concrete and not field.many_to_many:
            continue
        if field.name in translated:
            continue  # the original column; modeltranslation shows its language fields instead
        if isinstance(field, TranslationField):
            if field.language in languages if languages is not None else field.language != SOURCE_LANGUAGE:
                continue
            if form_shows_source and field.language == SOURCE_LANGUAGE:
                continue
        elif form_shows_source and shown_disabled(field):
            continue
        readonly.append(field.name)
    return readonly


def restrict_inline_to_translations(inline, languages=None):
    readonly = translation_only_readonly_fields(inline.model, languages)
    own = inline.get_readonly_fields  # the inline's own read-only (computed) fields stay read-only too

    def get_readonly_fields(request, obj=None):
        fields = list(own(request, obj))
        return fields + [name for name in readonly if name not in fields]

    inline.get_readonly_fields = get_readonly_fields
    inline.has_add_permission = lambda request, obj=None: False
    inline.has_delete_permission = lambda request, obj=None: False


def rows_follow_the_page(model_admin, inline):
    """Rows inside a page are part of it: whoever may edit the page adds, changes and deletes them (in review
    when the page is live)."""

    def may_edit_page(request, obj=None):
        if obj is None:
            return model_admin.has_add_permission(request)
        return model_admin.has_change_permission(request, obj)

    inline.has_add_permission = may_edit_page
    inline.has_change_permission = may_edit_page
    inline.has_delete_permission = may_edit_page


class EditedByMeFilter(admin.SimpleListFilter):
    """Items I saved a version of ("my drafts" on the start page links here with the draft status)."""

    title = _("edited by")
    parameter_name = "mine"

    def lookups(self, request, model_admin):
        return [("1", _("me"))]

    def queryset(self, request, queryset):
        if self.value() != "1":
            return queryset
        return queryset.filter(edited_by(queryset.model, request.user))


class WorkflowAdminMixin(VersionAdmin):
    change_form_template = "workflow/admin/change_form.html"
    history_latest_first = True

    # --- roles -------------------------------------------------------------------------------------------
    def has_publish_permission(self, request):
        return can_publish(request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not can_edit_source(request.user):
            readonly = translation_only_readonly_fields(
                self.model, editable_languages(request.user), form_shows_source=True
            )
            fields += [name for name in readonly if name not in fields]
        elif not can_publish(request.user) and "status" not in fields:
            fields.append("status")
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        """Only where the user may change both the field and its sources (translators: not the slug)."""
        readonly = set(self.get_readonly_fields(request, obj))
        return {
            field: sources
            for field, sources in super().get_prepopulated_fields(request, obj).items()
            if field not in readonly and not readonly.intersection(sources)
        }

    def get_inline_instances(self, request, obj=None):
        inlines = super().get_inline_instances(request, obj)
        for inline in inlines:
            if can_edit_source(request.user):
                rows_follow_the_page(self, inline)
            else:
                restrict_inline_to_translations(inline, editable_languages(request.user))
        return inlines

    # --- the form: conflict token ------------------------------------------------------------------------
    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None and obj.pk is not None:
            kwargs["form"] = locking_form(kwargs.get("form", self.form), request)
        if not can_publish(request.user) and hasattr(self.model, "status"):  # their change waits for review
            kwargs["form"] = editing.with_go_live_proposal(
                kwargs.get("form", self.form), editing.waiting_proposal(request, obj)
            )
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        """The proposed time to go live is shown beside the note for the reviewer, never in a fieldset."""
        fieldsets = []
        for title, options in super().get_fieldsets(request, obj):
            fields = [name for name in options.get("fields", ()) if name != editing.PROPOSAL]
            fieldsets.append((title, {**options, "fields": fields}))
        return fieldsets

    # --- saving: merged, live or pending -----------------------------------------------------------------
    def change_view(self, request, object_id, form_url="", extra_context=None):
        return editing.change_view(self, request, object_id, form_url, extra_context)

    def save_related(self, request, form, formsets, change):
        editing.remember_proposal(request, form)
        super().save_related(request, form, formsets, change)
        editing.after_save(self, request, form.instance, change=change)

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        if level == messages.SUCCESS and getattr(request, "workflow_outcome", None):
            message = editing.outcome_message(request)
        super().message_user(request, message, level, *args, **kwargs)
        for note in getattr(request, "workflow_notes", ()):
            super().message_user(request, note, messages.INFO)
        request.workflow_notes = []

    def recover_view(self, request, version_id, extra_context=None):
        return editing.recover_view(self, request, version_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if not can_publish(request.user):
            raise PermissionDenied
        return super().revision_view(request, object_id, version_id, extra_context)

    # --- admin pages: preview, history/compare, publish, restore -----------------------------------------
    def get_urls(self):
        prefix = f"{self.model._meta.app_label}_{self.model._meta.model_name}_workflow"
        view = self.admin_site.admin_view
        urls = [
            path(
                "<path:object_id>/workflow/preview/<str:language>/",
                view(lambda request, object_id, language: admin_views.preview(self, request, object_id, language)),
                name=f"{prefix}_preview",
            ),
            path(
                "<path:object_id>/workflow/history/",
                view(lambda request, object_id: admin_views.history(self, request, object_id)),
                name=f"{prefix}_history",
            ),
            path(
                "<path:object_id>/workflow/pending/<int:pending_id>/<str:decision>/",
                view(
                    lambda request, object_id, pending_id, decision: admin_views.decide_pending(
                        self, request, object_id, pending_id, decision
                    )
                ),
                name=f"{prefix}_decide",
            ),
            path(
                "<path:object_id>/workflow/restore/<int:version_id>/",
                view(lambda request, object_id, version_id: admin_views.restore(self, request, object_id, version_id)),
                name=f"{prefix}_restore",
            ),
        ]
        return urls + super().get_urls()

    def workflow_url(self, name, *args):
        opts = self.model._meta
        return reverse(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_workflow_{name}", args=args)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["workflow"] = editing.form_context(self, request, obj)
        if "adminform" in context:  # readability and accessibility hints beside the German texts
            hints_url = reverse(f"{self.admin_site.name}:writing_hints")
            writing.add_hints(context["adminform"].form, obj, hints_url)
            writing.add_inline_hints(context.get("inline_admin_formsets", ()), obj, hints_url)
        response = super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)
        state = getattr(request, "workflow_state", None)
        if state is not None and (state.conflicts or state.missing_token):
            response.status_code = 409 if state.conflicts else 400
        return response

    def get_view_on_site_url(self, obj=None):
        """The public page in the language the editor works in (German when that is no site language)."""
        if obj is None or not hasattr(obj, "get_absolute_url"):
            return None
        language = translation.get_language()
        if language not in dict(settings.LANGUAGES):
            language = SOURCE_LANGUAGE
        with translation.override(language):
            return obj.get_absolute_url()

    # --- lists -------------------------------------------------------------------------------------------
    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        content_type = ContentType.objects.get_for_model(self.model)
        pending = PendingChange.objects.filter(
            content_type=content_type, object_id=Cast(OuterRef("pk"), CharField()), state=PendingState.PENDING
        )
        return queryset.annotate(workflow_has_pending=Exists(pending))

    def get_list_display(self, request):
        columns = [c for c in super().get_list_display(request) if c not in ("status", "status_badge")]
        if columns == ["__str__"] or not columns:
            columns = ["__str__"]
        return [*columns, *(c for c in WORKFLOW_COLUMNS if c not in columns)]

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        filters = filters if "status" in filters else ["status", *filters]
        return [*filters, EditedByMeFilter]

    @admin.display(description=_("status"), ordering="status")
    def workflow_status(self, obj):
        status = obj.get_status_display()
        if getattr(obj, "workflow_has_pending", False):
            return format_html("{} · <strong>{}</strong>", status, _("change waiting for review"))
        return status

    @admin.display(description=_("publication window"), ordering="publish_from")
    def publication_window(self, obj):
        if not obj.publish_from and not obj.publish_until:
            return "—"
        start = date_format(timezone.localtime(obj.publish_from), "SHORT_DATETIME_FORMAT") if obj.publish_from else "…"
        end = date_format(timezone.localtime(obj.publish_until), "SHORT_DATETIME_FORMAT") if obj.publish_until else "…"
        return f"{start} – {end}"

    @admin.display(description=_("languages"))
    def language_coverage(self, obj):
        languages = translated_languages(obj)
        return format_html(
            '<span title="{}">{}/{}</span> {}',
            _("translated into"),
            len(languages),
            len(settings.LANGUAGES),
            " ".join(languages),
        )

    # --- actions -----------------------------------------------------------------------------------------
    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        if self.has_publish_permission(request) and hasattr(self.model, "status"):
            for func in (publish_selected, archive_selected, publish_pending_changes):
                if action := self.get_action(func, action_location):
                    actions[action.name] = action
        return actions


def _set_status(modeladmin, request, queryset, status):
    """Publish or archive each item like a save in its form: the German text last published is remembered
    before, and translations stay current through a German change marked minor when it goes live."""
    count = 0
    for obj in queryset:
        if obj.status != status:
            if freshness.has_workflow(type(obj)):
                freshness.remember_published_source(obj)
            obj.status = status
            obj.save()
            records.record_save(obj, ["status"], user=request.user)
            count += 1
    return count


def publish_selected(modeladmin, request, queryset):
    if not can_publish(request.user):
        raise PermissionDenied
    count = _set_status(modeladmin, request, queryset, "published")
    modeladmin.message_user(
        request, ngettext("%(count)d item published.", "%(count)d items published.", count) % {"count": count}
    )


publish_selected.short_description = _("Publish the selected items")


def archive_selected(modeladmin, request, queryset):
    if not can_publish(request.user):
        raise PermissionDenied
    count = _set_status(modeladmin, request, queryset, "archived")
    modeladmin.message_user(
        request, ngettext("%(count)d item archived.", "%(count)d items archived.", count) % {"count": count}
    )


archive_selected.short_description = _("Archive the selected items (no longer public)")


def publish_pending_changes(modeladmin, request, queryset):
    if not can_publish(request.user):
        raise PermissionDenied
    content_type = ContentType.objects.get_for_model(modeladmin.model)
    pks = [str(pk) for pk in queryset.values_list("pk", flat=True)]
    published = 0
    for pending in PendingChange.objects.open().filter(content_type=content_type, object_id__in=pks):
        try:
            publish_pending(pending, user=request.user)
            published += 1
        except StalePendingChange as error:
            modeladmin.message_user(request, f"{pending.object_repr}: {error}", messages.ERROR)
    modeladmin.message_user(
        request,
        ngettext("%(count)d pending change published.", "%(count)d pending changes published.", published)
        % {"count": published},
    )


publish_pending_changes.short_description = _("Publish the changes waiting for review")
