"""Demo translations (our own words) of the title of this app's consent-gated embed. Key: (model label, ((field,
value), ...)); applied by ``portal.translation_workflow.demo`` where the German text exists and the translation
is empty. The phases, events and documents: a module per language beside this one (``en.py``, ...)."""

from masterplan.demo_translations import places
from portal.translation_workflow.demo import by_language, merge

TRANSLATIONS = by_language(
    __name__,
    {
        ("consent.embed", (("resource_id", "@mia_do_ki_demo/113000000000000001"),)): {
            "tr": {"title": "Mastodon gönderisi: kültürlerarası açılım üzerine tartışmaya davet"},
            "uk": {"title": "Допис у Mastodon: запрошення до обговорення міжкультурної відкритості"},
        },
    },
)
merge(TRANSLATIONS, places.TRANSLATIONS)  # the events' places, every language side by side: places.py
