"""Polish demo translations of the topics, service pages, offices, the HSU page and embeds not yet in the table
beside this module (our own words)."""

from services.demo_translations.shared import hsu_language_names

TRANSLATIONS = {
    ("services.topic", "integrationszentrum"): {
        "title": "Miejskie Centrum Integracji i jego zadania",
        "summary": "Czym zajmuje się MIA-DO-KI: edukacja, doradztwo, sieci i międzykulturowe otwarcie miasta.",
        "body": (
            "<p>Od uchwały rady miasta z 2013 roku Miejskie Centrum Integracji (Kommunales Integrationszentrum) "
            "łączy pracę integracyjną Dortmundu. Współpracuje ze szkołami, przedszkolami, stowarzyszeniami i "
            "urzędem miasta.</p><h2>Zadania</h2><ul><li>Edukacja od przedszkola do zawodu, na przykład rozwój "
            "językowy</li><li>Doradztwo i orientacja dla nowo przybyłych</li><li>Sieci w dzielnicy i w "
            "społeczności miasta</li><li>Międzykulturowe otwarcie urzędu</li><li>Wsparcie finansowe "
            "stowarzyszeń i inicjatyw</li></ul><p>Podstawą jest Masterplan Migration/Integration – długofalowy "
            "plan miasta dotyczący migracji i integracji, który miasto rozwija od 2005 roku z wieloma "
            "partnerami.</p>"
        ),
    },
    ("services.topic", "gefluechtete"): {
        "title": "Uchodźcy w Dortmundzie: świadczenia urzędu ds. socjalnych",
        "summary": "Zakwaterowanie, pieniądze na życie i osoby kontaktowe dla uchodźców.",
        "body": (
            "<p>Dział ds. uchodźców w urzędzie ds. socjalnych (Sozialamt) jest właściwy, dopóki wniosek o azyl nie "
            "został rozpatrzony albo gdy ktoś ma tolerowany pobyt (Duldung). Pomaga w zakwaterowaniu i wypłaca "
            "świadczenia zgodnie z ustawą o świadczeniach dla osób ubiegających się o azyl.</p><p>Tutaj znajdą "
            "Państwo świadczenia i dane kontaktowe.</p>"
        ),
    },
    ("services.topic", "beratung"): {
        "title": "Doradztwo dla imigrantów, sąsiadów i wolontariuszy",
        "summary": "Kto jest nowy w Dortmundzie, chce pomagać albo ma pytanie o wspólne życie, otrzyma tu radę.",
        "body": (
            "<p>Doradztwo jest bezpłatne i poufne. Można przyjść samemu albo z zaufaną osobą. W razie potrzeby "
            "zapewniamy tłumacza.</p>"
        ),
    },
    ("services.topic", "hsu"): {
        "title": "Nauka języka ojczystego (HSU)",
        "summary": "Dobrowolna oferta dla wielojęzycznych dzieci: lekcje w języku rodziny.",
        "body": (
            "<p>Na lekcjach HSU dzieci z klas 1–10 uczą się czytać i pisać w języku swojej rodziny. Języki, szkoły "
            "i terminy znajdą Państwo w wyszukiwarce HSU.</p>"
        ),
    },
    ("services.topic", "neuzugewanderte"): {
        "title": "Uporządkowana pomoc dla nowo przybyłych",
        "summary": "Wsparcie dla nowo przybyłych, którzy mają kilka problemów naraz.",
        "body": (
            "<p>Mieszkanie, praca, szkoła, zdrowie: czasem wszystko przychodzi naraz. Wtedy pomaga uzgodnione "
            "wsparcie, w którym jedna stała osoba kontaktowa ma wszystko na oku i włącza odpowiednie instytucje.</p>"
        ),
    },
    ("services.topic", "netzwerke"): {
        "title": "Praca w sieciach i gremiach",
        "summary": "Razem osiągamy więcej: sieci i gremia na rzecz integracji i różnorodności w Dortmundzie.",
        "body": (
            "<p>MIA-DO-KI łączy ludzi z urzędu, stowarzyszeń, organizacji migrantów, szkół i organizacji "
            "dobroczynnych. W sieciach dzielnicowych i gremiach fachowych dzielą się doświadczeniami i uzgadniają "
            "swoje oferty.</p>"
        ),
    },
    ("services.topic", "sprachbildung"): {
        "title": "Rozwój językowy: Rucksack i Griffbereit",
        "summary": "Programy wspierające rodziców i dzieci, które dorastają z kilkoma językami.",
        "body": (
            "<p>Dzieci najlepiej uczą się niemieckiego, gdy wzmacniany jest także język ich rodziny. Na tym opierają "
            "się programy Griffbereit (dla rodzin z dziećmi do trzech lat) i Rucksack (w przedszkolu i szkole "
            "podstawowej).</p>"
        ),
    },
    ("services.topic", "foerderung"): {
        "title": "Dofinansowanie projektów integracyjnych",
        "summary": "Stowarzyszenia i inicjatywy zajmujące się integracją mogą wnioskować o dofinansowanie.",
        "body": (
            "<p>MIA-DO-KI przekazuje środki kraju związkowego i miasta organizacjom migrantów, stowarzyszeniom, "
            "parafiom, inicjatywom i organizacjom dobroczynnym. Aktualne nabory, terminy i dokumenty są w dziale "
            "„Dofinansowanie”.</p>"
        ),
    },
    ("services.topic", "interkulturelle-oeffnung"): {
        "title": "Koncepcja ramowa otwarcia międzykulturowego",
        "summary": "Jak urząd miasta otwiera się na wszystkich mieszkańców Dortmundu.",
        "body": (
            "<p>W 2008 roku rada przyjęła koncepcję ramową międzykulturowego otwarcia urzędu. Jej celem są "
            "zrozumiałe usługi, różnorodne zespoły i szkolenia dla pracowników.</p>"
        ),
    },
    ("services.service", "seiteneinstieg-schule"): {
        "title": "Miejsce w szkole dla nowo przybyłych dzieci",
        "summary": "Doradztwo dla rodzin i znalezienie miejsca w szkole dla dzieci, które są nowe w Dortmundzie.",
        "body": (
            "<p>Dzieci i młodzież, którzy niedawno przyjechali do Dortmundu, podlegają obowiązkowi szkolnemu. "
            "Doradzamy rodzinie, sprawdzamy poziom języka i znajdujemy odpowiednie miejsce w szkole.</p>"
        ),
    },
    ("services.service", "unterkunft-gefluechtete"): {
        "title": "Zakwaterowanie dla uchodźców",
        "summary": "Urząd ds. socjalnych zapewnia zakwaterowanie uchodźcom skierowanym do Dortmundu.",
        "body": (
            "<p>Po skierowaniu uchodźcy mieszkają najpierw w ośrodku przejściowym albo w mieszkaniu wynajętym przez "
            "miasto. Zespół pomaga też w przeprowadzce do własnego mieszkania.</p>"
        ),
    },
    ("services.service", "leistungen-asylblg"): {
        "title": "Pieniądze na życie (ustawa o świadczeniach dla osób ubiegających się o azyl)",
        "summary": "Świadczenia na jedzenie, ubranie, zdrowie i potrzeby osobiste.",
        "body": (
            "<p>Dopóki trwa postępowanie azylowe, urząd ds. socjalnych wypłaca świadczenia zgodnie z ustawą o "
            "świadczeniach dla osób ubiegających się o azyl (Asylbewerberleistungsgesetz). Obejmuje to także "
            "leczenie w razie choroby.</p>"
        ),
    },
    ("services.service", "nachbarschaft-ehrenamt"): {
        "title": "Doradztwo dla sąsiadów i wolontariuszy",
        "summary": "Dla wszystkich, którzy chcą się zaangażować albo mają pytania o wspólne życie w dzielnicy.",
        "body": (
            "<p>Chcą Państwo towarzyszyć nowo przybyłym, zostać czyimś opiekunem albo zorganizować festyn w "
            "dzielnicy? Pomagamy w kontaktach, szkoleniach i znalezieniu osób kontaktowych.</p>"
        ),
    },
    ("services.service", "hsu-anmeldung"): {
        "title": "Zapisy na naukę języka ojczystego (HSU)",
        "summary": "Tak rodzice zapisują dziecko na HSU na następny rok szkolny.",
        "body": (
            "<p>HSU jest dobrowolne i otwarte dla wszystkich uczniów, którzy już trochę znają język – niezależnie od "
            "obywatelstwa. Ocena jest wpisywana na świadectwo.</p>"
        ),
    },
    ("services.service", "fallbegleitung"): {
        "title": "Osobiste wsparcie dla nowo przybyłych",
        "summary": "Stała osoba kontaktowa przez kilka miesięcy wspiera rodziny, które mają kilka problemów.",
        "body": (
            "<p>Razem z Państwem ustalamy, co jest najpilniejsze: mieszkanie, miejsce w szkole, ubezpieczenie "
            "zdrowotne czy praca. Ustalamy cele i towarzyszymy Państwu podczas wizyt.</p>"
        ),
    },
    ("services.service", "netzwerke-mitwirken"): {
        "title": "Udział w sieciach",
        "summary": "Stowarzyszenia i inicjatywy mogą współpracować w sieciach dzielnicowych i fachowych.",
        "body": (
            "<p>Sieci spotykają się kilka razy w roku. Nowi członkowie są mile widziani; prosimy o kontakt, a "
            "zaprosimy Państwa na następne spotkanie.</p>"
        ),
    },
    ("services.service", "griffbereit"): {
        "title": "Griffbereit: grupy dla rodziców i dzieci",
        "summary": "Zabawa, śpiew i rozmowa – w języku rodziny i po niemiecku, dla dzieci do trzech lat.",
        "body": (
            "<p>Raz w tygodniu rodzice spotykają się z małymi dziećmi w grupie. Przeszkolona opiekunka pokazuje gry i "
            "piosenki, które wspierają rozwój mowy.</p>"
        ),
    },
    ("services.service", "rucksack"): {
        "title": "Rucksack: edukacja rodziców w przedszkolu i szkole podstawowej",
        "summary": "Rodzice uczą się, jak w domu wzmacniać języki dziecka w zgodzie z zajęciami.",
        "body": (
            "<p>W grupach Rucksack rodzice regularnie spotykają się w przedszkolu lub szkole podstawowej. Dostają "
            "materiały w swoim języku, dopasowane do tematów grupy lub klasy.</p>"
        ),
    },
    ("services.service", "foerderberatung"): {
        "title": "Doradztwo w sprawie dofinansowania",
        "summary": "Doradzamy stowarzyszeniom przed złożeniem wniosku: który program pasuje i jakie dokumenty są "
        "potrzebne.",
        "body": (
            "<p>Prosimy zadzwonić lub napisać do nas przed złożeniem wniosku. Aktualne nabory z terminami znajdą "
            "Państwo w dziale „Dofinansowanie”.</p>"
        ),
    },
    ("services.service", "interkulturelle-fortbildung"): {
        "title": "Szkolenia z otwarcia międzykulturowego",
        "summary": "Szkolenia i doradztwo dla urzędów i instytucji, które otwierają się międzykulturowo.",
        "body": (
            "<p>Wspieramy urzędy w tym, by informacje były zrozumiałe, by tworzyć różnorodne zespoły i pracować z "
            "tłumaczami.</p>"
        ),
    },
    ("services.office", "mia-do-ki"): {
        "name": "Kommunales Integrationszentrum (MIA-DO-KI)",
        "unit": "Miasto Dortmund – Kommunales Integrationszentrum",
        "access_note": "Winda na dziedzińcu",
    },
    ("services.office", "sozialamt-gefluechtete"): {
        "name": "Urząd ds. socjalnych – uchodźcy w Dortmundzie",
        "unit": "Urząd ds. socjalnych miasta Dortmund, dział ds. uchodźców",
        "hours_note": "Prosimy pobrać numerek z automatu przy wejściu.",
    },
    ("services.office", "schulamt-hsu"): {
        "name": "Urząd szkolny miasta Dortmund – HSU",
        "unit": "Urząd szkolny miasta Dortmund, nauka języka ojczystego",
        "access_note": "Trzy stopnie przy wejściu; doradztwo na parterze po uzgodnieniu",
    },
    ("services.office", "anlaufstelle-nordstadt"): {
        "name": "Punkt kontaktowy Nordstadt",
        "unit": "Kommunales Integrationszentrum, zespół ds. nowo przybyłych",
    },
    ("services.hsuinformation", "hsu"): {
        "title": "Nauka języka ojczystego (HSU)",
        "summary": "Wielojęzyczni uczniowie klas 1–10 uczą się języka swojej rodziny – dobrowolnie, bezpłatnie i z "
        "oceną na świadectwie.",
        "who_may_take_part": (
            "<p>Wszyscy uczniowie klas 1–10, którzy dorastają z innym językiem i znają go przynajmniej w "
            "podstawowym stopniu. Obywatelstwo nie ma znaczenia.</p><p>Lekcje odbywają się zwykle od trzech do "
            "pięciu godzin tygodniowo po południu, często w innej szkole. Na koniec klasy 10 można zdać egzamin "
            "językowy. Do utworzenia nowej grupy potrzeba około 15 dzieci.</p>"
        ),
        "how_to_register": (
            "<ol><li>Pobierz formularz zgłoszeniowy (poniżej, w kilku językach) albo weź go w szkole dziecka.</li>"
            "<li>Wypełnij go i oddaj w szkole dziecka.</li><li>Przed wakacjami letnimi urząd szkolny (Schulamt) "
            "poinformuje, gdzie i kiedy odbywają się lekcje.</li></ol>"
        ),
    },
    ("consent.embed", (("resource_id", "MiaDoKi2026"),)): {
        "title": "Film z wyjaśnieniem: jak zapisać dziecko na naukę języka ojczystego",
    },
    ("consent.embed", (("resource_id", "7.4590,51.5220,7.4710,51.5280"),)): {
        "title": "Mapa: gdzie jest punkt kontaktowy Nordstadt",
    },
    ("consent.embed", (("resource_id", "7.4600,51.5100,7.4720,51.5160"),)): {
        "title": "Mapa: gdzie jest Kommunales Integrationszentrum",
    },
    ("consent.embed", (("resource_id", "100000001"),)): {
        "title": "Film: wolontariusze opowiadają o swojej pracy w dzielnicy",
    },
}

# The HSU languages' names in Polish.
HSU_LANGUAGES = {
    "albanian": "Albański",
    "arabic": "Arabski",
    "bosnian": "Bośniacki",
    "bulgarian": "Bułgarski",
    "greek": "Grecki",
    "italian": "Włoski",
    "croatian": "Chorwacki",
    "kurdish": "Kurdyjski",
    "macedonian": "Macedoński",
    "persian": "Perski",
    "polish": "Polski",
    "portuguese": "Portugalski",
    "romanian": "Rumuński",
    "russian": "Rosyjski",
    "serbian": "Serbski",
    "spanish": "Hiszpański",
    "turkish": "Turecki",
    "ukrainian": "Ukraiński",
}

TRANSLATIONS.update(hsu_language_names(HSU_LANGUAGES))
