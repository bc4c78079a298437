"""Translators' admin pages: the coverage overview and the XLIFF export and import."""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.translation_workflow import freshness
from portal.translation_workflow.coverage import coverage
from portal.translation_workflow.models import Origin
from portal.translation_workflow.xliff import MAX_BYTES, export_xliff, import_xliff

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
    return render(request, "translations/admin/coverage.html", context)


class ExportForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"), choices=_language_choices, help_text=_("The language the agency translates into.")
    )


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=_language_choices)
    file = forms.FileField(label=_("XLIFF file"), help_text=_("The translated file the agency sent back (.xlf)."))
    origin = forms.ChoiceField(label=_("Made by"), choices=Origin.choices, initial=Origin.PERSON)
    reviewed = forms.BooleanField(
        label=_("Reviewed"), required=False, help_text=_("Tick when a second person has checked these translations.")
    )


def export_view(request, model_admin):
    form = ExportForm(request.GET or None)
    if form.is_valid():
        language = form.cleaned_data["language"]
        document, _count = export_xliff(language)
        stamp = timezone.localdate().isoformat()
        response = HttpResponse(document, content_type="application/x-xliff+xml; charset=utf-8")
        response.headers["Content-Disposition"] = f'attachment; filename="portal-{language}-{stamp}.xlf"'
        return response
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
    return render(request, "translations/admin/export.html", context)


def import_view(request, model_admin):
    if not model_admin.has_change_permission(request):
        raise PermissionDenied
    result = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            form.add_error("file", _("The file is too large."))
        else:
            result = import_xliff(
                upload.read(),
                language=form.cleaned_data["language"],
                user=request.user,
                origin=form.cleaned_data["origin"],
                reviewed=form.cleaned_data["reviewed"],
            )
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Import translations (XLIFF)"),
        "opts": model_admin.model._meta,
        "form": form,
        "result": result,
    }
    status = 400 if result is not None and not result.ok else 200
    return render(request, "translations/admin/import.html", context, status=status)
