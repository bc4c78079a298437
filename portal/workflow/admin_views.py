"""Admin pages of the staff workflow: preview, history with differences, publish/discard, restore.

Each is reached through the content type's own admin (``<object>/workflow/...``), behind the admin login.

The preview renders the real public page (detail view of the item, in the chosen language) as the staff
member sees it; for a pending change, inside a transaction that applies the pending rows and is then rolled
back, so lists, related rows and every template see the pending data while nothing is ever committed.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import router, transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.csp import CSP
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reversion.models import Version

from portal.parsing import ascii_int
from portal.translation_workflow.assignments import may_decide
from portal.workflow.diff import changed_languages, diff_snapshots, snapshot_of_revision
from portal.workflow.editing import conflict_rows, preview_links
from portal.workflow.merge import choices_from
from portal.workflow.models import PendingChange, PendingState
from portal.workflow.pending import (
    PendingConflict,
    StalePendingChange,
    apply_pending,
    authors_of,
    discard_pending,
    live_snapshot,
    pending_snapshot,
    publication_conflicts,
    publish_pending,
    restore_version,
)
from portal.workflow.permissions import can_publish
from portal.workflow.scheduled import MIN_LEAD, forget_next_due, parse_go_live, schedule_pending, unschedule

PREVIEW_HEADERS = {"Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow"}


def _object_or_404(model_admin, request, object_id):
    if not model_admin.has_view_or_change_permission(request):
        raise PermissionDenied
    obj = model_admin.get_object(request, unquote(object_id))
    if obj is None:
        raise Http404(_("No such item."))
    return obj


def _render_public_page(request, obj, language):
    with translation.override(language):
        public_path = urlsplit(obj.get_absolute_url()).path  # an anchor on a list page: preview the list
        try:
            match = resolve(public_path)
        except Resolver404:
            raise Http404(_("This item has no public page.")) from None
        request.path = request.path_info = public_path
        request.LANGUAGE_CODE = language
        request.resolver_match = match
        request.portal_preview = True
        response = match.func(request, *match.args, **match.kwargs)
        if hasattr(response, "render") and not getattr(response, "is_rendered", True):
            response.render()
    return response


def preview(model_admin, request, object_id, language):
    obj = _object_or_404(model_admin, request, object_id)
    if language not in dict(settings.LANGUAGES) or not hasattr(obj, "get_absolute_url"):
        raise Http404(_("Unknown language, or this item has no public page."))
    pending = None
    if request.GET.get("pending"):
        pending_id = ascii_int(request.GET["pending"])
        if pending_id is not None:
            pending = PendingChange.objects.for_object(obj).filter(pk=pending_id).first()
        if pending is None:
            raise Http404(_("No such pending change."))
    with transaction.atomic(using=router.db_for_write(type(obj))):
        if pending is not None:
            obj = apply_pending(pending)
        response = _render_public_page(request, obj, language)
        transaction.set_rollback(True)  # a preview never changes anything
    for header, value in PREVIEW_HEADERS.items():
        response.headers[header] = value
    # Shown beside the differences on the history page (same origin only), nowhere else.
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    policy = getattr(response, "_csp_config", None) or settings.PORTAL_ADMIN_CSP
    response._csp_config = {**policy, "frame-ancestors": [CSP.SELF]}
    return response


def _states(obj):
    versions = list(
        Version.objects.get_for_object(obj)
        .select_related("revision", "revision__user")
        .order_by("-revision__date_created", "-pk")
    )
    pendings = list(PendingChange.objects.for_object(obj).select_related("author", "decided_by"))
    return versions, pendings


def _snapshot(obj, key, versions, pendings):
    if key == "live":
        return live_snapshot(obj)
    kind, _sep, number = key.partition("-")
    if kind == "v":
        version = next((v for v in versions if str(v.pk) == number), None)
        return snapshot_of_revision(version.revision) if version else None
    if kind == "p":
        pending = next((p for p in pendings if str(p.pk) == number), None)
        return pending_snapshot(pending) if pending else None
    return None


def _state_options(versions, pendings):
    def when(moment):
        return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")

    options = [("live", _("Live version (now)"))]
    options += [(f"v-{v.pk}", f"{when(v.revision.date_created)} – {v.revision.user or '—'}") for v in versions]
    options += [
        (
            f"p-{p.pk}",
            _("For review: %(when)s – %(who)s (%(state)s)")
            % {"when": when(p.created_at), "who": p.author or "—", "state": p.get_state_display()},
        )
        for p in pendings
    ]
    return options


def history(model_admin, request, object_id):
    obj = _object_or_404(model_admin, request, object_id)
    versions, pendings = _states(obj)
    open_pending = next((p for p in pendings if p.state == "pending"), None)
    default_old = f"v-{versions[1].pk}" if len(versions) > 1 else "live"
    if open_pending:
        default_old, default_new = "live", f"p-{open_pending.pk}"
    else:
        default_new = "live"
    old_key, new_key = request.GET.get("old", default_old), request.GET.get("new", default_new)
    old, new = _snapshot(obj, old_key, versions, pendings), _snapshot(obj, new_key, versions, pendings)
    if old is None or new is None:
        messages.error(request, _("Unknown version; showing the default comparison."))
        old_key, new_key = default_old, default_new
        old, new = _snapshot(obj, old_key, versions, pendings), _snapshot(obj, new_key, versions, pendings)
    opts = model_admin.model._meta
    proposed = proposal_value(open_pending)
    differences = diff_snapshots(old, new)
    languages = changed_languages(differences)
    links = preview_links(model_admin, obj, open_pending)
    review_preview = ""
    if open_pending and new_key == f"p-{open_pending.pk}" and links:
        first = languages[0] if languages else settings.LANGUAGE_CODE
        review_preview = next((url for code, _name, url in links if code == first), links[0][2])
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("History and changes: %(item)s") % {"item": obj},
        "opts": opts,
        "object": obj,
        "versions": versions,
        "pendings": pendings,
        "open_pending": open_pending,
        "scheduled_changes": [p for p in pendings if p.state == PendingState.SCHEDULED],
        "go_live_value": request.POST.get("go_live_at", "") if request.method == "POST" else proposed,
        "proposal_passed": bool(open_pending and open_pending.proposed_go_live_at and not proposed),
        "open_pending_authors": ", ".join(str(user) for user in authors_of(open_pending)) if open_pending else "",
        "publish_conflicts": conflict_rows(publication_conflicts(open_pending)) if open_pending else [],
        "old_key": old_key,
        "new_key": new_key,
        "differences": differences,
        "changed_languages": [(code, name) for code, name in settings.LANGUAGES if code in languages],
        "review_preview": review_preview,
        "can_publish": can_publish(request.user),
        "can_decide": may_decide(request.user, open_pending),
        "preview_links": links,
        "state_options": _state_options(versions, pendings),
    }
    response = TemplateResponse(request, "workflow/admin/history.html", context)
    if review_preview:  # the pending change's public page beside its differences (same origin only)
        response._csp_config = {**settings.PORTAL_ADMIN_CSP, "frame-src": [CSP.SELF]}
    return response


def proposal_value(pending):
    """The author's proposed time as the review form's pre-filled value (Berlin time), unless it has passed (or is
    too close to be scheduled): then the field stays empty and the page says so."""
    moment = pending.proposed_go_live_at if pending is not None else None
    if moment is None or moment < timezone.now() + MIN_LEAD:
        return ""
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def _go_live_at(request):
    """The instant asked for in the publish form: None for "at once", or ``ValueError`` with the message."""
    return parse_go_live(request.POST.get("go_live_at", ""))


def _refused(model_admin, request, object_id, message):
    messages.error(request, message)
    response = history(model_admin, request, object_id)
    response.status_code = 400
    return response


def decide_pending(model_admin, request, object_id, pending_id, decision):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    obj = _object_or_404(model_admin, request, object_id)
    waiting = PendingChange.objects.for_object(obj).filter(state__in=[PendingState.PENDING, PendingState.SCHEDULED])
    pending = get_object_or_404(waiting, pk=pending_id)
    if not may_decide(request.user, pending):  # a publisher, or a reviewer of the languages it translates
        raise PermissionDenied
    if decision == "publish" and pending.state == PendingState.PENDING:
        try:
            go_live_at = _go_live_at(request)
        except ValueError as error:
            return _refused(model_admin, request, object_id, str(error))
    else:
        go_live_at = None
    if decision == "publish" and go_live_at is not None:
        try:
            schedule_pending(
                pending,
                user=request.user,
                at=go_live_at,
                choices=choices_from(request.POST),
                comment=request.POST.get("comment", ""),
            )
        except StalePendingChange as error:  # a conflict too
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("The change is approved and goes live by itself on %(when)s.")
                % {"when": date_format(timezone.localtime(go_live_at), "SHORT_DATETIME_FORMAT")},
            )
    elif decision == "unschedule":
        if unschedule(pending, user=request.user):
            messages.success(request, _("The change is no longer scheduled; it waits for review again."))
    elif decision == "publish":
        try:
            publish_pending(
                pending, user=request.user, choices=choices_from(request.POST), comment=request.POST.get("comment", "")
            )
        except PendingConflict as error:
            messages.error(request, str(error))
        except StalePendingChange as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The change is published."))
    elif decision == "discard":
        discard_pending(pending, user=request.user, comment=request.POST.get("comment", ""))
        forget_next_due()
        messages.success(request, _("The change was discarded; the published version stays as it is."))
    else:
        raise Http404(_("Unknown decision."))
    return HttpResponseRedirect(model_admin.workflow_url("history", obj.pk))


def restore(model_admin, request, object_id, version_id):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not can_publish(request.user) or not model_admin.has_change_permission(request):
        raise PermissionDenied
    obj = _object_or_404(model_admin, request, object_id)
    version = get_object_or_404(Version.objects.get_for_object(obj), pk=version_id)
    restore_version(version, user=request.user)
    messages.success(request, _("The version was restored in every language, with its related rows."))
    return HttpResponseRedirect(model_admin.workflow_url("history", obj.pk))
