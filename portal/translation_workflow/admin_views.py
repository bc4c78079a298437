"""Translators' admin pages: the coverage overview and the XLIFF export and import."""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from portal.parsing import ascii_int
from portal.translation_workflow import freshness
from portal.translation_workflow.coverage import coverage
from portal.translation_workflow.models import Origin, XliffUpload
from portal.translation_workflow.xliff import MAX_BYTES, export_xliff, import_xliff, read_xliff

BAR_WIDTH = 300
STATE_COLOURS = {freshness.UP_TO_DATE: "#1a7f37", freshness.OUTDATED: "#b35900", freshness.MISSING: "#6b6b6b"}


def _language_choices():
    names = dict(settings.LANGUAGES)
    return [(code, f"{names[code]} ({code})") for code in freshness.target_languages()]


def _bars(cell):
    """Segments of one stacked bar: ``[(state, label, count, x, width, colour)]`` (SVG, no JavaScript)."""
    segments, x = [], 0
    for state in freshness.STATES:
        count = getattr(cell, state)
        width = round(BAR_WIDTH * count / cell.total) if cell.total else 0
        segments.append((state, freshness.STATE_LABELS[state], count, x, width, STATE_COLOURS[state]))
        x += width
    return segments


def coverage_view(request, model_admin):
    rows, totals = coverage()
    for row in rows:
        try:
            row.changelist = reverse(f"admin:{row.model._meta.app_label}_{row.model._meta.model_name}_changelist")
        except NoReverseMatch:
            row.changelist = ""
    names = dict(settings.LANGUAGES)
    chart = [
        {"code": code, "name": names[code], "cell": cell, "segments": _bars(cell), "y": index * 28}
        for index, (code, cell) in enumerate(totals.items())
    ]
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Translation coverage"),
        "opts": model_admin.model._meta,
        "rows": rows,
        "totals": totals,
        "languages": [(code, names[code]) for code in totals],
        "chart": chart,
        "chart_height": len(chart) * 28,
        "bar_width": BAR_WIDTH,
        "legend": [(freshness.STATE_LABELS[s], STATE_COLOURS[s]) for s in freshness.STATES],
    }
    return render(request, "translation_workflow/admin/coverage.html", context)


def _model_choices():
    return [
        (model._meta.label_lower, capfirst(model._meta.verbose_name_plural)) for model in freshness.translated_models()
    ]


ALL, OPEN = "all", "open"


class ExportForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"), choices=_language_choices, help_text=_("The language the agency translates into.")
    )
    models = forms.MultipleChoiceField(
        label=_("Content types"),
        choices=_model_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None chosen: every content type. Single items are exported from their list (action)."),
    )
    include = forms.ChoiceField(
        label=_("Items"),
        choices=[(OPEN, _("Translation missing or outdated")), (ALL, _("Every published item"))],
        initial=OPEN,
        required=False,
    )

    def chosen_models(self):
        labels = set(self.cleaned_data.get("models") or ())
        return [model for model in freshness.translated_models() if model._meta.label_lower in labels] or None

    def states(self):
        if self.cleaned_data.get("include") == ALL:
            return freshness.STATES
        return (freshness.MISSING, freshness.OUTDATED)


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=_language_choices)
    file = forms.FileField(label=_("XLIFF file"), help_text=_("The translated file the agency sent back (.xlf)."))
    origin = forms.ChoiceField(label=_("Made by"), choices=Origin.choices, initial=Origin.PERSON)
    reviewed = forms.BooleanField(
        label=_("Reviewed"), required=False, help_text=_("Tick when a second person has checked these translations.")
    )


def xliff_download(document, language):
    stamp = timezone.localdate().isoformat()
    response = HttpResponse(document, content_type="application/x-xliff+xml; charset=utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="portal-{language}-{stamp}.xlf"'
    return response


def export_view(request, model_admin):
    form = ExportForm(request.GET or None)
    if form.is_valid():
        language = form.cleaned_data["language"]
        document, _count = export_xliff(language, models=form.chosen_models(), states=form.states())
        return xliff_download(document, language)
    names = dict(settings.LANGUAGES)
    _rows, totals = coverage()
    counts = [(code, names[code], cell.outdated + cell.missing) for code, cell in totals.items()]
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Export for translation (XLIFF)"),
        "opts": model_admin.model._meta,
        "form": form,
        "counts": counts,
    }
    return render(request, "translation_workflow/admin/export.html", context, status=400 if form.is_bound else 200)


def _page(request, model_admin, **context):
    return {
        **model_admin.admin_site.each_context(request),
        "title": _("Import translations (XLIFF)"),
        "opts": model_admin.model._meta,
        **context,
    }


def import_view(request, model_admin):
    """Step one: upload and check the file; show per item what the import would change (nothing is changed)."""
    if not model_admin.has_change_permission(request):
        raise PermissionDenied
    if request.method == "POST" and "upload" in request.POST:
        return confirm_import_view(request, model_admin, request.POST["upload"])
    result = upload = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        file = form.cleaned_data["file"]
        if file.size > MAX_BYTES:
            form.add_error("file", _("The file is too large."))
        else:
            data = file.read()
            result = read_xliff(data, language=form.cleaned_data["language"], user=request.user)
            if result.ok and result.changes:
                upload = XliffUpload.objects.create(
                    language=form.cleaned_data["language"],
                    filename=str(file.name)[:255],
                    data=data,
                    origin=form.cleaned_data["origin"],
                    reviewed=form.cleaned_data["reviewed"],
                    uploaded_by=request.user,
                )
    context = _page(request, model_admin, form=form, result=result, upload=upload, step="preview")
    status = 400 if result is not None and not result.ok else 200
    return render(request, "translation_workflow/admin/import.html", context, status=status)


def confirm_import_view(request, model_admin, upload_id):
    """Step two (POST of the preview's button): the checked file becomes changes waiting for review (live items)
    or saved items (not public)."""
    number = ascii_int(upload_id)
    if number is None:
        raise Http404
    upload = get_object_or_404(XliffUpload, pk=number, imported_at__isnull=True)
    if upload.uploaded_by_id != request.user.pk:
        raise PermissionDenied
    result = import_xliff(
        bytes(upload.data),
        language=upload.language,
        user=request.user,
        origin=upload.origin,
        reviewed=upload.reviewed,
    )
    if result.ok:
        upload.imported_at = timezone.now()
        upload.save(update_fields=["imported_at"])
    for pending in result.pending:
        pending.review_url = _history_url(pending)
    context = _page(request, model_admin, form=ImportForm(), result=result, step="done")
    return render(request, "translation_workflow/admin/import.html", context, status=200 if result.ok else 400)


def _history_url(pending):
    opts = pending.content_type.model_class()._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_workflow_history", args=[pending.object_id])
    except NoReverseMatch:
        return ""
