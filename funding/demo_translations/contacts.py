"""Demo translations (our own words) of the programmes' funder and contact team, every language side by side.
Keyed by the German text, so every programme that names them gets them."""

FUNDER = {
    "en": "State of North Rhine-Westphalia – KOMM-AN NRW",
    "tr": "Kuzey Ren-Vestfalya Eyaleti – KOMM-AN NRW",
    "ar": "ولاية شمال الراين وستفاليا – KOMM-AN NRW",
    "uk": "Земля Північний Рейн-Вестфалія – KOMM-AN NRW",
    "ru": "Земля Северный Рейн-Вестфалия – KOMM-AN NRW",
    "pl": "Kraj związkowy Nadrenia Północna-Westfalia – KOMM-AN NRW",
    "ro": "Landul Renania de Nord-Westfalia – KOMM-AN NRW",
    "bg": "Провинция Северен Рейн-Вестфалия – KOMM-AN NRW",
    "fa": "ایالت نوردراین-وستفالن – KOMM-AN NRW",
}
CONTACT = {
    "tr": "MIA-DO-KI, Destek Ekibi",
    "ar": "MIA-DO-KI، فريق التمويل",
    "uk": "MIA-DO-KI, команда з фінансування",
    "ru": "MIA-DO-KI, команда по финансированию",
    "pl": "MIA-DO-KI, zespół ds. dofinansowania",
    "ro": "MIA-DO-KI, echipa de finanțare",
    "bg": "MIA-DO-KI, екип „Финансиране“",
    "fa": "MIA-DO-KI، گروه حمایت مالی",
}

TRANSLATIONS = {
    ("funding.programme", (("funder_de", "Land NRW – KOMM-AN NRW"),)): {
        language: {"funder": text} for language, text in FUNDER.items()
    },
    ("funding.programme", (("contact_name_de", "MIA-DO-KI, Team Förderung"),)): {
        language: {"contact_name": text} for language, text in CONTACT.items()
    },
}
