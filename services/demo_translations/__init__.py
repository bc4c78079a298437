"""Demo translations (our own words) of five service pages, the offices behind them, the HSU information page and
the titles of this app's consent-gated embeds. Keys: (model label, slug), or (model label, ((field, value), ...))
for items without a slug of their own.

Only fields whose German text exists and whose translation is still empty are filled
(``portal.translation_workflow.demo``).
"""

from portal.translation_workflow.demo import by_language, merge
from services.demo_translations.sections import SECTIONS

FREE = {"tr": "Ücretsiz", "uk": "Безкоштовно", "ru": "Бесплатно", "fa": "رایگان", "pl": "Bezpłatnie",
        "ro": "Gratuit", "bg": "Безплатно", "ar": "مجانًا"}  # fmt: skip

SERVICES = {
    ("services.service", "hsu-anmeldung"): {
        "tr": {
            "title": "Anadil dersine (HSU) kayıt",
            "summary": "Veliler çocuklarını gelecek okul yılı için HSU'ya böyle kaydettirir.",
            "body": (
                "<p>HSU isteğe bağlıdır ve dili biraz bilen tüm öğrencilere açıktır; vatandaşlık önemli değildir. "
                "Not, karneye yazılır.</p>"
            ),
            "process": (
                "<ol><li>Kayıt formunu doldurun</li><li>Çocuğunuzun okuluna teslim edin</li><li>Okul dairesi "
                "(Schulamt), dersin nerede ve ne zaman yapılacağını bildirir</li></ol>"
            ),
            "costs": FREE["tr"],
        },
        "uk": {
            "title": "Запис на уроки рідної мови (HSU)",
            "summary": "Як батьки записують дитину на HSU на наступний навчальний рік.",
            "body": (
                "<p>HSU є добровільним і відкритий для всіх учнів, які вже трохи знають мову, незалежно від "
                "громадянства. Оцінка зазначається в табелі.</p>"
            ),
            "process": (
                "<ol><li>Заповніть реєстраційну форму</li><li>Здайте її в школі вашої дитини</li><li>Шкільне "
                "управління (Schulamt) повідомить, де і коли відбуваються заняття</li></ol>"
            ),
            "costs": FREE["uk"],
        },
    },
    ("services.service", "migrationsberatung"): {
        "tr": {
            "title": "Göçmenler için danışmanlık",
            "summary": "İlk aylarda yön bulma: resmî daireler, dil kursları, iş ve boş zaman.",
            "body": (
                "<p>Hangi dairenin neden sorumlu olduğunu açıklıyor, formları doldurmaya yardım ediyor ve dil "
                "kurslarına, işe ve semtteki etkinliklere giden yolları gösteriyoruz.</p>"
            ),
            "costs": FREE["tr"],
        },
        "uk": {
            "title": "Консультації для іммігрантів",
            "summary": "Орієнтація в перші місяці: установи, мовні курси, робота і дозвілля.",
            "body": (
                "<p>Ми пояснюємо, яка установа за що відповідає, допомагаємо заповнювати формуляри та показуємо "
                "шлях до мовних курсів, роботи й заходів у районі.</p>"
            ),
            "costs": FREE["uk"],
        },
        "ru": {
            "title": "Консультации для иммигрантов",
            "summary": "Ориентация в первые месяцы: учреждения, языковые курсы, работа и досуг.",
            "body": (
                "<p>Мы объясняем, какое ведомство за что отвечает, помогаем заполнять формуляры и показываем путь "
                "к языковым курсам, работе и занятиям в районе.</p>"
            ),
            "costs": FREE["ru"],
        },
        "fa": {
            "title": "مشاوره برای مهاجران",
            "summary": "راهنمایی در نخستین ماه‌ها: ادارات، کلاس‌های زبان، کار و اوقات فراغت.",
            "body": (
                "<p>توضیح می‌دهیم کدام اداره مسئول چه کاری است، در پر کردن فرم‌ها کمک می‌کنیم و راه رسیدن به "
                "کلاس‌های زبان، کار و برنامه‌های محله را نشان می‌دهیم.</p>"
            ),
            "costs": FREE["fa"],
        },
        "pl": {
            "title": "Doradztwo dla imigrantów",
            "summary": "Orientacja w pierwszych miesiącach: urzędy, kursy językowe, praca i czas wolny.",
            "body": (
                "<p>Wyjaśniamy, który urząd za co odpowiada, pomagamy w wypełnianiu formularzy i pokazujemy drogę "
                "do kursów językowych, pracy i zajęć w dzielnicy.</p>"
            ),
            "costs": FREE["pl"],
        },
        "ro": {
            "title": "Consiliere pentru imigranți",
            "summary": "Orientare în primele luni: autorități, cursuri de limbă, muncă și timp liber.",
            "body": (
                "<p>Vă explicăm ce instituție de ce răspunde, vă ajutăm să completați formulare și vă arătăm drumul "
                "spre cursuri de limbă, muncă și activități din cartier.</p>"
            ),
            "costs": FREE["ro"],
        },
        "bg": {
            "title": "Консултации за имигранти",
            "summary": "Ориентиране през първите месеци: институции, езикови курсове, работа и свободно време.",
            "body": (
                "<p>Обясняваме коя институция за какво отговаря, помагаме при попълването на формуляри и показваме "
                "пътя към езикови курсове, работа и занимания в квартала.</p>"
            ),
            "costs": FREE["bg"],
        },
    },
    ("services.service", "leistungen-asylblg"): {
        "tr": {
            "title": "Geçim parası (Sığınmacılara Yardım Yasası)",
            "summary": "Yiyecek, giyim, sağlık ve kişisel ihtiyaçlar için yardımlar.",
            "body": (
                "<p>Sığınma süreci devam ettiği sürece sosyal yardım dairesi (Sozialamt), Sığınmacılara Yardım "
                "Yasası'na (Asylbewerberleistungsgesetz) göre ödeme yapar. Hastalık durumunda tedavi de buna "
                "dahildir.</p>"
            ),
            "process": (
                "<ol><li>Sosyal yardım dairesine başvurun</li><li>Belgelerinizi gösterin</li><li>Kararı bekleyin; "
                "ödeme her ay yapılır</li></ol>"
            ),
            "costs": FREE["tr"],
        },
        "uk": {
            "title": "Гроші на життя (Закон про допомогу шукачам притулку)",
            "summary": "Допомога на харчування, одяг, медичну допомогу та особисті потреби.",
            "body": (
                "<p>Поки триває процедура надання притулку, соціальне відомство (Sozialamt) виплачує допомогу "
                "згідно із Законом про допомогу шукачам притулку (Asylbewerberleistungsgesetz). До неї належить і "
                "лікування під час хвороби.</p>"
            ),
            "process": (
                "<ol><li>Подайте заяву в соціальному відомстві</li><li>Покажіть свої документи</li><li>Дочекайтеся "
                "рішення; виплати надходять щомісяця</li></ol>"
            ),
            "costs": FREE["uk"],
        },
        "ru": {
            "title": "Деньги на жизнь (Закон о пособиях для лиц, ищущих убежища)",
            "summary": "Пособия на питание, одежду, медицинскую помощь и личные нужды.",
            "body": (
                "<p>Пока идёт процедура предоставления убежища, социальное ведомство (Sozialamt) выплачивает "
                "пособия по Закону о пособиях для лиц, ищущих убежища (Asylbewerberleistungsgesetz). Сюда входит и "
                "лечение при болезни.</p>"
            ),
            "process": (
                "<ol><li>Подайте заявление в социальное ведомство</li><li>Предъявите документы</li><li>Дождитесь "
                "решения; выплаты поступают ежемесячно</li></ol>"
            ),
            "costs": FREE["ru"],
        },
    },
    ("services.service", "griffbereit"): {
        "tr": {
            "title": "Griffbereit: anne-baba ve çocuk grupları",
            "summary": "Oynamak, şarkı söylemek ve konuşmak – aile dilinde ve Almanca, üç yaşına kadar çocuklar için.",
            "body": (
                "<p>Anne babalar küçük çocuklarıyla haftada bir kez bir grupta buluşur. Eğitimli bir veli rehberi, "
                "dil gelişimini destekleyen oyunlar ve şarkılar gösterir.</p>"
            ),
            "costs": FREE["tr"],
        },
        "uk": {
            "title": "Griffbereit: групи для батьків і дітей",
            "summary": "Грати, співати й розмовляти – мовою сім'ї та німецькою, для дітей до трьох років.",
            "body": (
                "<p>Раз на тиждень батьки з малюками зустрічаються в групі. Підготовлена супровідниця для батьків "
                "показує ігри та пісні, що сприяють розвитку мовлення.</p>"
            ),
            "costs": FREE["uk"],
        },
    },
    ("services.service", "unterkunft-gefluechtete"): {
        "tr": {
            "title": "Mülteciler için konaklama",
            "summary": "Sosyal yardım dairesi, Dortmund'a yönlendirilen mültecileri barındırır.",
            "body": (
                "<p>Yönlendirmeden sonra mülteciler önce bir geçiş tesisinde ya da şehrin kiraladığı bir dairede "
                "yaşar. Ekip, kendi dairenize taşınırken de yardım eder.</p>"
            ),
            "prerequisites": "<p>Dortmund'a yönlendirilmiş olmak.</p>",
            "what_to_bring": (
                "<ul><li>Yönlendirme kararı (Zuweisungsbescheid)</li><li>Varış belgesi (Ankunftsnachweis) veya "
                "ikamet izni (Aufenthaltsgestattung)</li></ul>"
            ),
            "costs": "Konaklama için ücret alınabilir; geliri olmayan hiçbir şey ödemez.",
        },
        "uk": {
            "title": "Житло для біженців",
            "summary": "Соціальне відомство розміщує біженців, направлених до Дортмунда.",
            "body": (
                "<p>Після направлення біженці спочатку живуть у тимчасовому закладі або у квартирі, яку орендувало "
                "місто. Команда також допомагає з переїздом у власну квартиру.</p>"
            ),
            "prerequisites": "<p>Направлення до Дортмунда.</p>",
            "what_to_bring": (
                "<ul><li>Рішення про направлення (Zuweisungsbescheid)</li><li>Підтвердження прибуття "
                "(Ankunftsnachweis) або дозвіл на перебування (Aufenthaltsgestattung)</li></ul>"
            ),
            "costs": "За житло може стягуватися плата; хто не має доходу, нічого не платить.",
        },
    },
}

OFFICES = {
    ("services.office", "anlaufstelle-nordstadt"): {
        "tr": {"name": "Nordstadt danışma noktası", "unit": "Kommunales Integrationszentrum, yeni gelenler ekibi"},
        "uk": {"name": "Пункт звернення Нордштадт", "unit": "Kommunales Integrationszentrum, команда для новоприбулих"},
    },
    ("services.office", "mia-do-ki"): {
        "tr": {
            "name": "Kommunales Integrationszentrum (MIA-DO-KI)",
            "unit": "Dortmund Belediyesi – Kommunales Integrationszentrum",
            "access_note": "İç avluda asansör",
        },
        "ar": {"access_note": "مصعد في الفناء الداخلي"},
        "uk": {
            "name": "Kommunales Integrationszentrum (MIA-DO-KI)",
            "unit": "Місто Дортмунд – Kommunales Integrationszentrum",
            "access_note": "Ліфт у внутрішньому дворі",
        },
    },
    ("services.office", "schulamt-hsu"): {
        "tr": {
            "name": "Dortmund Şehri Okul Dairesi – HSU",
            "unit": "Dortmund Şehri Okul Dairesi, anadil dersi (HSU)",
            "access_note": "Girişte üç basamak; istek üzerine zemin katta danışmanlık",
        },
        "ar": {"access_note": "ثلاث درجات عند المدخل؛ الاستشارة في الطابق الأرضي بعد الاتفاق المسبق"},
        "uk": {
            "name": "Шкільне управління міста Дортмунд – HSU",
            "unit": "Шкільне управління міста Дортмунд, уроки рідної мови (HSU)",
            "access_note": "Три сходинки біля входу; консультація на першому поверсі за домовленістю",
        },
    },
    ("services.office", "sozialamt-gefluechtete"): {
        "tr": {
            "name": "Sosyal Yardım Dairesi – Dortmund'daki mülteciler",
            "unit": "Dortmund Belediyesi Sosyal Yardım Dairesi, mülteciler bölümü",
            "hours_note": "Lütfen giriş holündeki makineden bir sıra numarası alın.",
        },
        "ar": {"hours_note": "يُرجى سحب رقم انتظار من الجهاز في مدخل المبنى."},
        "uk": {
            "name": "Соціальне відомство – біженці в Дортмунді",
            "unit": "Соціальне відомство міста Дортмунд, відділ у справах біженців",
            "hours_note": "Будь ласка, візьміть номерок в автоматі у вестибюлі.",
        },
    },
}

HSU = {
    ("services.hsuinformation", "hsu"): {
        "uk": {
            "title": "Уроки рідної мови (HSU)",
            "summary": (
                "Багатомовні учні 1–10 класів вивчають мову своєї сім'ї – добровільно, безкоштовно й з оцінкою "
                "в табелі."
            ),
            "who_may_take_part": (
                "<p>Усі учні 1–10 класів, які ростуть з іншою мовою і мають принаймні базові знання її. "
                "Громадянство значення не має.</p><p>Заняття зазвичай тривають від трьох до п'яти уроків на тиждень "
                "після обіду, часто в іншій школі. Наприкінці 10 класу можна скласти мовний іспит. Для нової групи "
                "потрібно близько 15 дітей.</p>"
            ),
            "how_to_register": (
                "<ol><li>Завантажте реєстраційну форму (нижче, кількома мовами) або візьміть її в школі вашої "
                "дитини.</li><li>Заповніть і здайте її в школі вашої дитини.</li><li>Перед літніми канікулами "
                "шкільне управління повідомить, де і коли відбуваються заняття.</li></ol>"
            ),
        },
        "ru": {
            "title": "Уроки родного языка (HSU)",
            "summary": (
                "Многоязычные ученики 1–10 классов изучают язык своей семьи – добровольно, бесплатно и с оценкой "
                "в табеле."
            ),
            "who_may_take_part": (
                "<p>Все ученики 1–10 классов, которые растут с другим языком и хотя бы немного его знают. "
                "Гражданство значения не имеет.</p><p>Занятия обычно проходят три–пять уроков в неделю во второй "
                "половине дня, часто в другой школе. В конце 10 класса можно сдать языковой экзамен. Для новой "
                "группы нужно около 15 детей.</p>"
            ),
            "how_to_register": (
                "<ol><li>Скачайте регистрационную форму (ниже, на нескольких языках) или возьмите её в школе "
                "вашего ребёнка.</li><li>Заполните её и сдайте в школе вашего ребёнка.</li><li>До летних каникул "
                "школьное управление (Schulamt) сообщит, где и когда проходят занятия.</li></ol>"
            ),
        },
        "fa": {
            "title": "آموزش زبان مادری (HSU)",
            "summary": (
                "دانش‌آموزان چندزبانهٔ پایه‌های ۱ تا ۱۰ زبان خانوادهٔ خود را می‌آموزند؛ داوطلبانه، رایگان و با نمره "
                "در کارنامه."
            ),
            "who_may_take_part": (
                "<p>همهٔ دانش‌آموزان پایه‌های ۱ تا ۱۰ که با زبان دیگری بزرگ می‌شوند و دست‌کم آشنایی مقدماتی با آن "
                "دارند. ملیت اهمیتی ندارد.</p><p>کلاس‌ها معمولاً سه تا پنج جلسه در هفته و بعدازظهرها برگزار "
                "می‌شوند، اغلب در مدرسه‌ای دیگر. در پایان پایهٔ ۱۰ می‌توان امتحان زبان داد. برای تشکیل گروه جدید "
                "حدود ۱۵ کودک لازم است.</p>"
            ),
            "how_to_register": (
                "<ol><li>فرم ثبت‌نام را (پایین همین صفحه، به چند زبان) دانلود کنید یا از مدرسهٔ فرزندتان بگیرید."
                "</li><li>فرم پرشده را به مدرسهٔ فرزندتان تحویل دهید.</li><li>پیش از تعطیلات تابستانی، ادارهٔ "
                "آموزش‌وپرورش (Schulamt) اطلاع می‌دهد کلاس کجا و چه زمانی برگزار می‌شود.</li></ol>"
            ),
        },
    },
}

EMBEDS = {
    ("consent.embed", (("resource_id", "MiaDoKi2026"),)): {
        "tr": {"title": "Tanıtım videosu: Çocuğunuzu anadil dersine böyle kaydettirirsiniz"},
        "uk": {"title": "Відеопояснення: як записати дитину на уроки рідної мови"},
    },
    ("consent.embed", (("resource_id", "7.4590,51.5220,7.4710,51.5280"),)): {
        "tr": {"title": "Harita: Nordstadt danışma noktasının yeri"},
        "uk": {"title": "Карта: де знаходиться пункт звернення Нордштадт"},
    },
    ("consent.embed", (("resource_id", "7.4600,51.5100,7.4720,51.5160"),)): {
        "tr": {"title": "Harita: Kommunales Integrationszentrum'un yeri"},
        "uk": {"title": "Карта: де знаходиться Kommunales Integrationszentrum"},
    },
    ("consent.embed", (("resource_id", "100000001"),)): {
        "tr": {"title": "Video: Gönüllüler semtteki çalışmalarını anlatıyor"},
        "uk": {"title": "Відео: волонтери розповідають про свою роботу в районі"},
    },
}

# Other languages (and the rest of these items) in a module per language beside this one (``en.py``, ...).
# Every service whose German costs read "Kostenlos" says so in every language.
COSTS = {("services.service", (("costs_de", "Kostenlos"),)): {lang: {"costs": free} for lang, free in FREE.items()}}

# The sections of the service pages, closures and HSU class notes, every language side by side: ``sections.py``.
TRANSLATIONS = merge(by_language(__name__, {**SERVICES, **OFFICES, **HSU, **EMBEDS, **COSTS}), SECTIONS)

# The deliberately outdated translation: the German summary of this service was revised after the Turkish
# translation had been made (the record keeps the fingerprint of the older German text).
OUTDATED = {
    "item": ("services.service", "migrationsberatung"),
    "language": "tr",
    "older_german": {"summary": "Orientierung in den ersten Wochen: Ämter, Sprachkurse und Arbeit."},
}
