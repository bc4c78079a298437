"""Demo translations (our own words) of the funding overview: programmes, calls and building blocks.

Keys: (model label, slug), or (model label, ((field, value), ...)) for building blocks and call documents.
Only fields whose German text exists and whose translation is still empty are filled
(``portal.translation_workflow.demo``).
"""

from funding.demo_translations import contacts, shared
from funding.demo_translations.shared import call_key, document_key, with_year
from portal.translation_workflow.demo import by_language, merge

CALL_DESCRIPTION = {
    "tr": (
        "<p>Kommunales Integrationszentrum bu çağrıyla insanları bir araya getiren ve gönüllüleri güçlendiren "
        "projelere destek verir. Başvurmadan önce lütfen programla ilgili açıklamaları okuyun.</p>"
    ),
    "ar": (
        "<p>من خلال هذه الدعوة يقدّم المركز البلدي للاندماج أموالًا لمشاريع تجمع الناس وتقوّي المتطوعين. "
        "يُرجى قراءة الملاحظات الخاصة بالبرنامج قبل تقديم الطلب.</p>"
    ),
    "uk": (
        "<p>Цим конкурсом Kommunales Integrationszentrum надає кошти на проєкти, які об'єднують людей і зміцнюють "
        "волонтерів. Будь ласка, перш ніж подавати заявку, прочитайте пояснення до програми.</p>"
    ),
}
CALL_HOW_TO_APPLY = {
    "tr": (
        "<p>Başvuru formunu ve maliyet ve finansman planını doldurun ve ikisini de e-postayla "
        "foerderung@example.org adresine gönderin. Bir onay alacaksınız.</p>"
    ),
    "ar": (
        "<p>املؤوا استمارة الطلب وخطة التكاليف والتمويل وأرسلوهما عبر البريد الإلكتروني إلى "
        '<a href="mailto:foerderung@example.org" dir="ltr">foerderung@example.org</a>. ستصلكم رسالة تأكيد.</p>'
    ),
    "uk": (
        "<p>Заповніть форму заявки та план витрат і фінансування й надішліть обидва документи електронною поштою "
        "на foerderung@example.org. Ви отримаєте підтвердження.</p>"
    ),
}

SMALL_GRANT_SUMMARY = {
    "tr": "Küçük gönüllü etkinlikleri için kısa bir formla 500 avroluk götürü tutar.",
    "ar": "مبلغ مقطوع قدره 500 يورو للأنشطة التطوعية الصغيرة، باستمارة قصيرة.",
    "uk": "Паушальна сума 500 євро на невеликі волонтерські заходи, з короткою формою.",
}
FUND_SUMMARY = {
    "tr": "Bir semtteki insanları bir araya getiren mahalle projeleri için 5.000 avroya kadar.",
    "ar": "حتى 5000 يورو لمشاريع الجوار التي تجمع سكان الحي.",
    "uk": "До 5 000 євро на сусідські проєкти, що об'єднують людей у районі.",
}


def _call(titles, summaries):
    return {
        lang: {
            "title": titles[lang],
            "summary": summaries[lang],
            "description": CALL_DESCRIPTION[lang],
            "how_to_apply": CALL_HOW_TO_APPLY[lang],
        }
        for lang in ("tr", "ar", "uk")
    }


PROGRAMMES = {
    ("funding.programme", "integrationsfonds-dortmund"): {
        "tr": {
            "name": "Dortmund Entegrasyon Fonu",
            "summary": "Şehrin semtlerinde birlikte yaşamı güçlendiren projeler için belediye desteği.",
            "purpose": (
                "<p>Fon, göçmen kökenli olan ve olmayan insanları bir araya getiren küçük ve orta ölçekli projeleri "
                "destekler: mahalle etkinlikleri, dil kafeleri, velilerle çalışma, semtte spor ve kültür.</p>"
            ),
            "eligible_applicants": "<p>Dortmund merkezli, kâr amacı gütmeyen kuruluşlar.</p>",
            "amounts": "<p>Proje başına 5.000 avroya kadar; yüzde onluk bir öz katkı memnuniyetle karşılanır.</p>",
        },
        "ar": {
            "name": "صندوق الاندماج في دورتموند",
            "summary": "أموال بلدية لمشاريع تعزّز العيش المشترك في أحياء المدينة.",
            "purpose": (
                "<p>يدعم الصندوق المشاريع الصغيرة والمتوسطة التي تجمع بين أشخاص من أصول مهاجرة وغيرهم: أنشطة الجوار، "
                "ومقاهي اللغة، والعمل مع الأهالي، والرياضة والثقافة في الحي.</p>"
            ),
            "eligible_applicants": "<p>المنظمات غير الربحية التي يقع مقرها في دورتموند.</p>",
            "amounts": "<p>حتى 5000 يورو لكل مشروع؛ ويُرحَّب بمساهمة ذاتية قدرها عشرة في المئة.</p>",
        },
        "uk": {
            "name": "Інтеграційний фонд Дортмунда",
            "summary": "Муніципальні кошти на проєкти, що зміцнюють спільне життя в районах міста.",
            "purpose": (
                "<p>Фонд підтримує малі та середні проєкти, які об'єднують людей із міграційною історією та без неї: "
                "сусідські заходи, мовні кафе, роботу з батьками, спорт і культуру в районі.</p>"
            ),
            "eligible_applicants": "<p>Неприбуткові організації з осідком у Дортмунді.</p>",
            "amounts": "<p>До 5 000 євро на проєкт; власний внесок у розмірі десяти відсотків вітається.</p>",
        },
    },
    ("funding.programme", "komm-an-nrw-teil-2"): {
        "tr": {
            "name": "KOMM-AN NRW, II. bölüm",
            "summary": (
                "Yeni gelenleri karşılayan ve gönüllülüğü güçlendiren dernek ve girişimler için eyalet desteği. "
                "Dortmund'da bu desteği Kommunales Integrationszentrum dağıtır."
            ),
            "purpose": (
                "<p>Kuzey Ren-Vestfalya eyaleti KOMM-AN NRW ile mültecilerle ve yeni gelmiş insanlarla yapılan yerel "
                "çalışmayı destekler. Dortmund bunun için her yıl yaklaşık 216.000 avro alır. Bu para buluşma "
                "yerlerini, bir araya gelmeyi, bilgilendirmeyi ve gönüllülere desteği finanse eder.</p>"
            ),
            "eligible_applicants": (
                "<p>Dortmund'da merkezi bulunan ya da Dortmund'da faaliyet gösteren göçmen örgütleri, dernekler, "
                "kilise cemaatleri, girişimler ve refah kuruluşları.</p>"
            ),
            "amounts": (
                "<p>Yapı taşına göre götürü ya da sabit tutarlar; öz katkı gerekmez. Proje bittikten sonra basit bir "
                "kullanım belgesi sunulur.</p>"
            ),
        },
        "ar": {
            "name": "KOMM-AN NRW، الجزء الثاني",
            "summary": (
                "أموال من الولاية للجمعيات والمبادرات التي تستقبل القادمين الجدد وتعزّز العمل التطوعي. في دورتموند "
                "يتولى المركز البلدي للاندماج توزيعها."
            ),
            "purpose": (
                "<p>تدعم ولاية شمال الراين-وستفاليا من خلال برنامج KOMM-AN NRW العمل المحلي مع اللاجئين والقادمين "
                "الجدد. وتحصل دورتموند على نحو 216000 يورو سنويًا لهذا الغرض. وتُموَّل بهذه الأموال أماكن اللقاء "
                "واللقاءات والمعلومات ودعم المتطوعين.</p>"
            ),
            "eligible_applicants": (
                "<p>منظمات المهاجرين والجمعيات والرعايا الكنسية والمبادرات ومنظمات الرعاية الاجتماعية التي يقع "
                "مقرها في دورتموند أو تنشط فيها.</p>"
            ),
            "amounts": (
                "<p>مبالغ مقطوعة أو ثابتة بحسب حجر البناء؛ ولا يلزم تقديم مساهمة ذاتية. بعد انتهاء المشروع يُقدَّم "
                "إثبات بسيط لاستخدام الأموال.</p>"
            ),
        },
        "uk": {
            "name": "KOMM-AN NRW, частина II",
            "summary": (
                "Кошти федеральної землі для об'єднань та ініціатив, які приймають новоприбулих і зміцнюють "
                "волонтерство. У Дортмунді їх розподіляє Kommunales Integrationszentrum."
            ),
            "purpose": (
                "<p>Через програму KOMM-AN NRW земля Північний Рейн – Вестфалія підтримує місцеву роботу з біженцями "
                "та новоприбулими. Дортмунд щороку отримує на це близько 216 000 євро. З цих коштів оплачуються "
                "місця зустрічей, спільні заходи, інформування та підтримка волонтерів.</p>"
            ),
            "eligible_applicants": (
                "<p>Організації мігрантів, об'єднання, церковні громади, ініціативи та добродійні організації, які "
                "мають осідок або працюють у Дортмунді.</p>"
            ),
            "amounts": (
                "<p>Паушальні або фіксовані суми залежно від будівельного блоку; власний внесок не потрібен. Після "
                "завершення проєкту подається простий звіт про використання коштів.</p>"
            ),
        },
    },
    ("funding.programme", "kleinstfoerderung-ehrenamt"): {
        "tr": {
            "name": "Gönüllü projeleri için küçük destek",
            "summary": "Gönüllülerin yürüttüğü küçük projeler için uzun bir başvuru olmadan hızlı götürü tutarlar.",
            "purpose": (
                "<p>Küçük gönüllü etkinlikleri için malzeme, yol, yiyecek veya salon kirası; örneğin bir mahalle "
                "kahvaltısı ya da ödev yardımı.</p>"
            ),
            "eligible_applicants": "<p>Dernekler ve girişimler; ev sahibi bir kuruluşu olan gayriresmî gruplar da.</p>",
            "amounts": "<p>Proje başına 500 avro götürü tutar.</p>",
        },
        "ar": {
            "name": "منح صغيرة لمشاريع المتطوعين",
            "summary": "مبالغ مقطوعة سريعة للمشاريع الصغيرة التي ينفذها متطوعون، دون طلب طويل.",
            "purpose": (
                "<p>لتغطية المواد والتنقل والطعام أو استئجار القاعات لأنشطة تطوعية صغيرة، مثل فطور للجيران أو "
                "المساعدة في الواجبات المدرسية.</p>"
            ),
            "eligible_applicants": "<p>الجمعيات والمبادرات، وكذلك المجموعات غير الرسمية التي تحتضنها منظمة مضيفة.</p>",
            "amounts": "<p>مبلغ مقطوع قدره 500 يورو لكل مشروع.</p>",
        },
        "uk": {
            "name": "Малі гранти для волонтерських проєктів",
            "summary": "Швидкі паушальні суми для невеликих проєктів волонтерів, без довгої заявки.",
            "purpose": (
                "<p>На матеріали, проїзд, харчування чи оренду приміщення для невеликих волонтерських заходів, "
                "наприклад сусідського сніданку або допомоги з домашніми завданнями.</p>"
            ),
            "eligible_applicants": (
                "<p>Об'єднання та ініціативи, а також неформальні групи з приймаючою організацією.</p>"
            ),
            "amounts": "<p>Паушальна сума 500 євро на проєкт.</p>",
        },
    },
}

CALLS = {
    call_key("small-first"): _call(
        {"tr": "Küçük destek: ilk tur", "ar": "المنح الصغيرة: الجولة الأولى", "uk": "Малі гранти: перший раунд"},
        SMALL_GRANT_SUMMARY,
    ),
    call_key("small-next"): _call(
        {
            "tr": "Küçük destek: sonraki tur",
            "ar": "المنح الصغيرة: الجولة التالية",
            "uk": "Малі гранти: наступний раунд",
        },
        SMALL_GRANT_SUMMARY,
    ),
    call_key("fund-spring"): _call(
        {
            "tr": "Entegrasyon fonu: bahar turu",
            "ar": "صندوق الاندماج: جولة الربيع",
            "uk": "Інтеграційний фонд: весняний раунд",
        },
        FUND_SUMMARY,
    ),
    call_key("fund-autumn"): _call(
        {
            "tr": "Entegrasyon fonu: sonbahar turu",
            "ar": "صندوق الاندماج: جولة الخريف",
            "uk": "Інтеграційний фонд: осінній раунд",
        },
        FUND_SUMMARY,
    ),
    call_key("komm-an"): _call(
        {
            "tr": with_year("KOMM-AN NRW {year}: II. bölüm için çağrı"),
            "ar": with_year("KOMM-AN NRW {year}: دعوة للجزء الثاني"),
            "uk": with_year("KOMM-AN NRW {year}: конкурс за частиною II"),
        },
        {
            "tr": (
                "Gelecek yıl için buluşma yerleri, bir araya gelme, bilgilendirme ve gönüllülük başvuruları; "
                "A'dan D'ye yapı taşları."
            ),
            "ar": "طلبات لأماكن اللقاء واللقاءات والمعلومات والعمل التطوعي للعام المقبل، أحجار البناء من A إلى D.",
            "uk": (
                "Заявки на місця зустрічей, спільні заходи, інформування та волонтерство на наступний рік, "
                "будівельні блоки від A до D."
            ),
        },
    ),
}

BLOCKS = {
    ("funding.buildingblock", (("programme__slug", "komm-an-nrw-teil-2"), ("code", "A"))): {
        "en": {"description": "Rent and equipment for meeting points, including digital volunteering."},
        "tr": {
            "title": "Mekânlar, donanım ve işletme giderleri",
            "description": "Buluşma yerlerinin kirası ve donanımı; dijital gönüllülük için de.",
        },
        "ar": {
            "title": "الأماكن والتجهيزات والتكاليف الجارية",
            "description": "إيجار أماكن اللقاء وتجهيزها، بما في ذلك العمل التطوعي الرقمي.",
        },
        "uk": {
            "title": "Приміщення, обладнання та поточні витрати",
            "description": "Оренда та облаштування місць зустрічей, зокрема для цифрового волонтерства.",
        },
    },
    ("funding.buildingblock", (("programme__slug", "komm-an-nrw-teil-2"), ("code", "B"))): {
        "en": {"description": "Festivals, outings, discussion groups and offers that help people settle in."},
        "tr": {
            "title": "Bir araya gelme ve yön bulma",
            "description": "Şenlikler, geziler, sohbet grupları ve yeni gelenlerin alışmasına yardım eden etkinlikler.",
        },
        "ar": {"title": "اللقاء والتوجيه", "description": "احتفالات ورحلات وحلقات نقاش وأنشطة تساعد على الاستقرار."},
        "uk": {
            "title": "Зустрічі та орієнтація",
            "description": "Свята, екскурсії, розмовні клуби та заходи, що допомагають освоїтися.",
        },
    },
    ("funding.buildingblock", (("programme__slug", "komm-an-nrw-teil-2"), ("code", "C"))): {
        "en": {"description": "Information evenings, material in several languages, campaigns to win new volunteers."},
        "tr": {
            "title": "Bilgilendirme ve gönüllü kazanma",
            "description": "Bilgilendirme akşamları, birçok dilde materyal, yeni gönüllü kazanmak için etkinlikler.",
        },
        "ar": {
            "title": "المعلومات واستقطاب المتطوعين",
            "description": "أمسيات إعلامية ومواد بعدة لغات وحملات لاستقطاب متطوعين جدد.",
        },
        "uk": {
            "title": "Інформування та залучення волонтерів",
            "description": "Інформаційні вечори, матеріали кількома мовами, акції для залучення нових волонтерів.",
        },
    },
    ("funding.buildingblock", (("programme__slug", "komm-an-nrw-teil-2"), ("code", "D"))): {
        "en": {"description": "Training, supervision and exchange meetings for volunteers."},
        "tr": {
            "title": "Gönüllülerin eğitimi ve desteklenmesi",
            "description": "Gönüllüler için eğitimler, süpervizyon ve deneyim paylaşımı toplantıları.",
        },
        "ar": {
            "title": "تأهيل المتطوعين ومرافقتهم",
            "description": "دورات تدريبية وإشراف ولقاءات لتبادل الخبرات للمتطوعين.",
        },
        "uk": {
            "title": "Навчання та супровід волонтерів",
            "description": "Тренінги, супервізія та зустрічі для обміну досвідом для волонтерів.",
        },
    },
}

DOCUMENT_TITLES = {
    "application": {"tr": "Başvuru formu", "ar": "استمارة الطلب", "uk": "Форма заявки"},
    "financing_plan": {
        "tr": "Maliyet ve finansman planı",
        "ar": "خطة التكاليف والتمويل",
        "uk": "План витрат і фінансування",
    },
}
DOCUMENTS = {
    document_key(call, kind): {lang: {"title": title} for lang, title in titles.items()}
    for call in shared.CALLS
    for kind, titles in DOCUMENT_TITLES.items()
}

# Turkish, Arabic and Ukrainian above; every other language in its own module beside this one (``en.py``, ...).
TRANSLATIONS = by_language(__name__, {**PROGRAMMES, **CALLS, **BLOCKS, **DOCUMENTS})
merge(TRANSLATIONS, contacts.TRANSLATIONS)  # the programmes' funder and contact team: contacts.py
