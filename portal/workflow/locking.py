"""No lost updates: optimistic locking of the admin change form.

The form carries a hidden token naming the state the editor started from: the item's "last changed" time and
the newest change waiting for review. When either moved on before the save, the save is refused with a
message naming what changed meanwhile (and by whom); the editor's input stays in the form, which now carries
the new token, so a second, deliberate save goes through.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from reversion.models import Version

from portal.workflow.diff import diff_snapshots, snapshot_of_live, snapshot_of_pending, snapshot_of_revision
from portal.workflow.models import PendingChange

TOKEN_FIELD = "workflow_token"


def current_token(obj):
    changed_at = type(obj)._default_manager.filter(pk=obj.pk).values_list("changed_at", flat=True).first()
    pending = PendingChange.objects.for_object(obj).open().values_list("pk", flat=True).first()
    return f"{changed_at.isoformat() if changed_at else ''}|{pending or 0}"


def _short(value, limit=80):
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _describe(entries):
    lines = []
    for entry in entries:
        for label, old, new in entry["changes"]:
            lines.append(f"{entry['object']} – {label}: “{_short(old)}” → “{_short(new)}”")
    return lines


def _differs_from_input(form, live):
    """Without a version from the time the form was opened: the fields whose saved value differs from the input."""
    lines = []
    for name, value in form.cleaned_data.items():
        if name == TOKEN_FIELD or name not in {f.name for f in live._meta.concrete_fields}:
            continue
        saved = getattr(live, name)
        if (saved or "") != (value or ""):
            label = form.fields[name].label or name
            lines.append(
                _("%(field)s – saved now: “%(saved)s”, your input: “%(input)s”")
                % {"field": label, "saved": _short(str(saved or "—")), "input": _short(str(value or "—"))}
            )
    return lines


def conflict_details(obj, token, form=None):
    """Who changed what since ``token``: a list of lines for the message."""
    changed_at_text, _sep, pending_text = token.partition("|")
    then = parse_datetime(changed_at_text) if changed_at_text else None
    live = type(obj)._default_manager.get(pk=obj.pk)
    lines = []
    if then is not None and live.changed_at != then:
        versions = Version.objects.get_for_object(live).select_related("revision", "revision__user")
        before = next((v for v in versions if v.revision.date_created <= then), None)
        later = [v for v in versions if v.revision.date_created > then]
        who = ", ".join(
            f"{v.revision.user or '?'} ({timezone.localtime(v.revision.date_created):%d.%m.%Y %H:%M})" for v in later
        )
        lines.append(_("Saved meanwhile by: %(who)s") % {"who": who or "?"})
        if before is not None:
            lines += _describe(diff_snapshots(snapshot_of_revision(before.revision), snapshot_of_live(live)))
        elif form is not None:
            lines += _differs_from_input(form, live)
    pending = PendingChange.objects.for_object(obj).open().select_related("author").first()
    if pending is not None and str(pending.pk) != pending_text:
        lines.append(
            _("A change waiting for review was made meanwhile by %(who)s (%(when)s):")
            % {"who": pending.author or "?", "when": f"{timezone.localtime(pending.created_at):%d.%m.%Y %H:%M}"}
        )
        lines += _describe(diff_snapshots(snapshot_of_live(live), snapshot_of_pending(pending)))
    return lines


def locking_form(base_form):
    """``base_form`` with the hidden token and the check."""

    class OptimisticLockForm(base_form):
        workflow_token = forms.CharField(required=False, widget=forms.HiddenInput)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if self.instance.pk is not None:
                self.fields[TOKEN_FIELD].initial = current_token(self.instance)

        def clean(self):
            cleaned_data = super().clean()
            submitted = self.data.get(self.add_prefix(TOKEN_FIELD), "")
            if self.instance.pk is None or not submitted:
                return cleaned_data  # forms posted without a token (scripts, older tabs) are not checked
            current = current_token(self.instance)
            if submitted != current:
                details = conflict_details(self.instance, submitted, self)
                data = self.data.copy()
                data[self.add_prefix(TOKEN_FIELD)] = current
                self.data = data
                raise ValidationError(
                    [
                        _(
                            "Someone else changed this item while you were editing it. Your input is still in the "
                            "form below: compare it with the changes listed here, then save again to keep yours."
                        ),
                        *details,
                    ],
                    code="edit_conflict",
                )
            return cleaned_data

    OptimisticLockForm.__name__ = base_form.__name__
    return OptimisticLockForm
