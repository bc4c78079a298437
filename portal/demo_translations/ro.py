"""Romanian demo translations of the editorial pages and the sample sign-language clip (our own words; the
Impressum stays German)."""

from portal.demo_translations.shared import contact, email, phone

TRANSLATIONS = {
    ("portal.editorialpage", "datenschutz"): {
        "title": "Declarație privind protecția datelor",
        "body": f"""
<h2>Cine este responsabil?</h2>
<p>Responsabil pentru prelucrarea datelor cu caracter personal pe acest portal (articolul 13 GDPR) este orașul
Dortmund, reprezentat de primar:</p>
{contact("Telefon", "E-mail", "număr demonstrativ")}
<p>Responsabilul cu protecția datelor al administrației poate fi contactat la {email("datenschutz@example.org")}.</p>
<h2>Ce se întâmplă când deschideți portalul?</h2>
<p>Browserul dumneavoastră transmite datele necesare tehnic, de exemplu adresa IP, adresa accesată și ora. Avem
nevoie de ele pentru a afișa pagina și a respinge atacurile (articolul 6 alineatul 1 litera e GDPR). Serverul web le
păstrează în fișiere jurnal cel mult șapte zile; apoi sunt șterse.</p>
<p>Fonturile, imaginile și programele le încărcăm exclusiv de pe propriul server. Fără acordul dumneavoastră,
browserul nu se conectează la alți furnizori. Nu folosim servicii de statistică sau de publicitate.</p>
<h2>Ce cookie-uri setează portalul?</h2>
<p>Setăm doar cookie-uri necesare pentru o funcție pe care o folosiți chiar dumneavoastră. Niciunul nu servește
analizei sau publicității.</p>
<table>
<thead><tr><th scope="col">Nume</th><th scope="col">Scop</th><th scope="col">Durata păstrării</th></tr></thead>
<tbody>
<tr><td>csrftoken</td><td>Protejează autentificarea și formularele angajaților împotriva abuzului din partea altor
site-uri. Vizitatorii paginilor publice nu îl primesc.</td><td>un an</td></tr>
<tr><td>portal_consent</td><td>Reține ce medii externe (de exemplu videoclipuri sau hărți) ați permis. Este setat doar
când permiteți ceva.</td><td>un an sau până când vă retrageți acordul</td></tr>
<tr><td>portal_notices</td><td>Reține ce mesaje ați ascuns.</td><td>60 de zile</td></tr>
<tr><td>messages</td><td>Afișează confirmarea după trimiterea unui formular.</td><td>până la pagina următoare</td></tr>
<tr><td>django_language</td><td>Reține limba aleasă, dacă este salvată.</td><td>până la sfârșitul sesiunii
browserului</td></tr>
<tr><td>sessionid</td><td>Autentificarea redacției în zona de administrare. Vizitatorii nu primesc acest
cookie.</td><td>două săptămâni</td></tr>
</tbody>
</table>
<h2>Mesaje prin formulare</h2>
<p>Dacă ne scrieți prin întrebarea „V-a fost de folos această pagină?” sau prin formularul de accesibilitate,
păstrăm mesajul, pagina respectivă, limba și – doar dacă le indicați – numele și adresa de e-mail. Nu păstrăm adresa
IP. Pentru protecție împotriva trimiterilor în masă, formăm din ea o valoare de control ireversibilă, care expiră
după scurt timp. Mesajele le ștergem după 180 de zile. Temeiul juridic este articolul 6 alineatul 1 litera e
GDPR.</p>
<h2>Medii externe</h2>
<p>Videoclipurile și hărțile altor furnizori le încărcăm doar după ce le permiteți. Până atunci vedeți în locul lor un
mesaj care numește furnizorul. Setările le puteți schimba oricând pe pagina „Setări de confidențialitate”.</p>
<h2>Drepturile dumneavoastră</h2>
<p>Aveți dreptul la informare, rectificare, ștergere și restricționarea prelucrării, precum și dreptul de a vă opune
prelucrării. Puteți depune o plângere la Comisara pentru protecția datelor și libertatea informației a landului
Renania de Nord-Westfalia.</p>
""",
    },
    ("portal.editorialpage", "barrierefreiheit"): {
        "title": "Declarație de accesibilitate",
        "body": f"""
<p>Orașul Dortmund dorește ca toți oamenii să poată folosi bine acest portal. Declarația se aplică portalului de
informații al Kommunales Integrationszentrum Dortmund. Se bazează pe Legea landului Renania de Nord-Westfalia privind
egalitatea persoanelor cu dizabilități și pe regulamentul landului privind tehnologia informației accesibilă
(BITV NRW).</p>
<h2>Cât de accesibil este portalul?</h2>
<p>Portalul este <strong>parțial accesibil</strong>. La fiecare modificare, paginile sunt testate automat cu un
instrument de verificare în germană și arabă; în plus, redacția a verificat singură paginile.</p>
<h2>Ce nu este încă accesibil?</h2>
<ul>
<li>Documentele PDF mai vechi din procesul planului (2005–2012) nu sunt accesibile. Au fost create înaintea
cerințelor de azi. Refacem mai întâi documentele cele mai accesate. Până atunci vă trimitem la cerere conținutul într-o
formă accesibilă.</li>
<li>Nu toate paginile sunt traduse în toate limbile. Dacă lipsește o traducere, afișăm pagina în germană și vă
anunțăm.</li>
<li>Videoclipurile încorporate ale altor furnizori nu au mereu subtitrări în toate limbile. Nu putem influența acest
lucru; cele mai importante informații sunt scrise și pe pagină.</li>
<li>Videoclipuri în limbajul semnelor german există deocamdată doar pentru pagina de start.</li>
</ul>
<h2>Semnalați o barieră</h2>
<p>Ați observat o barieră sau aveți nevoie de un conținut în altă formă? Vă rugăm să folosiți formularul nostru de
accesibilitate (link mai jos) sau să ne scrieți:</p>
<p>Kommunales Integrationszentrum Dortmund<br>E-mail: {email("barrierefreiheit@example.org")}<br>Telefon:
{phone("+49 231 000001", "număr demonstrativ")}</p>
<p>Răspundem în cel mult o lună.</p>
<h2>Procedura de punere în aplicare</h2>
<p>Dacă nu sunteți mulțumiți de răspunsul nostru, vă puteți adresa biroului de mediere pentru tehnologia informației
accesibilă al landului Renania de Nord-Westfalia. Biroul funcționează pe lângă Comisarul landului pentru persoanele cu
dizabilități din Düsseldorf, mediază gratuit între dumneavoastră și noi și caută o soluție cu ambele părți. Datele
de contact le găsiți pe site-ul Comisarului.</p>
""",
    },
    ("portal.editorialpage", "leichte-sprache"): {
        "title": "Limbaj ușor",
        "body": """
<p>Aici citiți în cuvinte simple ce găsiți pe acest site.</p>
<h2>Cine suntem?</h2>
<p>Suntem Centrul de Integrare al orașului Dortmund. Lucrăm pentru orașul Dortmund. Ajutăm oamenii care s-au mutat
în Dortmund.</p>
<h2>Ce găsiți aici?</h2>
<ul>
<li>Consiliere și ajutor: Cine vă ajută? Unde este biroul?</li>
<li>Ore în limba familiei pentru copii, la școală.</li>
<li>Bani pentru asociații care aduc oamenii împreună.</li>
<li>Planul: așa lucrează orașul pentru o conviețuire bună.</li>
</ul>
<h2>Cum vă orientați</h2>
<p>Sus, pe fiecare pagină, sunt secțiunile. Acolo puteți alege și limba. Jos, pe fiecare pagină, găsiți datele de
identificare, protecția datelor și declarația de accesibilitate.</p>
<h2>Accesibilitate</h2>
<p>Nu tot ce este pe site este deja accesibil. De exemplu unele documente vechi. Dacă nu puteți citi ceva: scrieți-ne.
Vă ajutăm.</p>
""",
    },
    ("portal.editorialpage", "gebaerdensprache"): {
        "title": "Limbajul semnelor german",
        "body": """
<p>Pe această pagină prezentăm conținutul portalului în limbajul semnelor german (DGS).</p>
<h2>Ce arată videoclipurile</h2>
<ul>
<li>Cine suntem: Kommunales Integrationszentrum Dortmund și serviciile Oficiului de asistență socială pentru
refugiați.</li>
<li>Ce găsiți pe portal: consiliere, ore de limbă maternă, finanțare pentru asociații și Masterplan
Migration/Integration (planul orașului pentru migrație și integrare).</li>
<li>Cum vă orientați: secțiunile sus, alegerea limbii sus, informațiile juridice jos pe fiecare pagină.</li>
<li>Esențialul din declarația de accesibilitate și cum ne semnalați o barieră.</li>
</ul>
<p>Videoclipurile se filmează acum și vor apărea aici imediat ce sunt gata.</p>
""",
    },
    ("translations.signlanguagevideo", "muster-clip"): {
        "title": "Clip de probă: ce găsiți pe acest site?",
        "description": (
            "<p>Acesta este doar un exemplu. Mai târziu vom arăta aici un videoclip în limbajul semnelor german, în "
            "care cineva explică: ce găsiți pe acest site? Cum vă orientați? Ce nu este încă accesibil?</p>"
        ),
    },
}
