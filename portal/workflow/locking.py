"""No lost work: the change form's conflict token and the refusal of a save that would drop someone's change.

The form carries a signed token holding the state it was opened on. A save is merged field by field with what
was saved meanwhile (``portal.workflow.merge``); the save is refused when

- the POST has no valid token (a script, a damaged form): nothing is known about what the person saw, so the
  form comes back with the differences between their input and the saved item listed, and a fresh token;
- a field was changed differently on both sides: the form comes back with the person's input, both values of
  each such field side by side and a choice per field; the token keeps the original state, so fields only the
  colleague changed are still taken over on the next save, and the choices apply only to the conflicts shown.
"""

from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from portal.workflow.merge import choices_from, fingerprint, make_token, read_token

TOKEN_FIELD = "workflow_token"


class EditConflict(Exception):
    """Raised after a trial save when fields were changed differently on both sides."""

    def __init__(self, conflicts):
        self.conflicts = conflicts
        super().__init__(conflicts)


@dataclass
class SaveState:
    """What the workflow knows while one request edits one item."""

    review: bool
    live: dict | None = None  # the live item before a waiting change was applied
    pending: object = None  # the change waiting for review that the form edits (editors and translators)
    theirs: dict | None = None  # what the form edits now: the live item, or the waiting change on top of it
    base: dict | None = None  # the state the form was opened on (from the token)
    choices: dict = field(default_factory=dict)
    conflicts: list = field(default_factory=list)
    missing_token: bool = False
    taken_over: list = field(default_factory=list)  # fields saved meanwhile by others and merged in
    captured: dict | None = None  # the save of an editor, to be kept as a waiting change


def _short(value, limit=80):
    value = str(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _differs_from_input(form, live):
    """The fields whose saved value differs from the input (the person could not have seen them)."""
    lines = []
    names = {f.name for f in live._meta.concrete_fields}
    for name, value in form.cleaned_data.items():
        if name == TOKEN_FIELD or name not in names:
            continue
        saved = getattr(live, name)
        if (saved or "") != (value or ""):
            label = form.fields[name].label or name
            lines.append(
                _("%(field)s – saved now: “%(saved)s”, your input: “%(input)s”")
                % {"field": label, "saved": _short(saved or "—"), "input": _short(value or "—")}
            )
    return lines


def locking_form(base_form, request):
    """``base_form`` with the hidden token and the checks, for ``request``'s ``workflow_state``."""

    class OptimisticLockForm(base_form):
        workflow_token = forms.CharField(required=False, widget=forms.HiddenInput)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            state = getattr(request, "workflow_state", None)
            if self.instance.pk is not None and state is not None and state.theirs is not None:
                self.fields[TOKEN_FIELD].initial = make_token(state.theirs)

        def _replace_token(self, token):
            data = self.data.copy()
            data[self.add_prefix(TOKEN_FIELD)] = token
            self.data = data

        def clean(self):
            cleaned_data = super().clean()
            state = getattr(request, "workflow_state", None)
            if self.instance.pk is None or state is None or state.theirs is None:
                return cleaned_data
            now = fingerprint(state.theirs)
            parsed = read_token(self.data.get(self.add_prefix(TOKEN_FIELD), ""))
            if parsed is None:
                state.missing_token = True
                self._replace_token(make_token(state.theirs))
                live = type(self.instance)._default_manager.get(pk=self.instance.pk)
                raise ValidationError(
                    [
                        _(
                            "This form was sent without a valid editing token, so nothing was saved: it is not known "
                            "which version you started from. Your input is in the form below; check it against the "
                            "saved values listed here, then save again."
                        ),
                        *_differs_from_input(self, live),
                    ],
                    code="missing_token",
                )
            state.base, seen = parsed
            state.choices = choices_from(self.data) if seen == now else {}
            if state.conflicts:
                self._replace_token(make_token(state.base, seen=now))
                raise ValidationError(
                    _(
                        "Someone else changed the same fields while you were editing, so nothing was saved. For each "
                        "field listed below, choose which value to keep, then save again; changes to other fields, "
                        "theirs and yours, are merged."
                    ),
                    code="edit_conflict",
                )
            return cleaned_data

    OptimisticLockForm.__name__ = base_form.__name__
    return OptimisticLockForm
