"""Demo translations (our own words) of the places of the Masterplan events, every language side by side. Keyed
by the German place, so every event held there gets it; proper names of buildings stay as they are."""

PLACES = {
    "Rathaus Dortmund": {
        "en": "Dortmund City Hall",
        "tr": "Dortmund Belediye Binası",
        "ar": "مبنى بلدية دورتموند",
        "uk": "Ратуша Дортмунда",
        "ru": "Ратуша Дортмунда",
        "pl": "Ratusz w Dortmundzie",
        "ro": "Primăria Dortmund",
        "bg": "Кметството на Дортмунд",
        "fa": "ساختمان شهرداری دورتموند",
    },
    "Dietrich-Keuning-Haus": {
        "en": "Dietrich-Keuning-Haus",
        "tr": "Dietrich-Keuning-Haus",
        "ar": "Dietrich-Keuning-Haus",
        "uk": "Dietrich-Keuning-Haus",
        "ru": "Dietrich-Keuning-Haus",
        "pl": "Dietrich-Keuning-Haus",
        "ro": "Dietrich-Keuning-Haus",
        "bg": "Dietrich-Keuning-Haus",
        "fa": "Dietrich-Keuning-Haus",
    },
    "Dortmund U": {
        "en": "Dortmund U",
        "tr": "Dortmund U",
        "ar": "Dortmund U",
        "uk": "Dortmund U",
        "ru": "Dortmund U",
        "pl": "Dortmund U",
        "ro": "Dortmund U",
        "bg": "Dortmund U",
        "fa": "Dortmund U",
    },
    "Stadtbezirke": {
        "en": "The city districts",
        "tr": "Şehrin ilçeleri",
        "ar": "أحياء المدينة",
        "uk": "Райони міста",
        "ru": "Районы города",
        "pl": "Dzielnice miasta",
        "ro": "Cartierele orașului",
        "bg": "Районите на града",
        "fa": "مناطق شهر",
    },
}

TRANSLATIONS = {
    ("masterplan.event", (("place_de", german),)): {language: {"place": place} for language, place in names.items()}
    for german, names in PLACES.items()
}
