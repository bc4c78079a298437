"""Saving in a content admin without losing anybody's work (used by ``WorkflowAdminMixin``).

Each save of the change form runs in one transaction that first locks the item's row, so saves of the same
item are serialised by the database. The form's token names the state it was opened on; the save is merged
field by field with what was saved meanwhile (``portal.workflow.merge``), or refused with the conflicting fields
side by side. An editor's or translator's save of a live item runs on top of the change already waiting for
review (so reopening the item edits that change), inside a savepoint that is rolled back: the live rows stay
as they are and the result is kept as one combined change waiting for review.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from reversion.admin import VersionAdmin
from reversion.models import Version

from portal.render_cache import content_changed
from portal.workflow.diff import field_label, show
from portal.workflow.locking import EditConflict, SaveState
from portal.workflow.merge import ROW, fingerprint, merge3
from portal.workflow.models import PendingChange, PendingKind
from portal.workflow.pending import (
    KEEP,
    authors_of,
    effective_snapshot,
    german_repr,
    live_snapshot,
    needs_review,
    open_pending_for,
    pending_base,
    request_publication,
    store_pending,
    write_snapshot,
)
from portal.workflow.permissions import can_edit_source, can_publish
from portal.workflow.scheduled import MIN_LEAD, parse_go_live

SUBMIT = "_workflow_submit"
COMMENT = "_workflow_comment"  # the author's note for the reviewer (change form)
PROPOSAL = "workflow_go_live_at"  # the author's proposed time to go live (change form of those who cannot publish)


def submitted_comment(request):
    return request.POST.get(COMMENT, "").strip()[:255]


def with_go_live_proposal(base_form, initial=None):
    """The change form with the author's proposed time to go live (Berlin time): checked like the publisher's
    (``parse_go_live``), so a malformed, passed or far-off time (year 9999) is a message at the field. A proposal
    that has passed meanwhile (or is too close to be scheduled) is not filled in again: the author's next save
    would otherwise be refused for a time they never touched."""
    if initial is not None and initial < timezone.now() + MIN_LEAD:
        initial = None

    class ProposalForm(base_form):
        workflow_go_live_at = forms.CharField(
            label=_("Proposed time to go live (optional, Berlin time)"),
            required=False,
            initial=timezone.localtime(initial) if initial else None,
            widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            help_text=_(
                "When the change should appear on the public site, e.g. new opening hours from 1 January. Empty: "
                "as soon as a publisher publishes it. The publisher sees your time and may keep or change it."
            ),
        )

        def clean_workflow_go_live_at(self):
            try:
                return parse_go_live(self.cleaned_data.get(PROPOSAL, ""))
            except ValueError as error:
                raise ValidationError(str(error)) from None

    ProposalForm.__name__ = base_form.__name__
    return ProposalForm


def waiting_proposal(request, obj):
    """The time proposed in the change waiting for review of ``obj`` (the form editing it starts from it)."""
    if obj is None or obj.pk is None:
        return None
    memo = getattr(request, "workflow_waiting_proposal", {})
    if obj.pk not in memo:
        waiting = open_pending_for(obj)
        memo[obj.pk] = waiting.proposed_go_live_at if waiting is not None else None
        request.workflow_waiting_proposal = memo
    return memo[obj.pk]


def proposed_go_live(request):
    """The time the form's author proposed (None: none), or ``KEEP`` when the form had no such field."""
    return getattr(request, "workflow_proposal", KEEP)


def remember_proposal(request, form):
    if PROPOSAL in form.fields and hasattr(form, "cleaned_data"):
        request.workflow_proposal = form.cleaned_data.get(PROPOSAL)


class _RolledBack(Exception):
    def __init__(self, response):
        self.response = response


def _rendered(response):
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    return response


def change_view(model_admin, request, object_id, form_url, extra_context):
    model = model_admin.model
    with transaction.atomic(using=router.db_for_write(model)):
        obj = model_admin.get_object(request, unquote(object_id))
        if obj is None:
            return VersionAdmin.change_view(model_admin, request, object_id, form_url, extra_context)
        if request.method == "POST":
            model._default_manager.select_for_update().filter(pk=obj.pk).first()  # one save at a time
        state = request.workflow_state = SaveState(review=needs_review(request.user, obj))
        for _attempt in range(2):  # a save with conflicts is run again only to show them (nothing is saved)
            try:
                if state.review:
                    return _review_pass(model_admin, request, obj, object_id, form_url, extra_context)
                state.theirs = live_snapshot(obj)
                return VersionAdmin.change_view(model_admin, request, object_id, form_url, extra_context)
            except EditConflict as conflict:
                state.conflicts = conflict.conflicts
        raise AssertionError("a refused save was saved")  # pragma: no cover


def _review_pass(model_admin, request, obj, object_id, form_url, extra_context):
    """The form of an editor or translator on a live item: on top of the waiting change, never committed."""
    state, model = request.workflow_state, model_admin.model
    try:
        with transaction.atomic(using=router.db_for_write(model)):
            state.live = live_snapshot(obj)
            state.pending = open_pending_for(obj)
            if state.pending is not None:
                write_snapshot(model, obj.pk, effective_snapshot(state.pending, state.live))
            state.theirs = live_snapshot(obj)
            # No reversion revision: nothing goes live, the change waiting for review is kept instead.
            response = super(VersionAdmin, model_admin).change_view(request, object_id, form_url, extra_context)
            raise _RolledBack(_rendered(response))
    except _RolledBack as done:
        response = done.response
    for keep in getattr(request, "workflow_keep_after_rollback", ()):  # what a save asked to keep (e.g. a mark)
        keep()
    if state.captured is not None:
        base = (pending_base(state.pending) if state.pending is not None else None) or state.live
        request.workflow_pending = store_pending(
            obj,
            state.captured,
            base=base,
            user=request.user,
            previous=state.pending,
            comment=submitted_comment(request),
            proposed_go_live_at=proposed_go_live(request),
        )
    return response


def after_save(model_admin, request, obj, *, change):
    """After the form and its rows were saved: merge with what was saved meanwhile, keep or submit."""
    state = getattr(request, "workflow_state", None)
    if change and state is not None and state.base is not None:
        mine = live_snapshot(obj)
        merged, conflicts = merge3(state.base, state.theirs, mine, choices=state.choices)
        if conflicts:
            raise EditConflict(conflicts)
        if fingerprint(merged) != fingerprint(mine):
            obj = write_snapshot(type(obj), obj.pk, merged)
            state.taken_over = _labels(state.theirs, mine, merged)
        if state.review:
            state.captured = live_snapshot(obj)
            request.workflow_outcome = "review"
    if getattr(request, "workflow_outcome", None) is not None:
        pass
    elif SUBMIT in request.POST and getattr(obj, "status", None) == "draft" and not can_publish(request.user):
        request_publication(
            obj, user=request.user, comment=submitted_comment(request), proposed_go_live_at=proposed_go_live(request)
        )
        request.workflow_outcome = "submitted"
    elif getattr(obj, "status", None) is not None:
        request.workflow_outcome = obj.status
    request.workflow_item = german_repr(obj)
    if state is not None and state.taken_over:
        request.workflow_notes = [
            _("Merged with changes saved meanwhile by someone else: %(fields)s.")
            % {"fields": ", ".join(state.taken_over)}
        ]


def _labels(theirs, mine, merged):
    from django.apps import apps

    labels = []
    for key, fields in merged.items():
        model = apps.get_model(key[0])
        for name, value in fields.items():
            if mine.get(key, {}).get(name) != value and theirs.get(key, {}).get(name) == value:
                labels.append(field_label(model, name))
    return labels


def outcome_message(request):
    item = getattr(request, "workflow_item", "")
    outcome = request.workflow_outcome
    if outcome == "review":
        text = _(
            "Saved for review – not public yet. The public page shows the published version until a publisher "
            "publishes the change."
        )
    elif outcome == "submitted":
        text = _("Draft – not public yet; submitted for review.")
    elif outcome == "draft" and not can_publish(request.user):
        text = _("Draft saved – not public yet. Submit it for review when it is ready.")
    elif outcome == "draft":
        text = _("Draft saved – not public yet.")
    elif outcome == "archived":
        text = _("Saved – archived, not public.")
    else:
        text = _("Saved and published.")
    return _("“%(item)s”: %(what)s") % {"item": item, "what": text} if item else text


def recover_view(model_admin, request, version_id, extra_context):
    """Recovering a deleted item: publishers directly; anybody else gets a draft that waits for review."""
    if request.method != "POST" or can_publish(request.user):
        return VersionAdmin.recover_view(model_admin, request, version_id, extra_context)
    with transaction.atomic():
        response = VersionAdmin.recover_view(model_admin, request, version_id, extra_context)
        version = Version.objects.filter(pk=version_id).first()
        obj = version and version._model._default_manager.filter(pk=version.object_id).first()
        if response.status_code == 302 and getattr(obj, "status", None) == "published":
            wanted = live_snapshot(obj)
            type(obj)._default_manager.filter(pk=obj.pk).update(status="draft")
            content_changed()
            obj.refresh_from_db()
            store_pending(obj, wanted, base=live_snapshot(obj), user=request.user, kind=PendingKind.PUBLICATION)
            messages.warning(
                request,
                _("“%(item)s” was recovered as a draft – not public yet; submitted for review.")
                % {"item": german_repr(obj)},
            )
    return response


def conflict_rows(conflicts):
    """The conflicts as rows of a side-by-side table (the item's own fields first)."""
    from django.apps import apps

    rows = []
    for conflict in conflicts:
        model = apps.get_model(conflict.key[0])
        rows.append(
            {
                "row": f"{model._meta.verbose_name} {conflict.key[1]}",
                "field": _("the whole row") if conflict.field == ROW else field_label(model, conflict.field),
                "theirs": _("(deleted)") if conflict.theirs is None else show_value(conflict.theirs),
                "mine": _("(deleted)") if conflict.mine is None else show_value(conflict.mine),
                "name": conflict.choice_name,
            }
        )
    return rows


def show_value(value):
    from django.utils.html import strip_tags

    if isinstance(value, dict):
        return ", ".join(f"{name}: {show(item)}" for name, item in value.items() if item not in (None, ""))
    return strip_tags(show(value))


def preview_links(model_admin, obj, pending=None):
    if not hasattr(obj, "get_absolute_url"):
        return []
    query = f"?pending={pending.pk}" if pending else ""
    return [
        (code, name, model_admin.workflow_url("preview", obj.pk, code) + query) for code, name in settings.LANGUAGES
    ]


def form_context(model_admin, request, obj):
    """What the change form shows of the workflow."""
    may_submit = not can_publish(request.user) and hasattr(model_admin.model, "status")
    if obj is None or obj.pk is None:
        return {"can_submit": may_submit, "comment_name": COMMENT}
    state = getattr(request, "workflow_state", None)
    pending = state.pending if state is not None and state.review else open_pending_for(obj)
    return {
        "pending": pending,
        "pending_authors": ", ".join(str(user) for user in authors_of(pending)) if pending else "",
        "editing_pending": bool(state and state.review and pending),
        "conflicts": conflict_rows(state.conflicts) if state is not None else [],
        "history_url": model_admin.workflow_url("history", obj.pk),
        "preview_links": preview_links(model_admin, obj, pending),
        "review_note": needs_review(request.user, obj),
        "scheduled": PendingChange.objects.for_object(obj).scheduled().select_related("decided_by").first(),
        "translator_note": not can_edit_source(request.user),
        "can_submit": may_submit and getattr(obj, "status", None) == "draft",
        "comment_name": COMMENT,
    }
