"""Demo translations (our own words) of the shared layer's demo items: the editorial pages (the Impressum stays
German, as the legal text it is, with the notice), the sample sign-language clip. A module per language beside
this one (``en.py``, ...) with ``TRANSLATIONS = {(model label, slug): {field: value}}``; applied by
``portal.translation_workflow.demo`` where the German text exists and the translation is empty."""

from portal.translation_workflow.demo import by_language

TRANSLATIONS = by_language(__name__)
