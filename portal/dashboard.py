"""The staff start page (the admin's index): what waits for this person, by their role, each count linked to the
admin list filtered on exactly those items.

- waiting for my review (those who may publish): changes and drafts submitted for review;
- my drafts (those who write German content): drafts with a version saved by me, per content type;
- my changes in review: waiting changes that hold work of mine;
- translations missing or outdated in my languages (translators): per language and content type;
- new visitor feedback (who handles feedback); broken or moved links (who edits content);
- what the apps add: ``DASHBOARD_ITEMS`` in their ``site.py`` (a ``DashboardItem`` each, e.g. funding calls past
  their deadline that are still published).

Every number here and the list behind its link are the same query, so a count never promises what the list does
not show.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from portal.registry import contributions


@dataclass(frozen=True)
class DashboardItem:
    """One line of the start page: ``count(user)`` items, listed at ``url(user)``, shown to whom ``visible(user)``
    (or who holds ``permission``)."""

    key: str
    label: str
    count: Callable = field(compare=False)
    url: Callable = field(compare=False)
    permission: str = ""
    visible: Callable | None = field(default=None, compare=False)

    def shown_to(self, user):
        if self.visible is not None and not self.visible(user):
            return False
        return not self.permission or user.has_perm(self.permission)


@dataclass
class Line:
    key: str
    label: str
    count: int
    url: str
    entries: list = field(default_factory=list)  # (label, count or None, url) shown below the line


def changelist(model, **filters):
    """The admin list of ``model`` with ``filters`` (list filter parameters); empty when the admin has none."""
    try:
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    except NoReverseMatch:
        return ""
    return f"{url}?{urlencode(filters)}" if filters else url


def has_status(model):
    return any(field.name == "status" for field in model._meta.fields)


# --- languages ----------------------------------------------------------------------------------------------
def translator_languages(user):
    """The languages ``user`` translates: a translator's assigned languages, everybody else's every target language."""
    from portal.translation_workflow.assignments import editable_languages
    from portal.translation_workflow.freshness import target_languages

    mine = editable_languages(user)
    return [code for code in target_languages() if code in mine]


# --- the portal's own lines -----------------------------------------------------------------------------------
def review_line(user):
    """What this person may publish or discard: every waiting change for a publisher; for a language reviewer
    the changes that touch only translations into their review languages and are not their own."""
    from portal.translation_workflow.assignments import decidable_changes, review_languages
    from portal.workflow.models import PendingChange, PendingState
    from portal.workflow.permissions import can_publish

    if not can_publish(user) and not review_languages(user):
        return None
    waiting = decidable_changes(user)
    entries = [(f"{pending.object_repr} – {pending.author or '—'}", None, history_url(pending)) for pending in waiting]
    return Line(
        "review",
        _("Waiting for my review"),
        len(waiting),
        changelist(PendingChange, state__exact=PendingState.PENDING, decide="me"),
        entries[:10],
    )


def history_url(pending):
    model = pending.content_type.model_class()
    try:
        return reverse(
            f"admin:{model._meta.app_label}_{model._meta.model_name}_workflow_history", args=[pending.object_id]
        )
    except (NoReverseMatch, AttributeError):
        return ""


def my_changes_line(user):
    from portal.workflow.models import PendingChange, PendingState
    from portal.workflow.pending import my_open_changes

    mine = my_open_changes(user)
    entries = [(pending.object_repr, None, history_url(pending)) for pending in mine]
    return Line(
        "in_review",
        _("My changes in review"),
        len(mine),
        changelist(PendingChange, state__exact=PendingState.PENDING, by="me"),
        entries[:10],
    )


def my_drafts_line(user):
    """My drafts per content type, counted in one query (a UNION ALL of each type's drafts I saved a version of)."""
    from django.db.models import CharField, Value

    from portal.workflow.permissions import can_edit_source
    from portal.workflow.roles import content_admins
    from portal.workflow.versions import drafts_of

    if not can_edit_source(user):
        return None
    models = [model for model in content_admins() if has_status(model)]
    counted = {}
    if models:
        first, *rest = [
            drafts_of(model, user)
            .order_by()
            .annotate(dashboard_type=Value(model._meta.label_lower, output_field=CharField()))
            .values_list("dashboard_type", flat=True)
            for model in models
        ]
        for label in first.union(*rest, all=True).order_by() if rest else first:
            counted[label] = counted.get(label, 0) + 1
    entries, total = [], 0
    for model in sorted(models, key=lambda model: str(model._meta.verbose_name_plural)):
        count = counted.get(model._meta.label_lower, 0)
        if count:
            total += count
            label = capfirst(model._meta.verbose_name_plural)
            entries.append((label, count, changelist(model, status__exact="draft", mine="1")))
    url = entries[0][2] if len(entries) == 1 else ""
    return Line("drafts", _("My drafts"), total, url, entries)


def translations_lines(user):
    from portal.translation_workflow import coverage, freshness

    if not user.has_perm("translations.change_translationrecord"):
        return []
    names = dict(settings.LANGUAGES)
    languages = translator_languages(user)
    rows, _totals = coverage.cached_coverage(languages=languages)
    lines = []
    for state, label, parameter in (
        (freshness.MISSING, _("Translations missing in my languages"), "missing_in"),
        (freshness.OUTDATED, _("Translations outdated in my languages"), "outdated_in"),
    ):
        entries, total = [], 0
        for language in languages:
            for row in rows:
                count = getattr(row.cells[language], state)
                if count:
                    total += count
                    published = {"status__exact": "published"} if has_status(row.model) else {}
                    url = changelist(row.model, **published, **{parameter: language})
                    entries.append((f"{names[language]}: {capfirst(row.label)}", count, url))
        lines.append(Line(state, label, total, reverse("admin:translations_coverage"), entries))
    return lines


def feedback_line(user):
    from portal.models import Feedback

    if not user.has_perm("portal.view_feedback"):
        return None
    return Line(
        "feedback",
        _("New visitor feedback"),
        Feedback.objects.filter(is_done=False).count(),
        changelist(Feedback, is_done__exact="0"),
    )


def links_line(user):
    from portal.linkcheck.models import CheckedLink

    if not user.has_perm("linkcheck.view_checkedlink"):
        return None
    problems = list(CheckedLink.objects.problems().prefetch_related("places")[:10])
    entries = []
    for link in problems:
        pages = ", ".join(place.title for place in link.places.all())
        label = f"{link.url} ({link.get_verdict_display()}) – {pages}"
        entries.append((label, None, reverse("admin:linkcheck_checkedlink_change", args=[link.pk])))
    return Line(
        "links",
        _("Broken or moved links"),
        CheckedLink.objects.problems().count(),
        changelist(CheckedLink, problem="1"),
        entries,
    )


def app_lines(user):
    lines = []
    for item in contributions("DASHBOARD_ITEMS"):
        if item.shown_to(user):
            lines.append(Line(item.key, item.label, item.count(user), item.url(user)))
    return lines


def lines_for(user):
    """The start page's lines for ``user``, in a fixed order; lines the person's role has no use for are left out."""
    lines = [review_line(user), my_drafts_line(user), my_changes_line(user)]
    lines += translations_lines(user)
    lines += [feedback_line(user), links_line(user)]
    lines += app_lines(user)
    return [line for line in lines if line is not None]
