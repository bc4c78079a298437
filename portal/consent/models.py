"""Providers of external media and the embeds that editors attach to pages.

Nothing on a page contacts another site before the visitor allows that provider.

An embed is stored as provider + resource id, never as the provider's HTML. The iframe address is built from
the provider's embed-URL template, and only for a visitor who allowed that provider (or asked to load it once).
"""

import re
from urllib.parse import urlsplit

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.uploads import ImageUploadField

# A resource id is inserted into the provider's URL templates: only characters that cannot change the
# URL's structure (no "?", "#", "&", quotes, spaces) are allowed.
RESOURCE_ID_RE = re.compile(r"^[A-Za-z0-9@._,/-]{1,200}$")
ORIGIN_RE = re.compile(r"^https://[a-z0-9.-]+(?::\d{1,5})?$")


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def valid_resource_id(value):
    return bool(value and RESOURCE_ID_RE.fullmatch(value) and ".." not in value)


def lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def validate_url_patterns(text):
    patterns = lines(text)
    if not patterns:
        raise ValidationError(_("Give at least one pattern."))
    for pattern in patterns:
        try:
            compiled = re.compile(pattern)
        except re.error as error:
            raise ValidationError(
                _("“%(pattern)s” is not a valid regular expression: %(error)s"),
                params={"pattern": pattern, "error": error},
            ) from error
        if "id" not in compiled.groupindex:
            raise ValidationError(
                _("“%(pattern)s” has no group named “id” (write it as (?P<id>...))."), params={"pattern": pattern}
            )


def validate_origins(text):
    origins = lines(text)
    if not origins:
        raise ValidationError(_("Give at least one origin."))
    for origin in origins:
        if not ORIGIN_RE.fullmatch(origin):
            raise ValidationError(
                _("“%(origin)s” is not an origin like https://www.example.org (https, no path)."),
                params={"origin": origin},
            )


def validate_url_template(value):
    if not value.startswith("https://") or "{id}" not in value:
        raise ValidationError(_("The template must start with https:// and contain {id}."))


class Provider(models.Model):
    class Category(models.TextChoices):
        VIDEO = "video", _("Videos")
        MAP = "map", _("Maps")
        SOCIAL = "social", _("Social media")
        CALENDAR = "calendar", _("Calendars")

    class ReferrerPolicy(models.TextChoices):
        NONE = "no-referrer", _("Send nothing (no-referrer)")
        ORIGIN = "strict-origin", _("Send only the portal's address (strict-origin)")

    key = models.SlugField(
        _("key"),
        max_length=40,
        unique=True,
        help_text=_(
            "Short technical name stored in the visitor's consent cookie, e.g. “youtube”. "
            "Changing it withdraws every consent given to this provider."
        ),
    )
    name = models.CharField(_("name"), max_length=80, help_text=_("The provider's name as visitors know it."))
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=Category.choices,
        help_text=_("The privacy settings page groups the providers by this."),
    )
    operator = models.CharField(
        _("operator"), max_length=200, help_text=_("The company or organisation that runs the service.")
    )
    country = models.CharField(
        _("country"), max_length=100, help_text=_("Where the operator is based, e.g. “Ireland” or “USA”.")
    )
    data_transmitted = models.TextField(
        _("what is transmitted to whom"),
        help_text=_(
            "Plain words for residents: which data the visitor's browser sends to whom once the content loads "
            "(IP address, browser details, cookies, ...)."
        ),
    )
    privacy_policy_url = models.URLField(
        _("privacy policy"), help_text=_("Address of the provider's own privacy policy.")
    )
    url_patterns = models.TextField(
        _("URL patterns"),
        validators=[validate_url_patterns],
        help_text=_(
            "One regular expression per line that recognises the provider's links; each captures the content's "
            "identifier in a group named “id”, e.g. ^https://vimeo\\.com/(?P<id>\\d+)$. Technical: ask IT."
        ),
    )
    embed_url_template = models.CharField(
        _("embed-URL template"),
        max_length=300,
        validators=[validate_url_template],
        help_text=_(
            "Address of the provider's player for an identifier {id}, e.g. https://player.vimeo.com/video/{id}"
        ),
    )
    link_url_template = models.CharField(
        _("link template"),
        max_length=300,
        validators=[validate_url_template],
        help_text=_("Address of the content on the provider's own site, e.g. https://vimeo.com/{id}"),
    )
    frame_origins = models.TextField(
        _("allowed frame origins"),
        validators=[validate_origins],
        help_text=_(
            "One origin per line (https://host) that the provider's frames come from. The page's security policy "
            "allows frames from these origins only."
        ),
    )
    iframe_allow = models.CharField(
        _("iframe permissions (allow)"),
        max_length=300,
        blank=True,
        help_text=_("Browser features the frame may use, e.g. “fullscreen; picture-in-picture”."),
    )
    iframe_sandbox = models.CharField(
        _("iframe sandbox"),
        max_length=300,
        blank=True,
        default="allow-scripts allow-same-origin allow-popups",
        help_text=_("Sandbox flags of the frame; as few as the player needs to work."),
    )
    referrer_policy = models.CharField(
        _("referrer"),
        max_length=20,
        choices=ReferrerPolicy.choices,
        default=ReferrerPolicy.NONE,
        help_text=_("What the frame learns about the page it is on. Some players refuse to play without it."),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive providers are never loaded: their embeds show only a link to the provider's site."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order on the privacy settings page (smaller first).")
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("external media provider")
        verbose_name_plural = _("external media providers")

    def __str__(self):
        return self.name

    def clean(self):
        if self.embed_url_template and self.frame_origins:
            origin = origin_of(self.embed_url_template.replace("{id}", "x"))
            if origin not in self.origins():
                raise ValidationError(
                    {
                        "frame_origins": _("List the origin of the embed-URL template (%(origin)s) here.")
                        % {"origin": origin}
                    }
                )

    def patterns(self):
        return [re.compile(pattern) for pattern in lines(self.url_patterns)]

    def recognise(self, url):
        """The resource id ``url`` points to at this provider, or None."""
        for pattern in self.patterns():
            match = pattern.match(url.strip())
            if match and valid_resource_id(match.group("id")):
                return match.group("id")
        return None

    def origins(self):
        return [origin.lower() for origin in lines(self.frame_origins)]

    def embed_url(self, resource_id):
        """The player's address, or "" when the id or the resulting origin is not acceptable."""
        if not valid_resource_id(resource_id):
            return ""
        url = self.embed_url_template.replace("{id}", resource_id)
        return url if origin_of(url) in self.origins() else ""

    def link_url(self, resource_id):
        if not valid_resource_id(resource_id):
            return ""
        return self.link_url_template.replace("{id}", resource_id)


class EmbedQuerySet(models.QuerySet):
    def for_object(self, obj):
        """The embeds of ``obj`` with their providers, in one query (no separate content-type lookup)."""
        meta = obj._meta.concrete_model._meta
        return self.filter(
            content_type__app_label=meta.app_label, content_type__model=meta.model_name, object_id=obj.pk
        ).select_related("provider")


class Embed(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("page type"))
    object_id = models.PositiveBigIntegerField(_("page"))
    content_object = GenericForeignKey("content_type", "object_id")
    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="embeds", verbose_name=_("provider"))
    resource_id = models.CharField(
        _("identifier at the provider"), max_length=200, help_text=_("Recognised from the pasted address.")
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("Says what the video, map or post shows; screen readers announce it as the frame's title."),
    )
    preview_image = ImageUploadField(
        _("preview image"),
        blank=True,
        help_text=_(
            "Optional, stored on our server (never loaded from the provider), e.g. a still of the video. "
            "It is decorative: the title above it says what the content is."
        ),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0, help_text=_("Order on the page."))

    objects = EmbedQuerySet.as_manager()
    translation_required = ("title",)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("embedded media")
        verbose_name_plural = _("embedded media")
        indexes = [models.Index(fields=["content_type", "object_id"], name="consent_embed_target")]
        constraints = [
            models.CheckConstraint(condition=~models.Q(resource_id=""), name="consent_embed_resource_id_set"),
        ]

    def __str__(self):
        return self.title

    @property
    def anchor(self):
        return f"embed-{self.pk}"

    def embed_url(self):
        return self.provider.embed_url(self.resource_id)

    def link_url(self):
        return self.provider.link_url(self.resource_id)


def recognise(url, providers=None):
    """(provider, resource id) for a pasted address, or (None, None) when no active provider knows it."""
    providers = providers if providers is not None else Provider.objects.filter(is_active=True)
    for provider in providers:
        resource_id = provider.recognise(url)
        if resource_id:
            return provider, resource_id
    return None, None
