"""English demo translations of the services app (the texts the demo itself carries in English are in
services/demo_texts.py)."""

from services.demo_translations.shared import hsu_language_names

# The HSU languages' names in English.
HSU_LANGUAGES = {
    "albanian": "Albanian",
    "arabic": "Arabic",
    "bosnian": "Bosnian",
    "bulgarian": "Bulgarian",
    "greek": "Greek",
    "italian": "Italian",
    "croatian": "Croatian",
    "kurdish": "Kurdish",
    "macedonian": "Macedonian",
    "persian": "Persian",
    "polish": "Polish",
    "portuguese": "Portuguese",
    "romanian": "Romanian",
    "russian": "Russian",
    "serbian": "Serbian",
    "spanish": "Spanish",
    "turkish": "Turkish",
    "ukrainian": "Ukrainian",
}

TRANSLATIONS = hsu_language_names(HSU_LANGUAGES)
