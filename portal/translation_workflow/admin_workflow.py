"""What the translation workflow adds to every content admin (mixed into ``portal.admin_base.ContentAdmin``).

- list filters "missing in …" and "outdated in …";
- one action that confirms the selected items' translations as still valid, for every language chosen;
- translators: only their assigned languages are editable; the German source is shown rendered beside the
  editor and lists of choices by their labels; a POST that changes another language is refused (403), nothing
  is saved (``portal.translation_workflow.assignments``);
- a "minor change" box for those who change the German text: translations stay current (``freshness``), of the
  item and of every inline row whose German text the save changed;
- after a save, each language written (in the item or an inline row) is recorded against the published German
  source (``portal.translation_workflow.records``);
- the language tabs (our own small script and stylesheet; modeltranslation's tabbed admin would load jQuery UI
  from a CDN).
"""

import json

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.options import ActionLocation
from django.contrib.admin.utils import flatten_fieldsets
from django.forms.utils import flatatt
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from portal.richtext import RichTextField, render_richtext
from portal.translated_fields import SOURCE_LANGUAGE, translated_q
from portal.translation_workflow import freshness, records
from portal.translation_workflow.assignments import editable_languages, refused_fields, shown_disabled
from portal.workflow.permissions import can_edit_source

MINOR_FIELD = "translation_minor_change"


def _language_names():
    return dict(settings.LANGUAGES)


class MissingInFilter(admin.SimpleListFilter):
    title = _("translation missing in")
    parameter_name = "missing_in"

    def lookups(self, request, model_admin):
        names = _language_names()
        return [(code, names[code]) for code in freshness.target_languages()]

    def queryset(self, request, queryset):
        language = self.value()
        if language not in freshness.target_languages():
            return queryset
        return queryset.exclude(translated_q(queryset.model, language))


class OutdatedInFilter(admin.SimpleListFilter):
    title = _("translation outdated in")
    parameter_name = "outdated_in"

    def lookups(self, request, model_admin):
        names = _language_names()
        return [(code, names[code]) for code in freshness.target_languages()]

    def queryset(self, request, queryset):
        language = self.value()
        if language not in freshness.target_languages():
            return queryset
        candidates = list(queryset.filter(translated_q(queryset.model, language)))
        table = freshness.state_table(candidates, [language])
        outdated = [pk for pk, states in table.items() if states[language] == freshness.OUTDATED]
        return queryset.filter(pk__in=outdated)


class ConfirmLanguagesForm(forms.Form):
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The translations into these languages are confirmed as still valid for the German text now."),
    )

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = choices


def _confirm_messages(modeladmin, request, *, confirmed, skipped, name):
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d translation into %(language)s confirmed as still valid.",
            "%(count)d translations into %(language)s confirmed as still valid.",
            confirmed,
        )
        % {"count": confirmed, "language": name},
        messages.SUCCESS,
    )
    if skipped:
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d item has no translation into %(language)s to confirm.",
                "%(count)d items have no translation into %(language)s to confirm.",
                skipped,
            )
            % {"count": skipped, "language": name},
            messages.WARNING,
        )


def confirm_translations(modeladmin, request, queryset):
    """One action for every chosen language: the translations of the selected items stay valid for the German
    text as it is now (after a change that did not touch their meaning)."""
    names = _language_names()
    allowed = editable_languages(request.user)
    choices = [(code, names[code]) for code in freshness.target_languages() if code in allowed]
    form = ConfirmLanguagesForm(request.POST if "apply" in request.POST else None, choices=choices)
    items = list(queryset)
    if form.is_valid():
        for language in form.cleaned_data["languages"]:
            confirmed = sum(1 for obj in items if freshness.confirm_translation(obj, language, user=request.user))
            _confirm_messages(
                modeladmin, request, confirmed=confirmed, skipped=len(items) - confirmed, name=names[language]
            )
        return None
    if not form.is_bound:
        table = freshness.state_table(items, [code for code, _name in choices])
        form.initial = {
            "languages": [
                code for code, _name in choices if any(table[o.pk][code] == freshness.OUTDATED for o in items)
            ]
        }
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": _("Confirm translations as still valid"),
        "opts": modeladmin.model._meta,
        "form": form,
        "items": items,
        "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
        "action": "confirm_translations",
        "select_across": request.POST.get("select_across", "0"),
        "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
    }
    status = 400 if form.is_bound else 200
    return TemplateResponse(request, "translation_workflow/admin/confirm_languages.html", context, status=status)


confirm_translations.short_description = _("Confirm the translations as still valid (choose the languages)")


class ExportLanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), help_text=_("The language the agency translates into."))

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = choices


def export_for_translation(modeladmin, request, queryset):
    """The selected items (in whatever state their translations are) as an XLIFF file for one language."""
    from portal.translation_workflow.admin_views import xliff_download
    from portal.translation_workflow.xliff import export_xliff

    names = _language_names()
    choices = [(code, names[code]) for code in freshness.target_languages()]
    form = ExportLanguageForm(request.POST if "apply" in request.POST else None, choices=choices)
    items = list(queryset)
    if form.is_valid():
        language = form.cleaned_data["language"]
        document, _count = export_xliff(language, items=items)
        return xliff_download(document, language)
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": _("Export for translation (XLIFF)"),
        "opts": modeladmin.model._meta,
        "form": form,
        "items": items,
        "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
        "action": "export_for_translation",
        "select_across": request.POST.get("select_across", "0"),
        "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        "intro": _("The selected items are exported with their German text and their present translation:"),
        "button": _("Download XLIFF file"),
    }
    return TemplateResponse(
        request, "translation_workflow/admin/confirm_languages.html", context, status=400 if form.is_bound else 200
    )


export_for_translation.short_description = _("Export for translation (XLIFF)")


class RenderedSource(forms.Widget):
    """The German source of a rich-text field, rendered (sanitised) beside the translator's editor."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        attrs.pop("id", None)
        attrs.update(
            {
                "class": " ".join(filter(None, [attrs.get("class", ""), "translation-source"])),
                "lang": SOURCE_LANGUAGE,
                "dir": "ltr",
                "role": "region",
                "aria-label": gettext("German source text"),
            }
        )
        return format_html("<div{}>{}</div>", flatatt(attrs), render_richtext(value or ""))


def source_for_translators(db_field, field):
    """For a translator: the German fields and lists of choices disabled; German rich text rendered."""
    if getattr(db_field, "language", None) == SOURCE_LANGUAGE:
        field.disabled = True
        if isinstance(db_field, RichTextField):
            field.widget = RenderedSource(attrs={"class": field.widget.attrs.get("class", "")})
    elif shown_disabled(db_field):
        field.disabled = True
    return field


def refusal(request, model_admin, refused):
    """The answer to a POST that changes language fields its sender may not change: nothing is saved."""
    names = _language_names()
    languages = sorted({str(names.get(key.rsplit("_", 1)[-1], key)) for key in refused})
    message = _("Nothing was saved: you may not change the texts in %(languages)s. Your languages: %(yours)s.") % {
        "languages": ", ".join(languages),
        "yours": ", ".join(str(names[code]) for code in sorted(editable_languages(request.user))) or "—",
    }
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Not saved"),
        "opts": model_admin.model._meta,
        "message": message,
        "back": request.get_full_path(),
    }
    return TemplateResponse(request, "translation_workflow/admin/refused.html", context, status=403)


def offers_minor_change(model_admin, request, obj):
    """The "minor change" box: on an existing translated item, for those who change the German text."""
    return (
        obj is not None
        and obj.pk is not None
        and bool(getattr(model_admin.model, "translation_required", None))
        and can_edit_source(request.user)
    )


def with_minor_change_field(base_form):
    class MinorChangeForm(base_form):
        translation_minor_change = forms.BooleanField(
            label=_("Minor change of the German text"),
            required=False,
            help_text=_(
                "Tick for a typo or punctuation fix that does not change the meaning: the translations stay current "
                "and need no confirmation. Kept in the history."
            ),
        )

    MinorChangeForm.__name__ = base_form.__name__
    return MinorChangeForm


def keep_minor_change(request, obj, *, before):
    """Mark the German change as minor. A save that waits for review runs in a savepoint that is rolled back,
    so there the mark is made after it (``workflow_keep_after_rollback``)."""
    after = freshness.german_fingerprint(obj)
    if before == after:
        return
    request.translation_minor_marked = gettext("Marked as a minor change of the German text.")
    state = getattr(request, "workflow_state", None)
    if state is not None and state.review:
        obj_type, obj_pk, user = type(obj), obj.pk, request.user

        def keep():
            if getattr(state, "captured", None) is not None:
                item = obj_type._default_manager.filter(pk=obj_pk).first()
                if item is not None:
                    freshness.remember_published_source(item)  # what the change goes live on top of
                    freshness.mark_minor_change(item, before=before, after=after, user=user)

        request.workflow_keep_after_rollback = [*getattr(request, "workflow_keep_after_rollback", ()), keep]
    else:
        freshness.mark_minor_change(obj, before=before, after=after, user=request.user)


def rows_before(formsets):
    """The German fingerprints of the existing inline rows a save is about to change, as they are in the database:
    ``[(row as the form holds it, row in the database, fingerprint)]``."""
    found = []
    for formset in formsets:
        if not freshness.has_workflow(formset.model):
            continue
        forms_by_pk = {
            form.instance.pk: form
            for form in formset.forms
            if form.instance.pk is not None and form.has_changed() and form not in formset.deleted_forms
        }
        stored = formset.model._default_manager.in_bulk(list(forms_by_pk))
        for pk, row in stored.items():
            found.append((forms_by_pk[pk].instance, row, freshness.german_fingerprint(row)))
    return found


def keep_minor_row_changes(request, rows):
    """The "minor change" box covers the inline rows too: each row whose German text the save changed is marked
    (``rows`` as ``rows_before`` gave them, before the save)."""
    for row, stored, before in rows:
        if freshness.german_fingerprint(row) != before:
            freshness.remember_published_source(stored)
            keep_minor_change(request, row, before=before)


class TranslationWorkflowMixin:
    """Mixed into ContentAdmin (before modeltranslation's TranslationAdmin)."""

    class Media:
        css = {"all": ("translation_workflow/admin_tabs.css",)}
        js = ("translation_workflow/admin_tabs.js",)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and not can_edit_source(request.user):
            field = source_for_translators(db_field, field)
        if field is not None and getattr(db_field, "language", None) == SOURCE_LANGUAGE:
            # The tab script's labels, in the editor's language (the admin's JavaScript catalogue has only
            # Django's own strings).
            widget = getattr(field.widget, "widget", field.widget)
            widget.attrs.update(
                {
                    "data-mt-tabs-label": gettext("Language of the translated fields"),
                    "data-mt-required": gettext("required"),
                    "data-mt-source": gettext("German source text"),
                }
            )
        return field

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST":
            models = [self.model, *(inline.model for inline in self.inlines)]
            refused = refused_fields(request.user, models, request.POST)
            if refused:
                return refusal(request, self, refused)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if getattr(self.model, "translation_required", None):
            filters += [MissingInFilter, OutdatedInFilter]
        return filters

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        if not getattr(self.model, "translation_required", None) or not self.has_change_permission(request):
            return actions
        for function in (confirm_translations, export_for_translation):
            if action := self.get_action(function, action_location):
                actions[action.name] = action
        return actions

    def get_form(self, request, obj=None, change=False, **kwargs):
        if offers_minor_change(self, request, obj):
            kwargs["form"] = with_minor_change_field(kwargs.get("form", self.form))
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if offers_minor_change(self, request, obj) and MINOR_FIELD not in flatten_fieldsets(fieldsets):
            fieldsets.append((_("Translations"), {"fields": [MINOR_FIELD]}))
        return fieldsets

    def save_model(self, request, obj, form, change):
        before = None
        if change and obj.pk is not None:
            before = type(obj)._default_manager.filter(pk=obj.pk).first()
            if before is not None:
                freshness.remember_published_source(before)
        super().save_model(request, obj, form, change)
        if not getattr(self.model, "translation_required", None):
            return
        if before is not None and form.cleaned_data.get(MINOR_FIELD):
            keep_minor_change(request, obj, before=freshness.german_fingerprint(before))
        kept = records.record_save(obj, records.form_changes(form, change=change), user=request.user)
        if kept:
            request.translation_minor_note = freshness.minor_change_note(kept)

    def save_related(self, request, form, formsets, change):
        minor = change and form.cleaned_data.get(MINOR_FIELD) and getattr(self.model, "translation_required", None)
        rows = rows_before(formsets) if minor else []
        super().save_related(request, form, formsets, change)
        keep_minor_row_changes(request, rows)
        records.record_formsets(formsets, user=request.user)  # the inline rows (the item: save_model)

    def log_change(self, request, obj, message):
        note = getattr(request, "translation_minor_note", None) or getattr(request, "translation_minor_marked", None)
        if note:
            text = LogEntry(change_message=json.dumps(message) if isinstance(message, list) else message)
            message = f"{text.get_change_message()} {note}".strip()
        return super().log_change(request, obj, message)
