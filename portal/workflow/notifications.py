"""E-mails of the review workflow, sent through Django's mail settings (the console in development).

- a change submitted for review (a live item's change, a draft submitted, a recovered item) → every publisher;
- a change published or discarded → everybody whose work is in it, with the publisher's comment.

Nobody is told about their own doing. Each person can turn the e-mails off and choose their language
(``NotificationSettings``, edited on their own page: ``preferences_view``); German where nothing is chosen.
Mails leave only after the transaction that made the decision commits, and a mail server problem never undoes
or refuses a decision (it is logged).
"""

import logging

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.site_url import absolute_url
from portal.workflow.models import NotificationSettings, PendingKind
from portal.workflow.permissions import PUBLISH

logger = logging.getLogger(__name__)

SUBMITTED, PUBLISHED, DISCARDED = "submitted", "published", "discarded"
SUBJECTS = {
    SUBMITTED: _("Waiting for your review: %(item)s"),
    PUBLISHED: _("Your change is published: %(item)s"),
    DISCARDED: _("Your change was discarded: %(item)s"),
}


def settings_of(user):
    found = NotificationSettings.objects.filter(user=user).first()
    return found or NotificationSettings(user=user)


def mail_language(user):
    chosen = settings_of(user).language
    return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def wants_mail(user):
    return bool(user is not None and user.is_active and user.email and settings_of(user).by_email)


def publishers():
    """Active staff who may publish (through their role or their own permission, and superusers)."""
    app_label, codename = PUBLISH.split(".")
    holds = (
        Q(is_superuser=True)
        | Q(groups__permissions__content_type__app_label=app_label, groups__permissions__codename=codename)
        | Q(user_permissions__content_type__app_label=app_label, user_permissions__codename=codename)
    )
    return get_user_model().objects.filter(holds, is_active=True, is_staff=True).distinct().order_by("pk")


def review_url(pending):
    model = pending.content_type.model_class()
    if model is None:
        return absolute_url(reverse("admin:index"))
    try:
        path = reverse(
            f"admin:{model._meta.app_label}_{model._meta.model_name}_workflow_history", args=[pending.object_id]
        )
    except NoReverseMatch:
        path = reverse("admin:workflow_pendingchange_changelist")
    return absolute_url(path)


def _send(event, pending, recipients, *, actor, comment):
    for user in recipients:
        if actor is not None and user.pk == getattr(actor, "pk", None):
            continue
        if not wants_mail(user):
            continue
        with translation.override(mail_language(user)):
            context = {
                "event": event,
                "pending": pending,
                "item": pending.object_repr,
                "kind": pending.get_kind_display(),
                "actor": actor.get_full_name() or actor.get_username() if actor is not None else "",
                "comment": comment,
                "url": review_url(pending),
                "preferences_url": absolute_url(reverse("admin:notification_settings")),
                "recipient": user.get_full_name() or user.get_username(),
            }
            subject = str(SUBJECTS[event]) % {"item": pending.object_repr}
            body = render_to_string("workflow/mail/notification.txt", context)
        try:
            send_mail(subject, body, None, [user.email])
        except Exception:  # the decision stands; the mail server's trouble is logged, not shown as an error
            logger.exception("workflow e-mail could not be sent")


def change_submitted(pending, *, user):
    """After ``pending`` was stored: tell the publishers (once the transaction commits)."""
    transaction.on_commit(
        lambda: _send(SUBMITTED, pending, list(publishers()), actor=user, comment=pending.comment), robust=True
    )


def change_decided(pending, *, user, published, authors):
    """After a publisher published or discarded ``pending``: tell ``authors`` (everybody whose work is in it)."""
    event = PUBLISHED if published else DISCARDED
    transaction.on_commit(
        lambda: _send(event, pending, authors, actor=user, comment=pending.decision_comment), robust=True
    )


def is_news(pending, *, previous, user, comment):
    """Whether storing ``pending`` is worth an e-mail: a change that starts waiting, an explicit submission, a
    colleague's addition or a new comment — not every further save of one's own waiting change."""
    if previous is None or pending.kind == PendingKind.PUBLICATION and previous.kind != PendingKind.PUBLICATION:
        return True
    return bool(comment) or previous.author_id != getattr(user, "pk", None)


# --- the person's own settings ------------------------------------------------------------------------------
class NotificationSettingsForm(forms.ModelForm):
    class Meta:
        model = NotificationSettings
        fields = ("by_email", "language")


def preferences_view(admin_site, request):
    """Every staff member's own page: e-mails on or off, and their language."""
    instance = settings_of(request.user)
    form = NotificationSettingsForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, gettext("Your notification settings are saved."))
        return HttpResponseRedirect(request.path)
    context = {
        **admin_site.each_context(request),
        "title": gettext("My notifications"),
        "form": form,
        "has_email": bool(request.user.email),
    }
    return TemplateResponse(
        request, "workflow/admin/notification_settings.html", context, status=400 if form.errors else 200
    )
