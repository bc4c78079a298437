"""Romanian demo translations of the funding demo (our own words; names of associations and districts stay as
registered)."""

from funding.demo_translations.shared import block_key, calls, documents, projects, with_year

PROGRAMMES = {
    ("funding.programme", "komm-an-nrw-teil-2"): {
        "name": "KOMM-AN NRW, partea a II-a",
        "summary": "Bani de la land pentru asociații și inițiative care îi primesc pe nou-veniți și întăresc "
        "voluntariatul. În Dortmund îi distribuie Kommunales Integrationszentrum.",
        "purpose": (
            "<p>Prin programul KOMM-AN NRW, landul Renania de Nord-Westfalia sprijină munca locală cu refugiații și "
            "nou-veniții. Dortmund primește pentru aceasta în fiecare an aproximativ 216.000 de euro. Din acești bani "
            "se finanțează locuri de întâlnire, activități comune, informare și sprijin pentru voluntari.</p>"
        ),
        "eligible_applicants": (
            "<p>Organizații ale migranților, asociații, parohii, inițiative și organizații de caritate cu sediul sau "
            "activitatea în Dortmund.</p>"
        ),
        "amounts": (
            "<p>Sume forfetare sau fixe, în funcție de modul; nu este nevoie de contribuție proprie. După proiect se "
            "depune o dovadă simplă a utilizării banilor.</p>"
        ),
    },
    ("funding.programme", "integrationsfonds-dortmund"): {
        "name": "Fondul de integrare al orașului Dortmund",
        "summary": "Bani ai orașului pentru proiecte care întăresc conviețuirea în cartierele orașului.",
        "purpose": (
            "<p>Fondul sprijină proiecte mici și mijlocii care aduc împreună oameni cu și fără istorie de migrație: "
            "acțiuni între vecini, cafenele lingvistice, lucrul cu părinții, sport și cultură în cartier.</p>"
        ),
        "eligible_applicants": "<p>Organizații nonprofit cu sediul în Dortmund.</p>",
        "amounts": "<p>Până la 5.000 de euro pe proiect; o contribuție proprie de zece la sută este binevenită.</p>",
    },
    ("funding.programme", "kleinstfoerderung-ehrenamt"): {
        "name": "Microgranturi pentru proiecte de voluntariat",
        "summary": "Sume forfetare rapide pentru proiecte mici ale voluntarilor, fără o cerere lungă.",
        "purpose": (
            "<p>Pentru materiale, transport, mâncare sau chiria unei săli la acțiuni mici de voluntariat, de exemplu "
            "un mic dejun între vecini sau ajutor la teme.</p>"
        ),
        "eligible_applicants": (
            "<p>Asociații și inițiative, inclusiv grupuri informale care au o organizație-gazdă.</p>"
        ),
        "amounts": "<p>O sumă forfetară de 500 de euro pe proiect.</p>",
    },
}

CALLS = calls(
    {
        "komm-an": with_year("KOMM-AN NRW {year}: apel pentru partea a II-a"),
        "fund-autumn": "Fondul de integrare: runda de toamnă",
        "fund-spring": "Fondul de integrare: runda de primăvară",
        "small-next": "Microgranturi: runda următoare",
        "small-first": "Microgranturi: prima rundă",
    },
    {
        "komm": "Cereri pentru locuri de întâlnire, activități comune, informare și voluntariat anul viitor, "
        "modulele A–D.",
        "fund": "Până la 5.000 de euro pentru proiecte de vecinătate care aduc oamenii din cartier împreună.",
        "small": "500 de euro forfetar pentru acțiuni mici ale voluntarilor – cu un formular scurt.",
    },
    "<p>Prin acest apel, Kommunales Integrationszentrum acordă bani pentru proiecte care facilitează întâlnirea "
    "oamenilor și îi întăresc pe voluntari. Vă rugăm să citiți indicațiile programului înainte de cerere.</p>",
    "<p>Completați formularul de cerere și planul de costuri și finanțare și trimiteți-le pe amândouă prin e-mail "
    "la foerderung@example.org. Veți primi o confirmare.</p>",
)

BLOCKS = {
    block_key("A"): {
        "title": "Spații, dotări și costuri curente",
        "description": "Chiria și dotarea locurilor de întâlnire, inclusiv pentru voluntariatul digital.",
    },
    block_key("B"): {
        "title": "Întâlnire și orientare",
        "description": "Sărbători, excursii, grupuri de discuții și activități care ajută la acomodare.",
    },
    block_key("C"): {
        "title": "Informare și atragerea voluntarilor",
        "description": "Seri de informare, materiale în mai multe limbi, acțiuni pentru a câștiga voluntari noi.",
    },
    block_key("D"): {
        "title": "Pregătirea și însoțirea voluntarilor",
        "description": "Cursuri, supervizare și întâlniri de schimb de experiență pentru voluntari.",
    },
}

TRANSLATIONS = {
    **PROGRAMMES,
    **CALLS,
    **BLOCKS,
    **documents({"application": "Formular de cerere", "financing_plan": "Plan de costuri și finanțare"}),
    **projects(
        {
            "Sprachcafé am Donnerstag": "Cafenea lingvistică joia",
            "Nachbarschaftsfest im Park": "Sărbătoarea vecinilor în parc",
            "Hausaufgabenhilfe mit Ehrenamtlichen": "Ajutor la teme cu voluntari",
            "Treffpunkt mit Beratungsecke": "Loc de întâlnire cu colț de consiliere",
            "Schulung für Sprachmittlerinnen und Sprachmittler": "Curs pentru mediatori lingvistici",
            "Stadtteilspaziergänge": "Plimbări prin cartier",
            "Mehrsprachige Infoabende für Eltern": "Seri de informare multilingve pentru părinți",
            "Fahrradwerkstatt für alle": "Atelier de biciclete pentru toți",
        },
        fictional="(fictiv)",
    ),
}
