"""What the translation workflow adds to every content admin (mixed into ``portal.admin_base.ContentAdmin``).

- list filters "missing in …" and "outdated in …";
- actions "confirm the … translation as still valid", one per language;
- after a save, the fingerprint of the published German source is recorded for each language that was saved;
- the language tabs (our own small script and stylesheet; modeltranslation's tabbed admin would load jQuery UI
  from a CDN).
"""

from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from portal.translation_status import SOURCE_LANGUAGE, translated_q
from portal.translation_workflow import freshness


def _language_names():
    from django.conf import settings

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


def _confirm_action(language, name):
    def action(modeladmin, request, queryset):
        confirmed = sum(1 for obj in queryset if freshness.confirm_translation(obj, language, user=request.user))
        skipped = queryset.count() - confirmed
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

    action.__name__ = f"confirm_translation_{language}"
    return action


class TranslationWorkflowMixin:
    """Mixed into ContentAdmin (before modeltranslation's TranslationAdmin)."""

    class Media:
        css = {"all": ("translations/admin_tabs.css",)}
        js = ("translations/admin_tabs.js",)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
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

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if getattr(self.model, "translation_required", None):
            filters += [MissingInFilter, OutdatedInFilter]
        return filters

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        if not getattr(self.model, "translation_required", None) or not self.has_change_permission(request):
            return actions
        names = _language_names()
        for language in freshness.target_languages():
            action = _confirm_action(language, names[language])
            action.short_description = _("Confirm the %(language)s translation as still valid") % {
                "language": names[language]
            }
            if confirm := self.get_action(action, action_location):
                actions[confirm.name] = confirm
        return actions

    def save_model(self, request, obj, form, change):
        if change and obj.pk is not None:
            before = type(obj)._default_manager.filter(pk=obj.pk).first()
            if before is not None:
                freshness.remember_published_source(before)
        super().save_model(request, obj, form, change)
        if getattr(self.model, "translation_required", None):
            changed = form.changed_data if change else [name for name in form.fields if form.cleaned_data.get(name)]
            freshness.record_admin_save(obj, changed, user=request.user)
