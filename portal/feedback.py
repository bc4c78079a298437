"""Feedback from visitors: "Was this page helpful?" on every content page, and the accessibility feedback form.

No third-party captcha: a honeypot field (filled only by bots; answered like a success, stored nowhere) and a
per-client rate limit (``RATE_LIMIT`` posts per ``RATE_WINDOW`` seconds; the next one gets a polite 429 page).
No IP address is stored: the rate-limit key is a hash of the address with a salt that lives only in the cache
and is replaced every day. While the cache is down the limit degrades (``over_rate_limit``), and the feedback is
still stored. Entries are deleted after ``PORTAL_FEEDBACK_RETENTION_DAYS`` by ``manage.py purge_feedback``.
Everything works without JavaScript (POST, redirect back, message).
"""

import logging
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.mail import send_mail
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal.models import Feedback
from portal.origin import posted_from_our_site, refuse_cross_site
from portal.rate_limit import over_limit

logger = logging.getLogger(__name__)

RATE_LIMIT = 10
RATE_WINDOW = 60  # seconds
HONEYPOT = "website"


class HoneypotMixin(forms.Form):
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self):
        return bool(self.data.get(HONEYPOT, "").strip())


class HelpfulForm(HoneypotMixin):
    helpful = forms.TypedChoiceField(
        label=_("Was this page helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
    )
    comment = forms.CharField(
        label=_("What can we improve? (optional)"),
        help_text=_("Please do not enter personal data. We cannot answer here."),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    page = forms.CharField(widget=forms.HiddenInput, max_length=500)


class AccessibilityFeedbackForm(HoneypotMixin):
    message = forms.CharField(
        label=_("Your message"),
        help_text=_("Which barrier did you find, or which content do you need in an accessible form?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    page = forms.CharField(
        label=_("Page concerned (optional)"),
        help_text=_("The address or the title of the page."),
        required=False,
        max_length=500,
    )
    name = forms.CharField(label=_("Your name (optional)"), required=False, max_length=200)
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        help_text=_("Only if you would like an answer."),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


# --- Rate limit ---------------------------------------------------------------------------------------------
def over_rate_limit(request):
    """Count this post; True when the client has already sent ``RATE_LIMIT`` within the window (portal.rate_limit:
    shared by all workers, degrading to the database cache and then to no count while caches fail)."""
    return over_limit(request, scope="feedback", limit=RATE_LIMIT, window=RATE_WINDOW, log=logger)


def too_many(request):
    response = render(request, "portal/feedback_too_many.html", {"retry_after": RATE_WINDOW}, status=429)
    response.headers["Retry-After"] = str(RATE_WINDOW)
    return response


# --- Storing and notifying ------------------------------------------------------------------------------------
def notify_by_email(feedback):
    if not settings.PORTAL_FEEDBACK_EMAIL:
        return
    lines = [
        f"{feedback.get_kind_display()} ({feedback.language})",
        f"Page: {feedback.page or '-'}",
    ]
    if feedback.helpful is not None:
        lines.append(f"Helpful: {'yes' if feedback.helpful else 'no'}")
    if feedback.name or feedback.email:
        lines.append(f"From: {feedback.name} {feedback.email}".strip())
    lines += ["", feedback.message or "-"]
    try:
        with translation.override(settings.LANGUAGE_CODE):
            send_mail(
                f"[Portal] {feedback.get_kind_display()}", "\n".join(lines), None, [settings.PORTAL_FEEDBACK_EMAIL]
            )
    except Exception:  # the feedback is stored; a mail server problem must not lose it or show an error
        logger.exception("feedback e-mail could not be sent")


def _safe_next(request, candidate, fallback):
    """``candidate`` when it is a path on this site (no control characters), else ``fallback``."""
    if (
        candidate.startswith("/")
        and candidate.isprintable()
        and url_has_allowed_host_and_scheme(candidate, allowed_hosts={request.get_host()}, require_https=False)
    ):
        return candidate
    return fallback


def purge_old_feedback(*, now=None):
    """Delete feedback older than the retention period; return how many entries were deleted."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.PORTAL_FEEDBACK_RETENTION_DAYS)
    deleted, _by_model = Feedback.objects.filter(created_at__lt=cutoff).delete()
    return deleted


# --- Views ----------------------------------------------------------------------------------------------------
@csrf_exempt  # public pages carry no CSRF cookie (portal.http_cache); portal.origin stands in for the token
@require_POST
def helpful(request):
    """The answer to "Was this page helpful?" from any content page; back to that page with a thank-you."""
    if not posted_from_our_site(request):
        return refuse_cross_site()
    back = _safe_next(request, request.POST.get("page", ""), reverse("home"))
    if over_rate_limit(request):
        return too_many(request)
    form = HelpfulForm(request.POST)
    if form.is_bot():
        messages.success(request, _("Thank you for your feedback."))
        return redirect(back)
    if not form.is_valid():
        messages.error(request, _("Please choose “Yes” or “No” to send your feedback."))
        return redirect(f"{back}#feedback")  # back to the box with the message, not the top of the page
    feedback = Feedback.objects.create(
        kind=Feedback.Kind.HELPFUL,
        page=back,
        helpful=form.cleaned_data["helpful"],
        message=form.cleaned_data["comment"],
        language=translation.get_language() or "",
    )
    notify_by_email(feedback)
    messages.success(request, _("Thank you for your feedback."))
    return redirect(f"{back}#feedback")


@csrf_exempt  # as helpful(): the form page is public and sets no cookie
def accessibility_feedback(request):
    """The accessibility statement's feedback form (BITV NRW): report a barrier or ask for accessible content."""
    if request.method == "POST":
        if not posted_from_our_site(request):
            return refuse_cross_site()
        if over_rate_limit(request):
            return too_many(request)
        form = AccessibilityFeedbackForm(request.POST)
        if form.is_bot():
            messages.success(request, _("Thank you. Your message has been sent."))
            return redirect("feedback")
        if form.is_valid():
            data = form.cleaned_data
            feedback = Feedback.objects.create(
                kind=Feedback.Kind.ACCESSIBILITY,
                page=data["page"],
                message=data["message"],
                name=data["name"],
                email=data["email"],
                language=translation.get_language() or "",
            )
            notify_by_email(feedback)
            messages.success(request, _("Thank you. Your message has been sent."))
            return redirect("feedback")
    else:
        form = AccessibilityFeedbackForm(initial={"page": request.GET.get("page", "")[:500]})
    breadcrumbs = [(_("Accessibility feedback"), None)]
    return render(request, "portal/feedback_form.html", {"form": form, "breadcrumbs": breadcrumbs})
