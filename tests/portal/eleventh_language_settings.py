"""The portal's settings with an 11th language, added the way the README's "Adding a language" says: one more line
in ``LANGUAGE_TABLE``, before settings.py derives ``LANGUAGES`` and the modeltranslation columns from it.

Used by ``tests/portal/test_languages.py`` in a separate process (the models of a running test session already
have their columns). That test passes, through the environment, where the process keeps what the step writes,
so nothing lands in the repository: ``PORTAL_TEST_MIGRATION_MODULES`` (JSON: app label -> a copy of the app's
migrations package outside the repository, given to ``MIGRATION_MODULES``) and ``PORTAL_TEST_LOCALE_DIR`` (the
new language's compiled catalog).
"""

import json
import os

from portal import languages

KURDISH = languages.Language("ckb", "کوردی", bidi=True, og_locale="ckb_IQ")  # README, "Adding a language", step 1
languages.LANGUAGE_TABLE = (*languages.LANGUAGE_TABLE, KURDISH)

from portal.settings import *  # noqa: E402, F403  (after the table: settings.py reads it)
from portal.settings import LOCALE_PATHS  # noqa: E402

MIGRATION_MODULES = json.loads(os.environ.get("PORTAL_TEST_MIGRATION_MODULES", "{}"))
if "PORTAL_TEST_LOCALE_DIR" in os.environ:
    LOCALE_PATHS = [os.environ["PORTAL_TEST_LOCALE_DIR"], *LOCALE_PATHS]
