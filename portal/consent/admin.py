"""Admin of the providers, and the embed inline that every content admin with ``embeds_enabled`` shows.

The editor pastes the address of a video, map or post; the form recognises the provider and the identifier
or refuses the address with a message. Only provider + identifier are stored, never the provider's HTML.
"""

from django import forms
from django.contrib import admin
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationGenericStackedInline

from portal.admin_translated import LanguageAttrsInline, TranslatedAdmin
from portal.consent.models import Embed, Provider, recognise


class EmbedForm(forms.ModelForm):
    address = forms.CharField(
        label=_("address of the video, map or post"),
        max_length=500,
        help_text=_(
            "Paste the address from the provider's site (e.g. https://www.youtube.com/watch?v=…). Do not paste "
            "embed code: the portal builds the frame itself, and only for visitors who allow the provider."
        ),
    )

    class Meta:
        model = Embed
        fields = ["address", "title", "preview_image", "position"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.provider_id:
            self.fields["address"].initial = self.instance.link_url()

    def clean_address(self):
        address = self.cleaned_data["address"].strip()
        if "<" in address or ">" in address:
            raise forms.ValidationError(
                _("This looks like embed code. Paste only the address (starting with https://) instead.")
            )
        provider, resource_id = recognise(address)
        if provider is None:
            names = ", ".join(Provider.objects.filter(is_active=True).values_list("name", flat=True))
            raise forms.ValidationError(
                _(
                    "This address belongs to no provider the portal knows (%(providers)s), or it does not point "
                    "to a single video, map or post. Copy the address from the provider's share button."
                ),
                params={"providers": names or "–"},
            )
        self.recognised = (provider, resource_id)
        return address

    def save(self, commit=True):
        if getattr(self, "recognised", None):
            self.instance.provider, self.instance.resource_id = self.recognised
        return super().save(commit=commit)


class EmbedInline(LanguageAttrsInline, TranslationGenericStackedInline):
    model = Embed
    form = EmbedForm
    extra = 0
    readonly_fields = ["recognised_as"]
    fields = ["address", "recognised_as", "title", "preview_image", "position"]
    verbose_name = _("embedded video, map or post")
    verbose_name_plural = _("embedded videos, maps and posts")

    @admin.display(description=_("recognised as"))
    def recognised_as(self, obj):
        if not obj or not obj.provider_id:
            return _("(shown after saving)")
        return format_html("{} – <code>{}</code>", obj.provider.name, obj.resource_id)


@admin.register(Provider)
class ProviderAdmin(TranslatedAdmin):
    list_display = ["name", "category", "operator", "key", "is_active", "position"]
    list_filter = ["category", "is_active"]
    list_editable = ["is_active", "position"]
    search_fields = ["name", "operator", "key"]
    prepopulated_fields = {"key": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "key", "category", "is_active", "position"]}),
        (
            _("What visitors are told"),
            {
                "fields": ["operator", "country", "data_transmitted", "privacy_policy_url"],
                "description": format_lazy(
                    "{} {}",
                    _("Shown in every placeholder and on the privacy settings page."),
                    _("After changing these texts, ask IT to raise PORTAL_CONSENT_VERSION so visitors decide again."),
                ),
            },
        ),
        (
            _("Technical details"),
            {
                "classes": ["collapse"],
                "fields": [
                    "url_patterns",
                    "embed_url_template",
                    "link_url_template",
                    "frame_origins",
                    "iframe_allow",
                    "iframe_sandbox",
                    "referrer_policy",
                ],
            },
        ),
    ]
