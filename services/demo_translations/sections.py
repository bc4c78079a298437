"""Demo translations (our own words) of the sections a service page shows when their German text exists (what to
bring, prerequisites, process, costs), of an office closure's reason and of the HSU classes' notes: every
language beside German, one item per key, so a translated page never drops a section the German page shows.
Keys as in ``services.demo_translations``; merged with the other tables there.
"""

import re

SERVICE_SECTIONS = {
    ("services.service", "seiteneinstieg-schule"): {
        "tr": {
            "what_to_bring": (
                "<ul><li>Çocuğun kimlik kartı veya pasaportu</li><li>İkamet kaydı belgesi (Meldebescheinigung)</li>"
                "<li>Varsa karneler</li></ul>"
            ),
        },
        "ar": {
            "what_to_bring": (
                "<ul><li>بطاقة هوية الطفل أو جواز سفره</li><li>شهادة تسجيل السكن (Meldebescheinigung)</li>"
                "<li>الشهادات المدرسية إن وُجدت</li></ul>"
            ),
        },
        "uk": {
            "what_to_bring": (
                "<ul><li>Посвідчення особи або паспорт дитини</li><li>Довідка про реєстрацію місця проживання "
                "(Meldebescheinigung)</li><li>Шкільні табелі, якщо є</li></ul>"
            ),
        },
        "ru": {
            "what_to_bring": (
                "<ul><li>Удостоверение личности или паспорт ребёнка</li><li>Справка о регистрации по месту "
                "жительства (Meldebescheinigung)</li><li>Школьные табели, если они есть</li></ul>"
            ),
        },
        "pl": {
            "what_to_bring": (
                "<ul><li>Dowód osobisty lub paszport dziecka</li><li>Zaświadczenie o zameldowaniu "
                "(Meldebescheinigung)</li><li>Świadectwa szkolne, jeśli są</li></ul>"
            ),
        },
        "ro": {
            "what_to_bring": (
                "<ul><li>Actul de identitate sau pașaportul copilului</li><li>Adeverința de înregistrare a "
                "domiciliului (Meldebescheinigung)</li><li>Certificatele școlare, dacă există</li></ul>"
            ),
        },
        "bg": {
            "what_to_bring": (
                "<ul><li>Лична карта или паспорт на детето</li><li>Удостоверение за адресна регистрация "
                "(Meldebescheinigung)</li><li>Училищни свидетелства, ако има такива</li></ul>"
            ),
        },
        "fa": {
            "what_to_bring": (
                "<ul><li>کارت شناسایی یا گذرنامهٔ کودک</li><li>گواهی ثبت محل سکونت (Meldebescheinigung)</li>"
                "<li>کارنامه‌های مدرسه، اگر دارید</li></ul>"
            ),
        },
    },
    ("services.service", "unterkunft-gefluechtete"): {
        "ru": {
            "prerequisites": "<p>Распределение в Дортмунд.</p>",
            "what_to_bring": (
                "<ul><li>Решение о распределении (Zuweisungsbescheid)</li><li>Подтверждение прибытия "
                "(Ankunftsnachweis) или разрешение на пребывание на время процедуры (Aufenthaltsgestattung)</li></ul>"
            ),
            "costs": "За проживание может взиматься плата; тот, у кого нет дохода, ничего не платит.",
        },
        "pl": {
            "prerequisites": "<p>Przydział do Dortmundu.</p>",
            "what_to_bring": (
                "<ul><li>Decyzja o przydziale (Zuweisungsbescheid)</li><li>Zaświadczenie o przybyciu "
                "(Ankunftsnachweis) lub zezwolenie na pobyt na czas postępowania azylowego "
                "(Aufenthaltsgestattung)</li></ul>"
            ),
            "costs": "Za zakwaterowanie mogą być pobierane opłaty; osoby bez dochodu nic nie płacą.",
        },
        "ro": {
            "prerequisites": "<p>Repartizarea în Dortmund.</p>",
            "what_to_bring": (
                "<ul><li>Decizia de repartizare (Zuweisungsbescheid)</li><li>Dovada sosirii (Ankunftsnachweis) "
                "sau permisul de ședere pe durata procedurii de azil (Aufenthaltsgestattung)</li></ul>"
            ),
            "costs": "Pentru cazare se pot percepe taxe; cine nu are venit nu plătește nimic.",
        },
        "bg": {
            "prerequisites": "<p>Разпределение в Дортмунд.</p>",
            "what_to_bring": (
                "<ul><li>Решение за разпределение (Zuweisungsbescheid)</li><li>Удостоверение за пристигане "
                "(Ankunftsnachweis) или разрешение за пребиваване по време на процедурата за убежище "
                "(Aufenthaltsgestattung)</li></ul>"
            ),
            "costs": "За настаняването може да се дължат такси; който няма доходи, не плаща нищо.",
        },
        "fa": {
            "prerequisites": "<p>تخصیص به شهر دورتموند.</p>",
            "what_to_bring": (
                "<ul><li>حکم تخصیص (Zuweisungsbescheid)</li><li>گواهی ورود (Ankunftsnachweis) یا اجازهٔ اقامت "
                "در مدت رسیدگی به درخواست پناهندگی (Aufenthaltsgestattung)</li></ul>"
            ),
            "costs": "ممکن است برای محل سکونت هزینه‌ای گرفته شود؛ کسی که درآمدی ندارد چیزی نمی‌پردازد.",
        },
    },
    ("services.service", "leistungen-asylblg"): {
        "pl": {
            "process": (
                "<ol><li>Złożenie wniosku w urzędzie ds. socjalnych (Sozialamt)</li><li>Przedłożenie "
                "dokumentów</li><li>Oczekiwanie na decyzję; świadczenie jest wypłacane co miesiąc</li></ol>"
            ),
        },
        "ro": {
            "process": (
                "<ol><li>Depuneți cererea la Oficiul de asistență socială (Sozialamt)</li><li>Prezentați "
                "documentele</li><li>Așteptați decizia; plata se face lunar</li></ol>"
            ),
        },
        "bg": {
            "process": (
                "<ol><li>Подайте заявление в социалната служба (Sozialamt)</li><li>Представете документите</li>"
                "<li>Изчакайте решението; плащането идва всеки месец</li></ol>"
            ),
        },
        "fa": {
            "process": (
                "<ol><li>درخواست را در ادارهٔ امور اجتماعی (Sozialamt) ثبت کنید</li><li>مدارک را ارائه دهید</li>"
                "<li>منتظر تصمیم بمانید؛ پول هر ماه پرداخت می‌شود</li></ol>"
            ),
        },
    },
    ("services.service", "hsu-anmeldung"): {
        "ru": {
            "process": (
                "<ol><li>Заполните регистрационную форму</li><li>Сдайте её в школе вашего ребёнка</li><li>Школьное "
                "управление (Schulamt) сообщит, где и когда проходят занятия</li></ol>"
            ),
        },
        "pl": {
            "process": (
                "<ol><li>Wypełnienie formularza zgłoszeniowego</li><li>Oddanie go w szkole dziecka</li><li>Urząd "
                "szkolny (Schulamt) informuje, gdzie i kiedy odbywają się zajęcia</li></ol>"
            ),
        },
        "ro": {
            "process": (
                "<ol><li>Completați formularul de înscriere</li><li>Predați-l la școala copilului "
                "dumneavoastră</li><li>Inspectoratul școlar (Schulamt) vă anunță unde și când au loc orele</li></ol>"
            ),
        },
        "bg": {
            "process": (
                "<ol><li>Попълнете формуляра за записване</li><li>Предайте го в училището на детето си</li><li>"
                "Училищната служба (Schulamt) съобщава къде и кога се провеждат уроците</li></ol>"
            ),
        },
        "fa": {
            "process": (
                "<ol><li>فرم ثبت‌نام را پر کنید</li><li>آن را به مدرسهٔ فرزندتان تحویل دهید</li><li>ادارهٔ "
                "آموزش‌وپرورش (Schulamt) اطلاع می‌دهد که کلاس کجا و چه زمانی برگزار می‌شود</li></ol>"
            ),
        },
    },
    ("services.service", "fallbegleitung"): {
        "tr": {"prerequisites": "<p>Dortmund'da oturuyorsunuz ve son üç yıl içinde buraya taşındınız.</p>"},
        "ar": {"prerequisites": "<p>تسكنون في دورتموند وانتقلتم إليها خلال السنوات الثلاث الأخيرة.</p>"},
        "uk": {"prerequisites": "<p>Ви живете в Дортмунді й переїхали сюди протягом останніх трьох років.</p>"},
        "ru": {"prerequisites": "<p>Вы живёте в Дортмунде и переехали сюда в течение последних трёх лет.</p>"},
        "pl": {
            "prerequisites": (
                "<p>Mieszkają Państwo w Dortmundzie i przeprowadzili się tu w ciągu ostatnich trzech lat.</p>"
            ),
        },
        "ro": {"prerequisites": "<p>Locuiți în Dortmund și v-ați mutat aici în ultimii trei ani.</p>"},
        "bg": {"prerequisites": "<p>Живеете в Дортмунд и сте се преместили тук през последните три години.</p>"},
        "fa": {"prerequisites": "<p>در دورتموند زندگی می‌کنید و در سه سال گذشته به اینجا آمده‌اید.</p>"},
    },
}

CLOSURES = {
    ("services.closure", (("reason_de", "Personalversammlung"),)): {
        "tr": {"reason": "Personel toplantısı"},
        "uk": {"reason": "Збори працівників"},
        "ru": {"reason": "Собрание сотрудников"},
        "pl": {"reason": "Zebranie pracowników"},
        "ro": {"reason": "Adunarea personalului"},
        "bg": {"reason": "Общо събрание на служителите"},
        "fa": {"reason": "جلسهٔ کارکنان"},
    },
}

# The demo's class notes name a room ("Raum 107, Eingang über den Schulhof"): each language says the same with the
# class's own room number.
ROOM_NOTES = {
    "tr": "{room} numaralı derslik, giriş okul bahçesinden",
    "ar": "الغرفة {room}، الدخول من ساحة المدرسة",
    "uk": "Кімната {room}, вхід через шкільне подвір'я",
    "ru": "Кабинет {room}, вход со школьного двора",
    "pl": "Sala {room}, wejście od strony dziedzińca szkolnego",
    "ro": "Sala {room}, intrarea prin curtea școlii",
    "bg": "Стая {room}, вход откъм училищния двор",
    "fa": "اتاق {room}، ورود از حیاط مدرسه",
}


def _room_note(template):
    return lambda offering: template.format(room=re.search(r"\d+", offering.notes_de).group())


HSU_NOTES = {
    ("services.hsuoffering", (("notes_de__regex", r"^Raum \d+, Eingang über den Schulhof$"),)): {
        language: {"notes": _room_note(template)} for language, template in ROOM_NOTES.items()
    },
}

SECTIONS = {**SERVICE_SECTIONS, **CLOSURES, **HSU_NOTES}
