"""Polish demo translations of the funding demo (our own words; names of associations and districts stay as
registered)."""

from funding.demo_translations.shared import block_key, calls, documents, projects, with_year

PROGRAMMES = {
    ("funding.programme", "komm-an-nrw-teil-2"): {
        "name": "KOMM-AN NRW, część II",
        "summary": "Środki kraju związkowego dla stowarzyszeń i inicjatyw, które przyjmują nowo przybyłych i "
        "wzmacniają wolontariat. W Dortmundzie rozdziela je Kommunales Integrationszentrum.",
        "purpose": (
            "<p>Przez program KOMM-AN NRW kraj Nadrenia Północna-Westfalia wspiera lokalną pracę z uchodźcami i nowo "
            "przybyłymi. Dortmund otrzymuje na to co roku około 216 000 euro. Z tych środków finansowane są "
            "miejsca spotkań, wspólne wydarzenia, informacja i wsparcie wolontariuszy.</p>"
        ),
        "eligible_applicants": (
            "<p>Organizacje migrantów, stowarzyszenia, parafie, inicjatywy i organizacje dobroczynne z siedzibą lub "
            "działalnością w Dortmundzie.</p>"
        ),
        "amounts": (
            "<p>Ryczałty lub stałe kwoty zależnie od modułu; wkład własny nie jest potrzebny. Po zakończeniu "
            "projektu składa się proste rozliczenie wykorzystania środków.</p>"
        ),
    },
    ("funding.programme", "integrationsfonds-dortmund"): {
        "name": "Fundusz Integracyjny miasta Dortmund",
        "summary": "Miejskie środki na projekty, które wzmacniają wspólne życie w dzielnicach miasta.",
        "purpose": (
            "<p>Fundusz wspiera małe i średnie projekty, które łączą ludzi z historią migracji i bez niej: akcje "
            "sąsiedzkie, kawiarenki językowe, pracę z rodzicami, sport i kulturę w dzielnicy.</p>"
        ),
        "eligible_applicants": "<p>Organizacje non-profit z siedzibą w Dortmundzie.</p>",
        "amounts": "<p>Do 5000 euro na projekt; mile widziany wkład własny w wysokości dziesięciu procent.</p>",
    },
    ("funding.programme", "kleinstfoerderung-ehrenamt"): {
        "name": "Mikrogranty na projekty wolontariackie",
        "summary": "Szybkie ryczałty na małe projekty wolontariuszy, bez długiego wniosku.",
        "purpose": (
            "<p>Na materiały, dojazdy, poczęstunek lub wynajem sali przy małych akcjach wolontariackich, na przykład "
            "śniadaniu sąsiedzkim albo pomocy w odrabianiu lekcji.</p>"
        ),
        "eligible_applicants": (
            "<p>Stowarzyszenia i inicjatywy, także nieformalne grupy z organizacją przyjmującą.</p>"
        ),
        "amounts": "<p>Ryczałt 500 euro na projekt.</p>",
    },
}

CALLS = calls(
    {
        "komm-an": with_year("KOMM-AN NRW {year}: nabór w części II"),
        "fund-autumn": "Fundusz Integracyjny: runda jesienna",
        "fund-spring": "Fundusz Integracyjny: runda wiosenna",
        "small-next": "Mikrogranty: następna runda",
        "small-first": "Mikrogranty: pierwsza runda",
    },
    {
        "komm": "Wnioski na miejsca spotkań, spotkania, informację i wolontariat w przyszłym roku, moduły A–D.",
        "fund": "Do 5000 euro na projekty sąsiedzkie, które łączą ludzi w dzielnicy.",
        "small": "Ryczałt 500 euro na małe akcje wolontariuszy – z krótkim formularzem.",
    },
    "<p>W tym naborze Kommunales Integrationszentrum przyznaje środki na projekty, które umożliwiają spotkania i "
    "wzmacniają wolontariuszy. Przed złożeniem wniosku prosimy przeczytać informacje o programie.</p>",
    "<p>Wypełnij formularz wniosku oraz plan kosztów i finansowania i wyślij oba dokumenty e-mailem na adres "
    "foerderung@example.org. Otrzymasz potwierdzenie.</p>",
)

BLOCKS = {
    block_key("A"): {
        "title": "Pomieszczenia, wyposażenie i koszty bieżące",
        "description": "Najem i wyposażenie miejsc spotkań, także dla wolontariatu cyfrowego.",
    },
    block_key("B"): {
        "title": "Spotkania i orientacja",
        "description": "Festyny, wycieczki, grupy rozmów i zajęcia, które pomagają się zadomowić.",
    },
    block_key("C"): {
        "title": "Informacja i pozyskiwanie wolontariuszy",
        "description": "Wieczory informacyjne, materiały w kilku językach, akcje pozyskiwania nowych wolontariuszy.",
    },
    block_key("D"): {
        "title": "Szkolenie i wsparcie wolontariuszy",
        "description": "Szkolenia, superwizja i spotkania wymiany doświadczeń dla wolontariuszy.",
    },
}

TRANSLATIONS = {
    **PROGRAMMES,
    **CALLS,
    **BLOCKS,
    **documents({"application": "Formularz wniosku", "financing_plan": "Plan kosztów i finansowania"}),
    **projects(
        {
            "Sprachcafé am Donnerstag": "Kawiarenka językowa w czwartki",
            "Nachbarschaftsfest im Park": "Festyn sąsiedzki w parku",
            "Hausaufgabenhilfe mit Ehrenamtlichen": "Pomoc w lekcjach z wolontariuszami",
            "Treffpunkt mit Beratungsecke": "Miejsce spotkań z kącikiem porad",
            "Schulung für Sprachmittlerinnen und Sprachmittler": "Szkolenie dla tłumaczy środowiskowych",
            "Stadtteilspaziergänge": "Spacery po dzielnicy",
            "Mehrsprachige Infoabende für Eltern": "Wielojęzyczne wieczory informacyjne dla rodziców",
            "Fahrradwerkstatt für alle": "Warsztat rowerowy dla wszystkich",
        },
        fictional="(fikcyjne)",
    ),
}
