"""Demo translations (our own words) of the shared layer's demo items: the editorial pages (the Impressum stays
German, as the legal text it is, with the notice), the sample sign-language clip. A module per language beside
this one (``en.py``, ...) with ``TRANSLATIONS = {(model label, slug): {field: value}}``; applied by
``portal.translation_workflow.demo`` where the German text exists and the translation is empty. The pages' short
summaries (search results, link previews) are in the table below, one row per language."""

from portal.translation_workflow.demo import by_language

PAGES = ("datenschutz", "barrierefreiheit", "leichte-sprache", "gebaerdensprache")
SUMMARIES = {  # language: summaries of PAGES, in that order
    "en": (
        "What data the portal processes, which cookies it sets and what rights you have.",
        "What on this portal is not yet accessible, and how to report a barrier to us.",
        "Information about this portal in easy words.",
        "Information about this portal in German Sign Language.",
    ),
    "tr": (
        "Portalın hangi verileri işlediği, hangi çerezleri kullandığı ve haklarınız.",
        "Bu portalda henüz erişilebilir olmayanlar ve bir engeli bize nasıl bildireceğiniz.",
        "Bu portal hakkında kolay dilde bilgiler.",
        "Bu portal hakkında Alman İşaret Dili ile bilgiler.",
    ),
    "ar": (
        "ما البيانات التي تعالجها البوابة، وما ملفات الكوكيز التي تضعها، وما حقوقكم.",
        "ما الذي لم يصبح خاليًا من العوائق بعد في هذه البوابة، وكيف تبلغوننا عن عائق.",
        "معلومات عن هذه البوابة بلغة سهلة.",
        "معلومات عن هذه البوابة بلغة الإشارة الألمانية.",
    ),
    "uk": (
        "Які дані обробляє портал, які cookie він встановлює і які права ви маєте.",
        "Що на цьому порталі ще не доступне і як повідомити нам про бар'єр.",
        "Інформація про цей портал простою мовою.",
        "Інформація про цей портал німецькою жестовою мовою.",
    ),
    "ru": (
        "Какие данные обрабатывает портал, какие cookie он устанавливает и какие у вас права.",
        "Что на этом портале ещё не доступно и как сообщить нам о барьере.",
        "Информация об этом портале простым языком.",
        "Информация об этом портале на немецком жестовом языке.",
    ),
    "pl": (
        "Jakie dane przetwarza portal, jakie pliki cookie ustawia i jakie mają Państwo prawa.",
        "Co w tym portalu nie jest jeszcze dostępne i jak zgłosić nam barierę.",
        "Informacje o tym portalu w łatwym języku.",
        "Informacje o tym portalu w niemieckim języku migowym.",
    ),
    "ro": (
        "Ce date prelucrează portalul, ce cookie-uri setează și ce drepturi aveți.",
        "Ce nu este încă accesibil pe acest portal și cum ne semnalați o barieră.",
        "Informații despre acest portal în limbaj ușor.",
        "Informații despre acest portal în limbajul semnelor german.",
    ),
    "bg": (
        "Какви данни обработва порталът, какви бисквитки поставя и какви права имате.",
        "Какво в този портал още не е достъпно и как да ни съобщите за бариера.",
        "Информация за този портал на лесен език.",
        "Информация за този портал на немски жестов език.",
    ),
    "fa": (
        "پورتال چه داده‌هایی را پردازش می‌کند، از چه کوکی‌هایی استفاده می‌کند و چه حقوقی دارید.",
        "چه چیزهایی در این پورتال هنوز دسترس‌پذیر نیست و چگونه مانعی را به ما گزارش دهید.",
        "اطلاعاتی دربارهٔ این پورتال به زبان ساده.",
        "اطلاعاتی دربارهٔ این پورتال به زبان اشارهٔ آلمانی.",
    ),
}

TRANSLATIONS = by_language(
    __name__,
    {
        ("portal.editorialpage", slug): {language: {"summary": texts[index]} for language, texts in SUMMARIES.items()}
        for index, slug in enumerate(PAGES)
    },
)
