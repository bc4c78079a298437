"""Polish demo translations of the Masterplan (our own words)."""

from masterplan.demo_texts import sections
from masterplan.demo_translations.shared import translations

PHASES = {
    "auftrag-2005": (
        "Zlecenie",
        "Rada miasta postanawia opracować Masterplan Migration/Integration – długofalowy plan miasta o tym, jak "
        "ludzie, którzy się tu przeprowadzili, i ci, którzy się tu urodzili, mogą dobrze żyć razem. Integracja "
        "staje się w ten sposób osobną dziedziną działania miasta, która dotyczy także samego urzędu.",
    ),
    "leitbild-und-netzwerke": (
        "Zasady przewodnie i sieci",
        "Urząd i społeczeństwo obywatelskie wspólnie ustalają, co integracja ma oznaczać w Dortmundzie, piszą "
        "zasady przewodnie i tworzą sieci. W 2008 roku miasto przystępuje do Karty Różnorodności (Charta der "
        "Vielfalt) i przyjmuje koncepcję ramową międzykulturowego otwarcia urzędu.",
    ),
    "querschnittsaufgabe": (
        "Integracja jako zadanie wszystkich wydziałów",
        "Integracja staje się zadaniem wszystkich wydziałów. Pracę porządkują cztery strategiczne obszary: "
        "edukacja; praca i gospodarka; równowaga społeczna w dzielnicach; otwarte, międzynarodowe miasto.",
    ),
    "kommunales-integrationszentrum": (
        "Miejskie Centrum Integracji",
        "W 2013 roku rada postanawia utworzyć Kommunales Integrationszentrum Dortmund (MIA-DO-KI). W 2018 roku "
        "zapada decyzja o kontynuacji jego pracy.",
    ),
    "mehr-erreichen-mit-beteiligung": (
        "„Osiągnąć więcej. Razem.”",
        "Dortmund jest jedną z pięciu gmin modelowych projektu partycypacyjnego „Mehr erreichen. Mit Beteiligung. "
        "Kommunen der Offenen Gesellschaft” prowadzonego przez Initiative Offene Gesellschaft i More in Common. "
        "Przez rok miasto pyta młodych ludzi z historią migracji o ich drogę do kształcenia zawodowego i pracy.",
    ),
    "fortschreibung": (
        "Aktualizacja planu",
        "Plan jest dostosowywany do dzisiejszej migracji i dzisiejszych zadań. Uwzględnia wyniki projektu "
        "partycypacyjnego z 2023 roku.",
    ),
}

EVENTS = {
    "ratsbeschluss-2005": (
        "Uchwała rady w sprawie planu",
        "Rada zleca urzędowi opracowanie planu razem z mieszkańcami miasta.",
    ),
    "auftaktforum-2005": (
        "Forum otwierające",
        "Stowarzyszenia, organizacje migrantów i wydziały zbierają tematy do planu.",
    ),
    "werkstatt-leitbild-2006": (
        "Warsztat o zasadach przewodnich",
        "W grupach roboczych powstaje wspólne rozumienie integracji jako podstawa zasad.",
    ),
    "charta-der-vielfalt-2008": (
        "Przystąpienie do Karty Różnorodności",
        "Jako pracodawca miasto zobowiązuje się uznawać i wspierać różnorodność.",
    ),
    "beschluss-rahmenkonzept-2008": (
        "Uchwała o koncepcji ramowej otwarcia międzykulturowego",
        "Rada postanawia otworzyć urząd międzykulturowo według koncepcji ramowej.",
    ),
    "integrationsforum-2009": (
        "Forum integracyjne 2009",
        "Sieci przedstawiają pierwsze wyniki i uzgadniają kolejne kroki.",
    ),
    "werkstatt-handlungsfelder-2011": (
        "Warsztat o czterech obszarach działania",
        "Wydziały i organizacje przypisują swoje projekty do czterech obszarów strategicznych.",
    ),
    "integrationsforum-2012": (
        "Forum integracyjne 2012",
        "Podsumowanie wspólnej pracy wydziałów i zalecenia dla stałej struktury.",
    ),
    "ratsbeschluss-ki-2013": (
        "Utworzenie Miejskiego Centrum Integracji",
        "Rada postanawia utworzyć Kommunales Integrationszentrum Dortmund.",
    ),
    "fortfuehrung-2018": ("Kontynuacja pracy", "Rada postanawia, że centrum integracji kontynuuje swoją pracę."),
    "auftakt-2023": (
        "Start projektu partycypacyjnego",
        "Miasto, Initiative Offene Gesellschaft i More in Common przedstawiają cele i przebieg.",
    ),
    "befragung-2023": (
        "Ankieta wśród młodych mieszkańców Dortmundu",
        "Młodzi ludzie z historią migracji odpowiadają na pytania o naukę zawodu, pracę i przynależność.",
    ),
    "dialogwerkstaetten-2023": (
        "Warsztaty dialogu",
        "W małych grupach młodzi ludzie rozmawiają z firmami, szkołami i poradniami.",
    ),
    "ergebniskonferenz-2023": ("Konferencja wyników", "Wyniki są przedstawiane i wspólnie zamieniane w zalecenia."),
    "auftakt-fortschreibung-2024": (
        "Forum o aktualizacji",
        "Drogę do aktualizacji planu omawia się z mieszkańcami miasta.",
    ),
}

DOCUMENTS = {
    "ratsbeschluss-masterplan-2005": (
        "Uchwała rady w sprawie opracowania planu migracji i integracji",
        "Tą uchwałą integracja staje się osobną dziedziną działania miasta. Opisuje zadanie, uczestników i "
        "harmonogram prac.",
    ),
    "zwischenbericht-2007": (
        "Raport cząstkowy o planie",
        "Pierwszy raport o stanie prac grup roboczych. Zastąpił go raport z 2011 roku.",
    ),
    "leitbild-integration": (
        "Zasady przewodnie integracji miasta Dortmund",
        "Zasady opisują, jak miasto rozumie integrację, i wymieniają reguły, którymi chcą się kierować urząd i "
        "partnerzy.",
    ),
    "rahmenkonzept-interkulturelle-oeffnung": (
        "Koncepcja ramowa międzykulturowego otwarcia urzędu miasta",
        "Koncepcja ramowa ustala, jak urząd dostosowuje swoje usługi, personel i procedury do różnorodnej "
        "społeczności miasta.",
    ),
    "protokoll-integrationsforum-2009": (
        "Protokół forum integracyjnego 2009",
        "Protokół zapisuje sprawozdania sieci i uzgodnione kolejne kroki.",
    ),
    "bericht-handlungsfelder-2011": (
        "Integracja jako zadanie wszystkich wydziałów: cztery strategiczne obszary działania",
        "Raport dzieli pracę integracyjną miasta na cztery obszary i opisuje cele dla każdego z nich.",
    ),
    "ratsbeschluss-integrationszentrum-2013": (
        "Uchwała rady o utworzeniu Miejskiego Centrum Integracji",
        "Uchwała tworzy Kommunales Integrationszentrum Dortmund i opisuje jego zadania.",
    ),
    "beschluss-fortfuehrung-2018": (
        "Uchwała o kontynuacji pracy Miejskiego Centrum Integracji",
        "Rada potwierdza pracę centrum integracji i postanawia ją kontynuować.",
    ),
    "praesentation-auftakt-2023": (
        "Prezentacja na start projektu „Osiągnąć więcej. Razem.”",
        "Slajdy z wydarzenia otwierającego: cele, harmonogram i formy udziału w projekcie.",
    ),
    "beteiligungsbericht-2023": (
        "Raport z partycypacji 2023: młodzi ludzie, kształcenie zawodowe i praca",
        "Co młodzi mieszkańcy Dortmundu z historią migracji opowiedzieli o swojej drodze do nauki zawodu i pracy "
        "i jakie zalecenia z tego wynikają.",
    ),
}

BODIES = {
    "ratsbeschluss-masterplan-2005": sections(
        (
            "Uchwała",
            "Rada zleca urzędowi opracowanie planu migracji i integracji razem ze stowarzyszeniami, "
            "organizacjami migrantów i ekspertami.",
        ),
        (
            "Uzasadnienie",
            "Integracja nie powinna być dłużej pozostawiona przypadkowi. Ma stać się osobną "
            "dziedziną działania miasta, obejmującą także sam urząd.",
        ),
        ("Harmonogram", "Pierwszy raport ma zostać przedstawiony radzie w ciągu dwóch lat."),
    ),
    "leitbild-integration": sections(
        (
            "Nasze rozumienie",
            "Integracja jest procesem wzajemnym. Udaje się, gdy wszyscy mają równe szanse "
            "uczestniczenia w życiu miasta.",
        ),
        ("Zasady", "Uznajemy różnorodność, wspieramy uczestnictwo i przeciwstawiamy się dyskryminacji."),
        (
            "Odpowiedzialność",
            "Integracja jest zadaniem całej społeczności miasta: urzędu, polityki, stowarzyszeń i każdego człowieka.",
        ),
    ),
    "rahmenkonzept-interkulturelle-oeffnung": sections(
        (
            "Powód",
            "W Dortmundzie mieszkają ludzie z ponad 170 krajów pochodzenia. Każdy, kto przychodzi do urzędu, "
            "powinien otrzymać równie dobrą poradę – niezależnie od pochodzenia, języka i religii.",
            "Dlatego rada postanowiła planowo otworzyć urząd międzykulturowo. Ta koncepcja ramowa opisuje, co to "
            "znaczy i jak jest realizowane.",
        ),
        (
            "Cele",
            "Usługi miasta docierają do wszystkich mieszkańców. Pracownicy odzwierciedlają różnorodność "
            "miasta. Procedury i formularze są zrozumiałe.",
            "Cele obowiązują każdy wydział; każdy określa własne, sprawdzalne kroki.",
        ),
        (
            "Pojęcia",
            "Otwarcie międzykulturowe oznacza proces zmian całej organizacji, a nie pojedynczy projekt. "
            "Różnorodność obejmuje pochodzenie, język, religię i światopogląd.",
        ),
        (
            "Dostęp do usług",
            "Informacje są podawane prostym językiem i w najczęściej używanych językach miasta. W "
            "razie potrzeby korzysta się z tłumaczy.",
            "Poczekalnie, oznaczenia i strony internetowe są projektowane tak, by każdy mógł się w nich odnaleźć.",
        ),
        (
            "- Pośrednictwo językowe",
            "Przy rozmowach o poważnych skutkach zapewnia się wykwalifikowanego tłumacza. "
            "Dzieci nie pełnią roli tłumaczy.",
        ),
        ("- Informacje pisemne", "Do decyzji urzędowych dołącza się krótkie wyjaśnienia zrozumiałym językiem."),
        (
            "Personel",
            "Miasto celowo zabiega o praktykantów i pracowników z historią migracji. W ogłoszeniach o "
            "pracy znajomość kilku języków jest wymieniana jako atut.",
            "Procedury rekrutacyjne są sprawdzane pod kątem tego, czy niezamierzenie nie stawiają kogoś w gorszej "
            "sytuacji.",
        ),
        (
            "Szkolenia",
            "Wszyscy kierownicy i pracownicy obsługujący klientów uczestniczą w szkoleniach z "
            "kompetencji międzykulturowych. Szkolenia są opracowywane razem z organizacjami migrantów.",
        ),
        (
            "Organizacja i procedury",
            "Każdy wydział wyznacza osobę kontaktową ds. otwarcia międzykulturowego. Te "
            "osoby regularnie wymieniają się doświadczeniami w sieci.",
        ),
        (
            "Współpraca ze społecznością miasta",
            "Organizacje migrantów, organizacje dobroczynne i wspólnoty "
            "religijne są partnerami we wdrażaniu. Są włączane wcześnie, a ich uwagi są uwzględniane.",
        ),
        (
            "Skargi i sugestie",
            "Kto czuje się pokrzywdzony, może zwrócić się do niezależnej instytucji. Na każdą "
            "skargę udziela się odpowiedzi i jest ona analizowana.",
        ),
        (
            "Wdrażanie krok po kroku",
            "Koncepcja jest wdrażana w trzech etapach: inwentaryzacja, planowanie działań "
            "w każdym wydziale i ocena po dwóch latach.",
        ),
        (
            "Ocena i sprawozdanie",
            "Zarząd urzędu co dwa lata składa radzie sprawozdanie. Wskaźnikami są m.in. "
            "odsetek pracowników z historią migracji i udział w szkoleniach.",
        ),
        (
            "Perspektywy",
            "Otwarcie międzykulturowe jest zadaniem stałym. Koncepcja ramowa będzie aktualizowana, gdy "
            "społeczność miasta się zmieni.",
        ),
        intro="Tę koncepcję ramową przyjęła rada miasta Dortmund w październiku 2008 roku.",
    ),
    "beteiligungsbericht-2023": sections(
        (
            "O co chodziło",
            "W 2023 roku Dortmund był jedną z pięciu gmin modelowych projektu „Mehr erreichen. Mit "
            "Beteiligung. Kommunen der Offenen Gesellschaft”. Miasto chciało wiedzieć, jak młodzi ludzie z historią "
            "migracji przeżywają swoją drogę do kształcenia zawodowego i pracy.",
        ),
        (
            "Partnerzy",
            "Projekt prowadzono razem z Initiative Offene Gesellschaft i More in Common. Na miejscu "
            "współpracowały szkoły, firmy, poradnie i stowarzyszenia.",
        ),
        (
            "Jak pracowaliśmy",
            "Po ankiecie wiosną odbyły się warsztaty dialogu w dzielnicach i konferencja wyników w listopadzie.",
            '<table><thead><tr><th scope="col">Krok</th><th scope="col">Okres</th><th scope="col">Uczestnicy</th>'
            "</tr></thead><tbody><tr><td>Start</td><td>luty 2023</td><td>miasto, partnerzy projektu, organizacje"
            "</td></tr><tr><td>Ankieta</td><td>kwiecień–maj 2023</td><td>młodzi ludzie w wieku 16–27 lat</td></tr>"
            "<tr><td>Warsztaty dialogu</td><td>czerwiec–wrzesień 2023</td><td>młodzi ludzie, firmy, szkoły</td></tr>"
            "<tr><td>Konferencja wyników</td><td>listopad 2023</td><td>wszyscy uczestnicy, politycy, urząd</td></tr>"
            "</tbody></table>",
        ),
        (
            "Kto wziął udział",
            "Młodzi ludzie w wieku od 16 do 27 lat ze wszystkich dwunastu dzielnic. Wielu "
            "dorastało w Dortmundzie, inni przyjechali dopiero kilka lat temu.",
        ),
        (
            "Po szkole",
            "Wielu mówi, że o zawodach z nauką w zakładzie dowiedzieli się za późno i za mało. Praktyki "
            "często znajdowali przez rodzinę i znajomych.",
        ),
        (
            "- Co pomogło",
            "Jako pomocne młodzi wymieniają osobiste osoby kontaktowe, które towarzyszą im przez dłuższy czas.",
        ),
        (
            "Aplikacje i rekrutacja",
            "Kilku uczestników doświadczyło, że ich nazwisko lub wygląd miały znaczenie "
            "podczas rekrutacji. Wyraźnie postulowano anonimowe pierwsze aplikacje.",
        ),
        (
            "Język i dyplomy",
            "Firmy rzadko widzą wielojęzyczność jako mocną stronę. Kto zdobył dyplom za granicą, "
            "często długo czeka na jego uznanie.",
        ),
        (
            "Doradztwo",
            "Wielu nie zna ofert doradczych. Pożądane są informacje w mediach społecznościowych, w kilku "
            "językach i w miejscach, do których młodzi i tak chodzą.",
        ),
        (
            "Przynależność",
            "Większość czuje się mieszkańcami Dortmundu. Doświadczenia wykluczenia wyraźnie osłabiają "
            "jednak to poczucie.",
        ),
        (
            "Zalecenia",
            "Z wyników wynika pięć zaleceń: wczesna orientacja zawodowa, stałe osoby wspierające, "
            "uczciwa rekrutacja, szybsze uznawanie dyplomów i doradztwo tam, gdzie są młodzi.",
        ),
        (
            "Co dalej",
            "<p>Zalecenia zostaną uwzględnione w aktualizacji planu. O postępach informuje strona planu: "
            '<a href="https://integration.example.org/pl/masterplan/">Plan online</a>.</p>',
        ),
        (
            "Podziękowania",
            "Dziękujemy wszystkim młodym ludziom, którzy podzielili się swoimi doświadczeniami, i "
            "wszystkim partnerom w mieście.",
        ),
        intro="Ten raport podsumowuje wyniki roku partycypacji 2023.",
    ),
}

TRANSLATIONS = translations(
    phases=PHASES, events=EVENTS, documents=DOCUMENTS, bodies=BODIES,
    embed="Wpis na Mastodonie: zaproszenie do dyskusji o otwarciu międzykulturowym",
)  # fmt: skip
