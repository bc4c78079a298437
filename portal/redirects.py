"""Stable URLs: an old address keeps working as a permanent (301) redirect.

* ``Redirect`` (a model of the portal app) holds old path -> new path; editors add old addresses (e.g. the city's
  former pages) in the admin.
* ``SlugHistoryMixin`` (put it first in a public model's bases) records a redirect for every site language
  when the model's ``slug`` changes, and re-points earlier redirects so that no chain of redirects grows.
* ``RedirectFallbackMiddleware`` answers a 404 with the 301 to the recorded new address, if there is one.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models, transaction
from django.db.models import Q
from django.http import HttpResponsePermanentRedirect
from django.urls import NoReverseMatch
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class Redirect(models.Model):
    """A permanent (301) redirect from an address that no longer exists to its replacement."""

    old_path = models.CharField(
        _("old address"),
        max_length=500,
        unique=True,
        help_text=_("The path that no longer exists, starting with “/”, e.g. /de/info/kontakt/ (without the domain)."),
    )
    new_path = models.CharField(
        _("new address"),
        max_length=500,
        help_text=_("Where visitors are sent instead: a path on this site starting with “/”."),
    )
    is_automatic = models.BooleanField(
        _("recorded automatically"),
        default=False,
        editable=False,
        help_text=_("Recorded when the address (slug) of a page was changed."),
    )
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("Optional: why this redirect exists (for editors only).")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")
        ordering = ["old_path"]
        constraints = [
            models.CheckConstraint(
                condition=Q(old_path__startswith="/") & Q(new_path__startswith="/") & ~Q(old_path=models.F("new_path")),
                name="portal_redirect_paths_valid",
                violation_error_message=_("Both addresses must start with “/” and must differ."),
            )
        ]

    def __str__(self):
        return f"{self.old_path} → {self.new_path}"

    def clean(self):
        super().clean()
        if self.new_path.startswith("//"):
            raise ValidationError({"new_path": _("Enter a path on this site, starting with a single “/”.")})


def paths_in_every_language(obj):
    paths = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                path = obj.get_absolute_url()
            except NoReverseMatch:
                continue
            if "#" not in path:  # an anchor on another page: the browser never sends it, nothing to redirect
                paths[code] = path
    return paths


def record_moved(*, old_paths, new_paths):
    """Store ``old -> new`` for each language and point existing redirects at the new address."""
    for code, old in old_paths.items():
        new = new_paths.get(code)
        if not new or old == new:
            continue
        Redirect.objects.filter(old_path=new).delete()  # the new address is live (again): no redirect away from it
        Redirect.objects.filter(new_path=old).update(new_path=new)  # no chains: earlier addresses go straight there
        Redirect.objects.update_or_create(old_path=old, defaults={"new_path": new, "is_automatic": True})


SLUG_HELP_TEXT = _(
    "The last part of the web address, the same in every language. "
    "Changing it later keeps the old address working as a redirect."
)  # what SlugHistoryMixin makes true: the help text of the slug of every model that uses it


class SlugHistoryMixin:
    """Mixin for models with ``slug`` and ``get_absolute_url()``: a changed slug leaves a 301 behind."""

    slug_history_field = "slug"

    def save(self, *args, **kwargs):
        old_paths = None
        if self.pk is not None:
            field = self.slug_history_field
            old_slug = type(self)._base_manager.filter(pk=self.pk).values_list(field, flat=True).first()
            new_slug = getattr(self, field)
            if old_slug and old_slug != new_slug:
                setattr(self, field, old_slug)
                try:
                    old_paths = paths_in_every_language(self)
                finally:
                    setattr(self, field, new_slug)
        if old_paths is None:
            return super().save(*args, **kwargs)
        with transaction.atomic():
            result = super().save(*args, **kwargs)
            record_moved(old_paths=old_paths, new_paths=paths_in_every_language(self))
        return result


def find_redirect(path):
    """The new address for ``path`` (also tried with/without trailing slash), or None."""
    candidates = [path]
    candidates.append(path[:-1] if path.endswith("/") and len(path) > 1 else path + "/")
    match = Redirect.objects.filter(old_path__in=candidates).values_list("old_path", "new_path")
    found = dict(match)
    for candidate in candidates:
        if candidate in found:
            return found[candidate]
    return None


class RedirectFallbackMiddleware:
    """Turn a 404 into a 301 when the address was moved (slug change or an editor's redirect)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in {"GET", "HEAD"}:
            return response
        try:
            target = find_redirect(request.path)
        except DatabaseError:
            return response
        if not target:
            return response
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
