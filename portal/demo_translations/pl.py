"""Polish demo translations of the editorial pages and the sample sign-language clip (our own words; the
Impressum stays German)."""

from portal.demo_translations.shared import contact, email, phone

TRANSLATIONS = {
    ("portal.editorialpage", "datenschutz"): {
        "title": "Informacja o ochronie danych",
        "body": f"""
<h2>Kto jest odpowiedzialny?</h2>
<p>Za przetwarzanie danych osobowych w tym portalu (art. 13 RODO) odpowiada miasto Dortmund reprezentowane przez
nadburmistrza:</p>
{contact("Telefon", "E-mail", "numer demonstracyjny")}
<p>Z inspektorem ochrony danych urzędu można się skontaktować pod adresem {email("datenschutz@example.org")}.</p>
<h2>Co się dzieje, gdy otwierają Państwo portal?</h2>
<p>Przeglądarka przesyła dane technicznie niezbędne, na przykład adres IP, otwierany adres i godzinę. Potrzebujemy
ich, aby wyświetlić stronę i odpierać ataki (art. 6 ust. 1 lit. e RODO). Serwer przechowuje je w plikach dziennika
najwyżej siedem dni; potem są usuwane.</p>
<p>Czcionki, obrazy i programy ładujemy wyłącznie z własnego serwera. Bez Państwa zgody przeglądarka nie łączy się z
innymi dostawcami. Nie korzystamy z usług statystycznych ani reklamowych.</p>
<h2>Jakie pliki cookie ustawia portal?</h2>
<p>Ustawiamy tylko pliki cookie potrzebne do funkcji, z której Państwo sami korzystają. Żaden z nich nie służy do
analizy ani reklamy.</p>
<table>
<thead><tr><th scope="col">Nazwa</th><th scope="col">Cel</th><th scope="col">Okres przechowywania</th></tr></thead>
<tbody>
<tr><td>csrftoken</td><td>Chroni logowanie i formularze pracowników przed nadużyciem przez obce strony. Osoby
odwiedzające strony publiczne go nie otrzymują.</td><td>jeden rok</td></tr>
<tr><td>portal_consent</td><td>Zapamiętuje, na które zewnętrzne media (na przykład filmy lub mapy) Państwo
zezwolili. Ustawiany tylko wtedy, gdy coś Państwo zezwolą.</td><td>jeden rok lub do wycofania zgody</td></tr>
<tr><td>portal_notices</td><td>Zapamiętuje, które komunikaty Państwo ukryli.</td><td>60 dni</td></tr>
<tr><td>messages</td><td>Pokazuje potwierdzenie po wysłaniu formularza.</td><td>do następnej strony</td></tr>
<tr><td>django_language</td><td>Zapamiętuje wybrany język, jeśli jest zapisywany.</td><td>do końca sesji
przeglądarki</td></tr>
<tr><td>sessionid</td><td>Logowanie redakcji w części administracyjnej. Osoby odwiedzające nie otrzymują tego
pliku.</td><td>dwa tygodnie</td></tr>
</tbody>
</table>
<h2>Opinie przez formularze</h2>
<p>Jeśli piszą Państwo do nas przez pytanie „Czy ta strona była pomocna?” albo przez formularz dostępności,
zapisujemy wiadomość, stronę, której dotyczy, język oraz – tylko jeśli je Państwo podadzą – imię i nazwisko oraz
adres e-mail. Nie zapisujemy adresu IP. Aby chronić się przed masowymi zgłoszeniami, tworzymy z niego nieodwracalną
wartość kontrolną, która po krótkim czasie wygasa. Opinie usuwamy po 180 dniach. Podstawą prawną jest art. 6 ust. 1
lit. e RODO.</p>
<h2>Media zewnętrzne</h2>
<p>Filmy i mapy innych dostawców ładujemy dopiero wtedy, gdy Państwo na to zezwolą. Wcześniej w ich miejscu widać
komunikat z nazwą dostawcy. Ustawienia można zmienić w każdej chwili na stronie „Ustawienia prywatności”.</p>
<h2>Państwa prawa</h2>
<p>Mają Państwo prawo do informacji, sprostowania, usunięcia i ograniczenia przetwarzania oraz prawo do sprzeciwu
wobec przetwarzania. Mogą Państwo złożyć skargę do Pełnomocniczki ds. Ochrony Danych i Wolności Informacji kraju
Nadrenia Północna-Westfalia.</p>
""",
    },
    ("portal.editorialpage", "barrierefreiheit"): {
        "title": "Deklaracja dostępności",
        "body": f"""
<p>Miasto Dortmund chce, aby wszyscy mogli wygodnie korzystać z tego portalu. Ta deklaracja dotyczy portalu
informacyjnego Kommunales Integrationszentrum Dortmund. Jej podstawą są ustawa kraju Nadrenia Północna-Westfalia o
równouprawnieniu osób z niepełnosprawnościami i krajowe rozporządzenie o dostępnej technologii informacyjnej
(BITV NRW).</p>
<h2>Na ile portal jest dostępny?</h2>
<p>Portal jest <strong>częściowo dostępny</strong>. Przy każdej zmianie strony są automatycznie sprawdzane narzędziem
testowym w języku niemieckim i arabskim; redakcja sprawdziła też strony sama.</p>
<h2>Co nie jest jeszcze dostępne?</h2>
<ul>
<li>Starsze dokumenty PDF z procesu planu (2005–2012) nie są dostępne. Powstały przed dzisiejszymi wymaganiami.
Najpierw przerabiamy dokumenty najczęściej otwierane. Do tego czasu na życzenie prześlemy treść w dostępnej
formie.</li>
<li>Nie wszystkie strony są przetłumaczone na wszystkie języki. Jeśli brakuje tłumaczenia, pokazujemy stronę po
niemiecku i o tym informujemy.</li>
<li>Osadzone filmy innych dostawców nie zawsze mają napisy we wszystkich językach. Nie mamy na to wpływu;
najważniejsze treści są także napisane na stronie.</li>
<li>Filmy w niemieckim języku migowym są na razie tylko dla strony startowej.</li>
</ul>
<h2>Zgłoś barierę</h2>
<p>Zauważyli Państwo barierę albo potrzebują treści w innej formie? Prosimy skorzystać z formularza dostępności
(link poniżej) lub napisać do nas:</p>
<p>Kommunales Integrationszentrum Dortmund<br>E-mail: {email("barrierefreiheit@example.org")}<br>Telefon:
{phone("+49 231 000001", "numer demonstracyjny")}</p>
<p>Odpowiadamy w ciągu miesiąca.</p>
<h2>Procedura egzekwowania</h2>
<p>Jeśli nasza odpowiedź Państwa nie zadowala, mogą się Państwo zwrócić do biura rzecznika ds. dostępnej
technologii informacyjnej kraju Nadrenia Północna-Westfalia. Działa ono przy Pełnomocniku kraju ds. osób z
niepełnosprawnościami w Düsseldorfie, bezpłatnie pośredniczy między Państwem a nami i szuka rozwiązania z obiema
stronami. Dane kontaktowe są na stronie internetowej Pełnomocnika.</p>
""",
    },
    ("portal.editorialpage", "leichte-sprache"): {
        "title": "Łatwy język",
        "body": """
<p>Tutaj przeczytają Państwo prostymi słowami, co jest na tej stronie internetowej.</p>
<h2>Kim jesteśmy?</h2>
<p>Jesteśmy Centrum Integracji miasta Dortmund. Pracujemy dla miasta Dortmund. Pomagamy ludziom, którzy
przeprowadzili się do Dortmundu.</p>
<h2>Co tu znajdziesz?</h2>
<ul>
<li>Porady i pomoc: kto Ci pomoże? Gdzie jest urząd?</li>
<li>Lekcje w języku rodziny dla dzieci w szkole.</li>
<li>Pieniądze dla stowarzyszeń, które łączą ludzi.</li>
<li>Plan: tak miasto pracuje na rzecz dobrego wspólnego życia.</li>
</ul>
<h2>Jak się tu odnaleźć</h2>
<p>Na górze każdej strony są działy. Tam możesz też wybrać język. Na dole każdej strony są: nota prawna, ochrona
danych i deklaracja dostępności.</p>
<h2>Dostępność</h2>
<p>Jeszcze nie wszystko na stronie jest dostępne. Na przykład niektóre stare dokumenty. Jeśli nie możesz czegoś
przeczytać: napisz do nas. Pomożemy Ci.</p>
""",
    },
    ("portal.editorialpage", "gebaerdensprache"): {
        "title": "Niemiecki język migowy",
        "body": """
<p>Na tej stronie przedstawiamy treści portalu w niemieckim języku migowym (DGS).</p>
<h2>Co pokazują filmy</h2>
<ul>
<li>Kim jesteśmy: Kommunales Integrationszentrum Dortmund i usługi urzędu ds. socjalnych dla uchodźców.</li>
<li>Co jest w portalu: doradztwo, nauka języka ojczystego, dofinansowanie dla stowarzyszeń i Masterplan
Migration/Integration (plan miasta dotyczący migracji i integracji).</li>
<li>Jak się odnaleźć: działy na górze, wybór języka na górze, informacje prawne na dole każdej strony.</li>
<li>Najważniejsze z deklaracji dostępności i jak zgłosić nam barierę.</li>
</ul>
<p>Filmy są właśnie nagrywane i pojawią się tutaj, gdy tylko będą gotowe.</p>
""",
    },
    ("translations.signlanguagevideo", "muster-clip"): {
        "title": "Przykładowy film: co jest na tej stronie?",
        "description": (
            "<p>To tylko przykład. Później pokażemy tu film w niemieckim języku migowym, w którym ktoś wyjaśni: co "
            "jest na tej stronie? Jak się na niej odnaleźć? Co nie jest jeszcze dostępne?</p>"
        ),
    },
}
