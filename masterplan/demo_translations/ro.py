"""Romanian demo translations of the Masterplan (our own words)."""

from masterplan.demo_texts import sections
from masterplan.demo_translations.shared import translations

PHASES = {
    "auftrag-2005": (
        "Mandatul",
        "Consiliul local hotărăște elaborarea unui Masterplan Migration/Integration – planul pe termen lung al "
        "orașului despre cum pot trăi bine împreună oamenii care s-au mutat aici și cei născuți aici. Astfel "
        "integrarea devine un domeniu de acțiune propriu al orașului, care privește și administrația însăși.",
    ),
    "leitbild-und-netzwerke": (
        "Principii directoare și rețele",
        "Administrația și societatea civilă stabilesc împreună ce ar trebui să însemne integrarea în Dortmund, "
        "scriu principii directoare și construiesc rețele. În 2008 orașul aderă la Carta Diversității (Charta der "
        "Vielfalt) și adoptă un concept-cadru pentru deschiderea interculturală a administrației.",
    ),
    "querschnittsaufgabe": (
        "Integrarea, sarcina tuturor departamentelor",
        "Integrarea devine sarcina tuturor departamentelor. Patru domenii strategice ordonează munca: educația; "
        "munca și economia; echilibrul social în cartiere; un oraș deschis și internațional.",
    ),
    "kommunales-integrationszentrum": (
        "Centrul Municipal de Integrare",
        "În 2013 consiliul hotărăște înființarea Kommunales Integrationszentrum Dortmund (MIA-DO-KI). În 2018 se "
        "decide continuarea activității.",
    ),
    "mehr-erreichen-mit-beteiligung": (
        "„Mai mult. Prin participare.”",
        "Dortmund este una dintre cele cinci comune-model ale proiectului de participare „Mehr erreichen. Mit "
        "Beteiligung. Kommunen der Offenen Gesellschaft” al Initiative Offene Gesellschaft și More in Common. "
        "Timp de un an, orașul îi întreabă pe tinerii cu istorie de migrație despre drumul lor spre formarea "
        "profesională și muncă.",
    ),
    "fortschreibung": (
        "Actualizarea planului",
        "Planul este adaptat la migrația de azi și la sarcinile de azi. Rezultatele proiectului de participare "
        "din 2023 sunt incluse.",
    ),
}

EVENTS = {
    "ratsbeschluss-2005": (
        "Hotărârea consiliului privind planul",
        "Consiliul însărcinează administrația să elaboreze planul împreună cu locuitorii orașului.",
    ),
    "auftaktforum-2005": (
        "Forumul de deschidere",
        "Asociații, organizații ale migranților și departamente strâng teme pentru plan.",
    ),
    "werkstatt-leitbild-2006": (
        "Atelier despre principiile directoare",
        "În grupuri de lucru se formează o înțelegere comună a integrării, ca bază a principiilor.",
    ),
    "charta-der-vielfalt-2008": (
        "Aderarea la Carta Diversității",
        "Ca angajator, orașul se obligă să recunoască și să promoveze diversitatea.",
    ),
    "beschluss-rahmenkonzept-2008": (
        "Hotărârea privind conceptul-cadru de deschidere interculturală",
        "Consiliul hotărăște deschiderea interculturală a administrației după un concept-cadru.",
    ),
    "integrationsforum-2009": (
        "Forumul de integrare 2009",
        "Rețelele prezintă primele rezultate și convin asupra pașilor următori.",
    ),
    "werkstatt-handlungsfelder-2011": (
        "Atelier despre cele patru domenii de acțiune",
        "Departamentele și organizațiile își încadrează proiectele în cele patru domenii strategice.",
    ),
    "integrationsforum-2012": (
        "Forumul de integrare 2012",
        "Bilanțul muncii comune a departamentelor și recomandări pentru o structură permanentă.",
    ),
    "ratsbeschluss-ki-2013": (
        "Înființarea Centrului Municipal de Integrare",
        "Consiliul hotărăște înființarea Kommunales Integrationszentrum Dortmund.",
    ),
    "fortfuehrung-2018": (
        "Continuarea activității",
        "Consiliul decide ca centrul de integrare să-și continue activitatea.",
    ),
    "auftakt-2023": (
        "Lansarea proiectului de participare",
        "Orașul, Initiative Offene Gesellschaft și More in Common prezintă obiectivele și desfășurarea.",
    ),
    "befragung-2023": (
        "Sondaj printre tinerii din Dortmund",
        "Tineri cu istorie de migrație răspund la întrebări despre formare profesională, muncă și apartenență.",
    ),
    "dialogwerkstaetten-2023": (
        "Ateliere de dialog",
        "În grupuri mici, tinerii vorbesc cu firme, școli și centre de consiliere.",
    ),
    "ergebniskonferenz-2023": (
        "Conferința de rezultate",
        "Rezultatele sunt prezentate și transformate împreună în recomandări.",
    ),
    "auftakt-fortschreibung-2024": (
        "Forum despre actualizare",
        "Drumul spre actualizarea planului este discutat cu locuitorii orașului.",
    ),
}

DOCUMENTS = {
    "ratsbeschluss-masterplan-2005": (
        "Hotărârea consiliului privind elaborarea unui plan pentru migrație și integrare",
        "Prin această hotărâre integrarea devine un domeniu de acțiune propriu al orașului. Ea descrie mandatul, "
        "participanții și calendarul.",
    ),
    "zwischenbericht-2007": (
        "Raport intermediar privind planul",
        "Primul raport despre stadiul grupurilor de lucru. A fost înlocuit de raportul din 2011.",
    ),
    "leitbild-integration": (
        "Principiile directoare ale orașului Dortmund privind integrarea",
        "Principiile descriu cum înțelege orașul integrarea și numesc regulile după care vor să acționeze "
        "administrația și partenerii.",
    ),
    "rahmenkonzept-interkulturelle-oeffnung": (
        "Conceptul-cadru pentru deschiderea interculturală a administrației orașului",
        "Conceptul-cadru stabilește cum își adaptează administrația serviciile, personalul și procedurile la o "
        "comunitate diversă.",
    ),
    "protokoll-integrationsforum-2009": (
        "Procesul-verbal al forumului de integrare 2009",
        "Procesul-verbal consemnează rapoartele rețelelor și pașii următori conveniți.",
    ),
    "bericht-handlungsfelder-2011": (
        "Integrarea, sarcina tuturor departamentelor: patru domenii strategice de acțiune",
        "Raportul împarte munca de integrare a orașului în patru domenii și descrie obiective pentru fiecare.",
    ),
    "ratsbeschluss-integrationszentrum-2013": (
        "Hotărârea consiliului privind înființarea Centrului Municipal de Integrare",
        "Hotărârea înființează Kommunales Integrationszentrum Dortmund și îi descrie sarcinile.",
    ),
    "beschluss-fortfuehrung-2018": (
        "Hotărârea privind continuarea Centrului Municipal de Integrare",
        "Consiliul confirmă activitatea centrului de integrare și hotărăște continuarea ei.",
    ),
    "praesentation-auftakt-2023": (
        "Prezentarea de lansare a proiectului „Mai mult. Prin participare.”",
        "Diapozitivele evenimentului de lansare: obiective, calendar și forme de participare la proiect.",
    ),
    "beteiligungsbericht-2023": (
        "Raportul de participare 2023: tineri, formare profesională și muncă",
        "Ce au povestit tinerii din Dortmund cu istorie de migrație despre drumul lor spre formare și muncă și ce "
        "recomandări rezultă de aici.",
    ),
}

BODIES = {
    "ratsbeschluss-masterplan-2005": sections(
        (
            "Hotărârea",
            "Consiliul însărcinează administrația să elaboreze un plan pentru migrație și integrare, "
            "împreună cu asociații, organizații ale migranților și specialiști.",
        ),
        (
            "Motivare",
            "Integrarea nu mai trebuie lăsată la voia întâmplării, ci trebuie să devină un domeniu de "
            "acțiune propriu al orașului, care cuprinde și administrația însăși.",
        ),
        ("Calendar", "Un prim raport va fi prezentat consiliului în termen de doi ani."),
    ),
    "leitbild-integration": sections(
        (
            "Înțelegerea noastră",
            "Integrarea este un proces reciproc. Reușește atunci când toți au șanse egale de "
            "a lua parte la viața orașului.",
        ),
        ("Principii", "Recunoaștem diversitatea, sprijinim participarea și ne opunem discriminării."),
        (
            "Responsabilitate",
            "Integrarea este sarcina întregii comunități a orașului: a administrației, a "
            "politicii, a asociațiilor și a fiecărei persoane.",
        ),
    ),
    "rahmenkonzept-interkulturelle-oeffnung": sections(
        (
            "Motiv",
            "În Dortmund trăiesc oameni din peste 170 de țări de origine. Oricine vine la o instituție trebuie "
            "să primească o consiliere la fel de bună, indiferent de origine, limbă și religie.",
            "De aceea consiliul a hotărât deschiderea interculturală planificată a administrației. Acest "
            "concept-cadru descrie ce înseamnă aceasta și cum se pune în practică.",
        ),
        (
            "Obiective",
            "Serviciile orașului ajung la toți locuitorii. Angajații reflectă diversitatea orașului. "
            "Procedurile și formularele sunt ușor de înțeles.",
            "Obiectivele sunt valabile pentru fiecare departament; fiecare își stabilește pași proprii, verificabili.",
        ),
        (
            "Noțiuni",
            "Deschiderea interculturală înseamnă un proces de schimbare al întregii organizații, nu un "
            "proiect izolat. Diversitatea cuprinde originea, limba, religia și convingerile.",
        ),
        (
            "Accesul la servicii",
            "Informațiile sunt oferite în limbaj simplu și în limbile cel mai des vorbite în "
            "oraș. Unde este nevoie, se apelează la interpreți.",
            "Sălile de așteptare, indicatoarele și paginile de internet sunt concepute astfel încât toți să se "
            "descurce.",
        ),
        (
            "- Interpretare",
            "Pentru discuții cu urmări importante se asigură un interpret calificat. Copiii nu sunt "
            "folosiți ca interpreți.",
        ),
        ("- Informații scrise", "Deciziile oficiale sunt însoțite de scurte explicații în limbaj ușor de înțeles."),
        (
            "Personal",
            "Orașul caută în mod țintit ucenici și angajați cu istorie de migrație. În anunțurile de "
            "angajare, cunoașterea mai multor limbi este menționată ca un avantaj.",
            "Procedurile de selecție sunt verificate dacă nu dezavantajează oameni fără intenție.",
        ),
        (
            "Formare",
            "Toți conducătorii și toți angajații care lucrează cu publicul participă la cursuri de "
            "competență interculturală. Cursurile sunt elaborate împreună cu organizații ale migranților.",
        ),
        (
            "Organizare și proceduri",
            "Fiecare departament numește o persoană de contact pentru deschiderea "
            "interculturală. Aceste persoane fac schimb de experiență regulat într-o rețea.",
        ),
        (
            "Colaborarea cu comunitatea orașului",
            "Organizațiile migranților, organizațiile de caritate și "
            "comunitățile religioase sunt parteneri în punerea în practică. Sunt implicate devreme, iar sugestiile "
            "lor sunt preluate.",
        ),
        (
            "Plângeri și sugestii",
            "Cine se simte dezavantajat se poate adresa unui serviciu independent. Fiecare "
            "plângere primește răspuns și este analizată.",
        ),
        (
            "Punerea în practică pas cu pas",
            "Conceptul se aplică în trei etape: inventarierea situației, "
            "planificarea măsurilor în fiecare departament și evaluarea după doi ani.",
        ),
        (
            "Evaluare și raport",
            "Conducerea administrației raportează consiliului la fiecare doi ani. Printre "
            "indicatori se află ponderea angajaților cu istorie de migrație și participarea la cursuri.",
        ),
        (
            "Perspective",
            "Deschiderea interculturală este o sarcină permanentă. Conceptul-cadru va fi actualizat "
            "pe măsură ce comunitatea orașului se schimbă.",
        ),
        intro="Acest concept-cadru a fost adoptat de consiliul orașului Dortmund în octombrie 2008.",
    ),
    "beteiligungsbericht-2023": sections(
        (
            "Despre ce a fost vorba",
            "În 2023 Dortmund a fost una dintre cele cinci comune-model ale proiectului "
            "„Mehr erreichen. Mit Beteiligung. Kommunen der Offenen Gesellschaft”. Orașul a vrut să afle cum trăiesc "
            "tinerii cu istorie de migrație drumul lor spre formarea profesională și muncă.",
        ),
        (
            "Parteneri",
            "Proiectul s-a desfășurat împreună cu Initiative Offene Gesellschaft și More in Common. Pe "
            "plan local au participat școli, firme, centre de consiliere și asociații.",
        ),
        (
            "Cum am lucrat",
            "După un sondaj în primăvară au urmat ateliere de dialog în cartiere și o conferință de "
            "rezultate în noiembrie.",
            '<table><thead><tr><th scope="col">Pas</th><th scope="col">Perioadă</th><th scope="col">Participanți</th>'
            "</tr></thead><tbody><tr><td>Lansare</td><td>februarie 2023</td><td>orașul, partenerii proiectului, "
            "organizații</td></tr><tr><td>Sondaj</td><td>aprilie–mai 2023</td><td>tineri între 16 și 27 de ani</td>"
            "</tr><tr><td>Ateliere de dialog</td><td>iunie–septembrie 2023</td><td>tineri, firme, școli</td></tr><tr>"
            "<td>Conferința de rezultate</td><td>noiembrie 2023</td><td>toți participanții, politicieni, "
            "administrația</td></tr></tbody></table>",
        ),
        (
            "Cine a participat",
            "Tineri între 16 și 27 de ani din toate cele douăsprezece cartiere. Mulți au crescut "
            "în Dortmund, alții au venit abia acum câțiva ani.",
        ),
        (
            "Trecerea de la școală",
            "Mulți spun că au aflat prea târziu și prea puțin despre meseriile cu formare "
            "profesională. Stagiile de practică au fost găsite adesea prin familie și cunoștințe.",
        ),
        ("- Ce a ajutat", "Tinerii consideră utile persoanele de contact care îi însoțesc o perioadă mai lungă."),
        (
            "Candidatură și selecție",
            "Mai mulți participanți au trăit experiența că numele sau aspectul lor au "
            "contat la candidatură. S-au cerut explicit primele candidaturi anonime.",
        ),
        (
            "Limbă și diplome",
            "Firmele văd rar multilingvismul ca pe un punct forte. Cine a obținut o diplomă în "
            "străinătate așteaptă adesea mult timp recunoașterea ei.",
        ),
        (
            "Consiliere",
            "Mulți nu cunosc serviciile de consiliere. Se doresc informații pe rețelele sociale, în mai "
            "multe limbi și în locuri pe care tinerii le frecventează oricum.",
        ),
        (
            "Apartenență",
            "Cei mai mulți se simt locuitori ai Dortmundului. Experiențele de excludere slăbesc însă "
            "vizibil acest sentiment.",
        ),
        (
            "Recomandări",
            "Din rezultate decurg cinci recomandări: orientare profesională timpurie, persoane de "
            "sprijin permanente, selecție corectă, recunoaștere mai rapidă a diplomelor și consiliere acolo unde "
            "sunt tinerii.",
        ),
        (
            "Ce urmează",
            "<p>Recomandările intră în actualizarea planului. Despre stadiu informează pagina planului: "
            '<a href="https://integration.example.org/ro/masterplan/">Planul online</a>.</p>',
        ),
        (
            "Mulțumiri",
            "Mulțumim tuturor tinerilor care și-au împărtășit experiențele și tuturor partenerilor din oraș.",
        ),
        intro="Acest raport rezumă rezultatele anului de participare 2023.",
    ),
}

TRANSLATIONS = translations(
    phases=PHASES, events=EVENTS, documents=DOCUMENTS, bodies=BODIES,
    embed="Postare pe Mastodon: invitație la discuție despre deschiderea interculturală",
)  # fmt: skip
