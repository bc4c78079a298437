"""Romanian demo translations of the topics, service pages, offices, the HSU page and embeds not yet in the table
beside this module (our own words)."""

from services.demo_translations.shared import hsu_language_names

TRANSLATIONS = {
    ("services.topic", "integrationszentrum"): {
        "title": "Centrul Municipal de Integrare și domeniile sale",
        "summary": "Ce face MIA-DO-KI: educație, consiliere, rețele și deschiderea interculturală a orașului.",
        "body": (
            "<p>De la hotărârea consiliului local din 2013, Centrul Municipal de Integrare (Kommunales "
            "Integrationszentrum) reunește activitatea de integrare a orașului Dortmund. Lucrează împreună cu "
            "școli, grădinițe, asociații și administrația orașului.</p><h2>Domenii</h2><ul><li>Educație de la "
            "grădiniță până la profesie, de exemplu dezvoltarea limbajului</li><li>Consiliere și orientare pentru "
            "nou-veniți</li><li>Rețele în cartier și în comunitatea orașului</li><li>Deschiderea interculturală a "
            "administrației</li><li>Sprijin financiar pentru asociații și inițiative</li></ul><p>Baza este "
            "Masterplan Migration/Integration – planul pe termen lung al orașului pentru migrație și integrare, pe "
            "care orașul îl dezvoltă din 2005 împreună cu mulți parteneri.</p>"
        ),
    },
    ("services.topic", "gefluechtete"): {
        "title": "Refugiați în Dortmund: serviciile Oficiului de asistență socială",
        "summary": "Cazare, bani de trai și persoane de contact pentru refugiați.",
        "body": (
            "<p>Departamentul pentru refugiați al Oficiului de asistență socială (Sozialamt) este responsabil cât timp "
            "cererea de azil nu a fost încă soluționată sau există o tolerare (Duldung). Ajută la cazare și plătește "
            "prestații conform Legii privind prestațiile pentru solicitanții de azil.</p><p>Aici găsiți serviciile și "
            "datele de contact.</p>"
        ),
    },
    ("services.topic", "beratung"): {
        "title": "Consiliere pentru imigranți, vecini și voluntari",
        "summary": "Cine este nou în Dortmund, vrea să ajute sau are o întrebare despre conviețuire primește aici "
        "un sfat.",
        "body": (
            "<p>Consilierea este gratuită și confidențială. Puteți veni singuri sau cu o persoană de încredere. Dacă "
            "este nevoie, organizăm un interpret.</p>"
        ),
    },
    ("services.topic", "hsu"): {
        "title": "Ore de limbă maternă (HSU)",
        "summary": "O ofertă voluntară pentru copiii multilingvi: ore în limba familiei.",
        "body": (
            "<p>La HSU copiii din clasele 1–10 învață să citească și să scrie în limba familiei lor. Limbile, "
            "școlile și orele le găsiți în căutarea HSU.</p>"
        ),
    },
    ("services.topic", "neuzugewanderte"): {
        "title": "Ajutor organizat pentru nou-veniți",
        "summary": "Însoțire pentru nou-veniții care se confruntă cu mai multe probleme deodată.",
        "body": (
            "<p>Locuință, muncă, școală, sănătate: uneori toate vin deodată. Atunci ajută o însoțire coordonată, în "
            "care o persoană de contact fixă are o imagine de ansamblu și implică instituțiile potrivite.</p>"
        ),
    },
    ("services.topic", "netzwerke"): {
        "title": "Lucrul în rețele și comisii",
        "summary": "Împreună reușim mai mult: rețele și comisii pentru integrare și diversitate în Dortmund.",
        "body": (
            "<p>MIA-DO-KI aduce laolaltă oameni din administrație, asociații, organizații ale migranților, școli și "
            "organizații de caritate. În rețelele de cartier și în comisiile de specialitate se împărtășesc "
            "experiențe și se coordonează ofertele.</p>"
        ),
    },
    ("services.topic", "sprachbildung"): {
        "title": "Dezvoltarea limbajului: Rucksack și Griffbereit",
        "summary": "Programe care sprijină părinții și copiii care cresc cu mai multe limbi.",
        "body": (
            "<p>Copiii învață cel mai bine germana atunci când și limba familiei este întărită. Pe această idee se "
            "bazează programele Griffbereit (pentru familii cu copii până la trei ani) și Rucksack (la grădiniță și "
            "în școala primară).</p>"
        ),
    },
    ("services.topic", "foerderung"): {
        "title": "Finanțare pentru proiecte de integrare",
        "summary": "Asociațiile și inițiativele care lucrează pentru integrare pot solicita finanțare.",
        "body": (
            "<p>MIA-DO-KI transmite fonduri ale landului și ale orașului organizațiilor migranților, asociațiilor, "
            "parohiilor, inițiativelor și organizațiilor de caritate. Apelurile actuale, termenele și documentele se "
            "află în secțiunea „Finanțare”.</p>"
        ),
    },
    ("services.topic", "interkulturelle-oeffnung"): {
        "title": "Conceptul-cadru de deschidere interculturală",
        "summary": "Cum se deschide administrația orașului pentru toți locuitorii din Dortmund.",
        "body": (
            "<p>În 2008 consiliul a adoptat un concept-cadru pentru deschiderea interculturală a administrației. "
            "Scopul său sunt servicii ușor de înțeles, echipe diverse și cursuri pentru angajați.</p>"
        ),
    },
    ("services.service", "seiteneinstieg-schule"): {
        "title": "Loc la școală pentru copiii nou-veniți",
        "summary": "Consiliere pentru familii și găsirea unui loc la școală pentru copiii nou-veniți în Dortmund.",
        "body": (
            "<p>Copiii și tinerii care vin de curând în Dortmund au obligația de a merge la școală. Consiliem "
            "familia, stabilim nivelul de limbă și găsim un loc potrivit la școală.</p>"
        ),
    },
    ("services.service", "unterkunft-gefluechtete"): {
        "title": "Cazare pentru refugiați",
        "summary": "Oficiul de asistență socială cazează refugiații repartizați orașului Dortmund.",
        "body": (
            "<p>După repartizare, refugiații locuiesc mai întâi într-un centru de tranzit sau într-o locuință "
            "închiriată de oraș. Echipa ajută și la mutarea într-o locuință proprie.</p>"
        ),
    },
    ("services.service", "leistungen-asylblg"): {
        "title": "Bani de trai (Legea privind prestațiile pentru solicitanții de azil)",
        "summary": "Prestații pentru hrană, îmbrăcăminte, sănătate și nevoi personale.",
        "body": (
            "<p>Cât timp durează procedura de azil, Oficiul de asistență socială plătește prestații conform Legii "
            "privind prestațiile pentru solicitanții de azil (Asylbewerberleistungsgesetz). Aici intră și "
            "tratamentul în caz de boală.</p>"
        ),
    },
    ("services.service", "nachbarschaft-ehrenamt"): {
        "title": "Consiliere pentru vecinătate și voluntariat",
        "summary": "Pentru toți cei care vor să se implice sau au întrebări despre conviețuirea în cartier.",
        "body": (
            "<p>Vreți să însoțiți nou-veniți, să deveniți mentorul cuiva sau să organizați o sărbătoare în cartier? "
            "Vă punem în legătură cu persoane de contact și cursuri.</p>"
        ),
    },
    ("services.service", "hsu-anmeldung"): {
        "title": "Înscrierea la orele de limbă maternă (HSU)",
        "summary": "Așa își înscriu părinții copilul la HSU pentru anul școlar următor.",
        "body": (
            "<p>HSU este voluntar și deschis tuturor elevilor care știu deja puțin limba – indiferent de cetățenie. "
            "Nota apare în foaia matricolă.</p>"
        ),
    },
    ("services.service", "fallbegleitung"): {
        "title": "Însoțire personală pentru nou-veniți",
        "summary": "O persoană de contact fixă însoțește câteva luni familiile care au mai multe probleme.",
        "body": (
            "<p>Stabilim împreună cu dumneavoastră ce este mai urgent: o locuință, un loc la școală, o asigurare de "
            "sănătate sau un loc de muncă. Convenim obiective și vă însoțim la programări.</p>"
        ),
    },
    ("services.service", "netzwerke-mitwirken"): {
        "title": "Participarea în rețele",
        "summary": "Asociațiile și inițiativele pot lucra în rețele de cartier și rețele de specialitate.",
        "body": (
            "<p>Rețelele se întâlnesc de mai multe ori pe an. Membrii noi sunt bineveniți; scrieți-ne și vă invităm "
            "la următoarea întâlnire.</p>"
        ),
    },
    ("services.service", "griffbereit"): {
        "title": "Griffbereit: grupuri pentru părinți și copii",
        "summary": "Joacă, cântec și vorbă – în limba familiei și în germană, pentru copii până la trei ani.",
        "body": (
            "<p>O dată pe săptămână părinții se întâlnesc cu copiii mici într-un grup. O însoțitoare instruită arată "
            "jocuri și cântece care sprijină dezvoltarea limbajului.</p>"
        ),
    },
    ("services.service", "rucksack"): {
        "title": "Rucksack: educația părinților la grădiniță și școala primară",
        "summary": "Părinții învață cum să întărească acasă limbile copilului, în acord cu lecțiile.",
        "body": (
            "<p>În grupurile Rucksack părinții se întâlnesc regulat la grădiniță sau la școala primară. Primesc "
            "materiale în limba lor, potrivite temelor din grup sau din clasă.</p>"
        ),
    },
    ("services.service", "foerderberatung"): {
        "title": "Consiliere privind finanțarea",
        "summary": "Consiliem asociațiile înainte de cerere: ce program se potrivește și ce documente sunt necesare.",
        "body": (
            "<p>Sunați-ne sau scrieți-ne înainte de a depune o cerere. Apelurile actuale cu termene le găsiți în "
            "secțiunea „Finanțare”.</p>"
        ),
    },
    ("services.service", "interkulturelle-fortbildung"): {
        "title": "Cursuri de deschidere interculturală",
        "summary": "Cursuri și consiliere pentru instituțiile care se deschid intercultural.",
        "body": (
            "<p>Sprijinim instituțiile să facă informațiile ușor de înțeles, să formeze echipe diverse și să lucreze "
            "cu interpreți.</p>"
        ),
    },
    ("services.office", "mia-do-ki"): {
        "name": "Kommunales Integrationszentrum (MIA-DO-KI)",
        "unit": "Orașul Dortmund – Kommunales Integrationszentrum",
        "access_note": "Lift în curtea interioară",
    },
    ("services.office", "sozialamt-gefluechtete"): {
        "name": "Oficiul de asistență socială – refugiați în Dortmund",
        "unit": "Oficiul de asistență socială al orașului Dortmund, departamentul pentru refugiați",
        "hours_note": "Vă rugăm să luați un bon de ordine de la aparatul de la intrare.",
    },
    ("services.office", "schulamt-hsu"): {
        "name": "Inspectoratul școlar al orașului Dortmund – HSU",
        "unit": "Inspectoratul școlar al orașului Dortmund, ore de limbă maternă",
        "access_note": "Trei trepte la intrare; consiliere la parter, cu programare",
    },
    ("services.office", "anlaufstelle-nordstadt"): {
        "name": "Punctul de contact Nordstadt",
        "unit": "Kommunales Integrationszentrum, echipa pentru nou-veniți",
    },
    ("services.hsuinformation", "hsu"): {
        "title": "Ore de limbă maternă (HSU)",
        "summary": "Elevii multilingvi din clasele 1–10 învață limba familiei lor – voluntar, gratuit și cu notă în "
        "foaia matricolă.",
        "who_may_take_part": (
            "<p>Toți elevii din clasele 1–10 care cresc cu o altă limbă și o cunosc cel puțin la nivel de bază. "
            "Cetățenia nu contează.</p><p>Orele au loc de obicei de trei până la cinci ori pe săptămână după-amiaza, "
            "adesea la altă școală. La sfârșitul clasei a 10-a se poate da un examen de limbă. Pentru un grup nou "
            "este nevoie de aproximativ 15 copii.</p>"
        ),
        "how_to_register": (
            "<ol><li>Descărcați formularul de înscriere (mai jos, în mai multe limbi) sau luați-l de la școala "
            "copilului.</li><li>Completați-l și predați-l la școala copilului.</li><li>Înainte de vacanța de vară, "
            "inspectoratul școlar (Schulamt) vă anunță unde și când au loc orele.</li></ol>"
        ),
    },
    ("consent.embed", (("resource_id", "MiaDoKi2026"),)): {
        "title": "Video explicativ: cum vă înscrieți copilul la orele de limbă maternă",
    },
    ("consent.embed", (("resource_id", "7.4590,51.5220,7.4710,51.5280"),)): {
        "title": "Hartă: unde se află punctul de contact Nordstadt",
    },
    ("consent.embed", (("resource_id", "7.4600,51.5100,7.4720,51.5160"),)): {
        "title": "Hartă: unde se află Kommunales Integrationszentrum",
    },
    ("consent.embed", (("resource_id", "100000001"),)): {
        "title": "Video: voluntari povestesc despre munca lor în cartier",
    },
}

# The HSU languages' names in Romanian.
HSU_LANGUAGES = {
    "albanian": "Albaneză",
    "arabic": "Arabă",
    "bosnian": "Bosniacă",
    "bulgarian": "Bulgară",
    "greek": "Greacă",
    "italian": "Italiană",
    "croatian": "Croată",
    "kurdish": "Kurdă",
    "macedonian": "Macedoneană",
    "persian": "Persană",
    "polish": "Poloneză",
    "portuguese": "Portugheză",
    "romanian": "Română",
    "russian": "Rusă",
    "serbian": "Sârbă",
    "spanish": "Spaniolă",
    "turkish": "Turcă",
    "ukrainian": "Ucraineană",
}

TRANSLATIONS.update(hsu_language_names(HSU_LANGUAGES))
