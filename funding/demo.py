"""Demo content of the funding app (our own words, fictitious organisations and contacts at example.org).

``load(today=...)`` is idempotent: programmes and calls are found again by slug, documents by call and kind,
funded projects by year, organisation and title; a second run on the same day changes and duplicates nothing.
Calls are placed relative to ``today``: one upcoming, one open, one closing soon, two closed.
"""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile

from funding.models import BuildingBlock, CallDocument, CallDocumentKind, FundedProject, FundingCall, Programme
from portal.demo_pdf import demo_pdf
from portal.districts import District
from portal.local_time import BERLIN
from portal.publication import Status

CONTACT = {"contact_name_de": "MIA-DO-KI, Team Förderung", "contact_name_en": "MIA-DO-KI, funding team",
           "contact_email": "foerderung@example.org", "contact_phone": "0231 50-00000"}  # fmt: skip

PROGRAMMES = [
    {
        "slug": "komm-an-nrw-teil-2",
        "funder_type": "state",
        "funder_de": "Land NRW – KOMM-AN NRW",
        "name_de": "KOMM-AN NRW, Programmteil II",
        "name_en": "KOMM-AN NRW, part II",
        "summary_de": "Landesgeld für Vereine und Initiativen, die Neuzugewanderte willkommen heißen und das "
        "Ehrenamt stärken. Das Kommunale Integrationszentrum gibt es in Dortmund weiter.",
        "summary_en": "State money for associations and initiatives that welcome newcomers and strengthen "
        "volunteering. In Dortmund, the Kommunales Integrationszentrum passes it on.",
        "purpose_de": "<p>Das Land Nordrhein-Westfalen unterstützt mit KOMM-AN NRW die Arbeit vor Ort mit "
        "geflüchteten und neu zugewanderten Menschen. In Dortmund stehen dafür jedes Jahr rund 216.000 Euro "
        "bereit. Gefördert werden Treffpunkte, Begegnung, Information und die Begleitung von Ehrenamtlichen.</p>",
        "purpose_en": "<p>With KOMM-AN NRW, the state of North Rhine-Westphalia supports local work with "
        "refugees and newly arrived people. Dortmund receives about 216,000 euros for it every year. The money "
        "pays for meeting points, getting together, information and support for volunteers.</p>",
        "eligible_applicants_de": "<p>Migrantenorganisationen, Vereine, Kirchengemeinden, Initiativen und "
        "Wohlfahrtsverbände mit Sitz oder Angebot in Dortmund.</p>",
        "eligible_applicants_en": "<p>Migrant organisations, associations, church congregations, initiatives and "
        "welfare organisations based or active in Dortmund.</p>",
        "amounts_de": "<p>Je nach Baustein Pauschalen oder Festbeträge; einen Eigenanteil verlangt das Programm "
        "nicht. Nach Projektende ist ein einfacher Verwendungsnachweis einzureichen.</p>",
        "amounts_en": "<p>Lump sums or fixed amounts depending on the building block; no own contribution is "
        "required. After the project, a simple proof of use is due.</p>",
        "blocks": [
            (
                "A",
                "Räume, Ausstattung und laufende Kosten",
                "Rooms, equipment and running costs",
                "Miete und Ausstattung von Treffpunkten, auch für digitales Ehrenamt.",
                Decimal("6000"),
            ),
            (
                "B",
                "Begegnung und Orientierung",
                "Getting together and orientation",
                "Feste, Ausflüge, Gesprächsrunden und Angebote, die beim Ankommen helfen.",
                Decimal("4000"),
            ),
            (
                "C",
                "Information und Gewinnung von Ehrenamtlichen",
                "Information and recruiting volunteers",
                "Infoabende, Material in mehreren Sprachen, Aktionen zur Gewinnung neuer Engagierter.",
                Decimal("3000"),
            ),
            (
                "D",
                "Qualifizierung und Begleitung von Ehrenamtlichen",
                "Training and supporting volunteers",
                "Schulungen, Supervision und Austauschtreffen für Ehrenamtliche.",
                Decimal("3500"),
            ),
        ],  # fmt: skip
    },
    {
        "slug": "integrationsfonds-dortmund",
        "funder_type": "municipal",
        "funder_de": "",
        "name_de": "Integrationsfonds der Stadt Dortmund",
        "name_en": "Dortmund integration fund",
        "summary_de": "Städtisches Geld für Projekte, die das Zusammenleben in den Stadtbezirken stärken.",
        "summary_en": "Municipal money for projects that strengthen living together in the city districts.",
        "purpose_de": "<p>Der Fonds fördert kleine und mittlere Projekte, die Menschen mit und ohne "
        "Einwanderungsgeschichte zusammenbringen: Nachbarschaftsaktionen, Sprachcafés, Elternarbeit, Sport und "
        "Kultur im Quartier.</p>",
        "purpose_en": "<p>The fund supports small and medium projects that bring people with and without a "
        "migration history together: neighbourhood activities, language cafés, work with parents, sport and "
        "culture in the neighbourhood.</p>",
        "eligible_applicants_de": "<p>Gemeinnützige Träger mit Sitz in Dortmund.</p>",
        "eligible_applicants_en": "<p>Non-profit organisations based in Dortmund.</p>",
        "amounts_de": "<p>Bis zu 5.000 Euro je Projekt; ein Eigenanteil von zehn Prozent ist erwünscht.</p>",
        "amounts_en": "<p>Up to 5,000 euros per project; an own share of ten per cent is welcome.</p>",
        "blocks": [],
    },
    {
        "slug": "kleinstfoerderung-ehrenamt",
        "funder_type": "municipal",
        "funder_de": "",
        "name_de": "Kleinstförderung für Ehrenamtsprojekte",
        "name_en": "Small grants for volunteer projects",
        "summary_de": "Schnelle Pauschalen für kleine Vorhaben von Ehrenamtlichen, ohne großen Antrag.",
        "summary_en": "Quick lump sums for small projects run by volunteers, without a long application.",
        "purpose_de": "<p>Für Material, Fahrtkosten, Verpflegung oder Raummiete bei kleinen ehrenamtlichen "
        "Aktionen, zum Beispiel ein Nachbarschaftsfrühstück oder eine Hausaufgabenhilfe.</p>",
        "purpose_en": "<p>For materials, travel, food or room hire for small volunteer activities, for example "
        "a neighbourhood breakfast or homework help.</p>",
        "eligible_applicants_de": "<p>Vereine und Initiativen, auch ohne eigene Rechtsform mit einem Träger.</p>",
        "eligible_applicants_en": "<p>Associations and initiatives, also informal groups with a host organisation.</p>",
        "amounts_de": "<p>Pauschal 500 Euro je Vorhaben.</p>",
        "amounts_en": "<p>A lump sum of 500 euros per project.</p>",
        "blocks": [],
    },
]


def _at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BERLIN)


def _calls(today):
    next_year = today.year + 1
    days = datetime.timedelta
    return [
        # open: next year's KOMM-AN call, deadline late January (always more than 14 days away)
        ("komm-an-nrw-teil-2", f"komm-an-nrw-{next_year}", f"KOMM-AN NRW {next_year}: Förderaufruf Teil II",
         f"KOMM-AN NRW {next_year}: call for part II", _at(today - days(14), 9),
         _at(datetime.date(next_year, 1, 29), 23, 59), Decimal("216000"), Decimal("6000")),
        # closing soon
        ("integrationsfonds-dortmund", "integrationsfonds-herbstrunde", "Integrationsfonds: Herbstrunde",
         "Integration fund: autumn round", _at(today - days(40), 9), _at(today + days(6), 12),
         Decimal("60000"), Decimal("5000")),
        # upcoming
        ("kleinstfoerderung-ehrenamt", "kleinstfoerderung-naechste-runde", "Kleinstförderung: nächste Runde",
         "Small grants: next round", _at(today + days(21), 9), _at(today + days(80), 12),
         Decimal("15000"), Decimal("500")),
        # closed
        ("integrationsfonds-dortmund", "integrationsfonds-fruehjahrsrunde", "Integrationsfonds: Frühjahrsrunde",
         "Integration fund: spring round", _at(today - days(150), 9), _at(today - days(90), 12),
         Decimal("60000"), Decimal("5000")),
        ("kleinstfoerderung-ehrenamt", "kleinstfoerderung-erste-runde", "Kleinstförderung: erste Runde",
         "Small grants: first round", _at(today - days(260), 9), _at(today - days(200), 12),
         Decimal("10000"), Decimal("500")),
    ]  # fmt: skip


CALL_TEXT = {
    "description_de": "<p>Mit diesem Aufruf vergibt das Kommunale Integrationszentrum Mittel für Vorhaben, die "
    "Begegnung ermöglichen und Ehrenamtliche stärken. Bitte lesen Sie vor dem Antrag die Hinweise zum "
    "Programm.</p>",
    "description_en": "<p>With this call the Kommunales Integrationszentrum hands out money for projects that "
    "bring people together and strengthen volunteers. Please read the notes on the programme before you "
    "apply.</p>",
    "how_to_apply_de": "<p>Füllen Sie das Antragsformular und den Kosten- und Finanzierungsplan aus und senden "
    "Sie beides per E-Mail an foerderung@example.org. Sie erhalten eine Eingangsbestätigung.</p>",
    "how_to_apply_en": "<p>Fill in the application form and the cost and financing plan and send both by "
    "e-mail to foerderung@example.org. You will receive a confirmation.</p>",
}

DOCUMENTS = [
    (CallDocumentKind.APPLICATION, "Antragsformular", "Application form", 1),
    (CallDocumentKind.FINANCING_PLAN, "Kosten- und Finanzierungsplan", "Cost and financing plan", 2),
]

ORGANISATIONS = [
    "Kulturverein Brückenschlag e. V.", "Nachbarschaftsinitiative Hafenviertel", "Elternnetz Vielfalt e. V.",
    "Ev. Kirchengemeinde am Nordmarkt (fiktiv)", "Sportfreunde Westpark 09 e. V.", "Frauencafé Miteinander",
    "Verein für Sprache und Begegnung", "Jugendforum International e. V.", "Initiative Willkommen im Quartier",
    "Musikwerkstatt Klangbrücke e. V.",
]  # fmt: skip
PROJECT_TITLES = [
    "Sprachcafé am Donnerstag", "Nachbarschaftsfest im Park", "Hausaufgabenhilfe mit Ehrenamtlichen",
    "Treffpunkt mit Beratungsecke", "Schulung für Sprachmittlerinnen und Sprachmittler", "Stadtteilspaziergänge",
    "Mehrsprachige Infoabende für Eltern", "Fahrradwerkstatt für alle",
]  # fmt: skip


def _load_programmes():
    programmes = {}
    for data in PROGRAMMES:
        data = dict(data)
        blocks = data.pop("blocks")
        programme, _created = Programme.objects.update_or_create(
            slug=data.pop("slug"), defaults={**data, **CONTACT, "status": Status.PUBLISHED}
        )
        if not programme.guideline:
            lines = [f"Förderrichtlinie: {programme.name_de}", "Demo-Dokument (fiktiv) – MIA-DO-KI Dortmund"]
            programme.guideline.save(f"{programme.slug}-richtlinie.pdf", ContentFile(demo_pdf(lines)))
        for code, title_de, title_en, description, max_amount in blocks:
            BuildingBlock.objects.update_or_create(
                programme=programme, code=code,
                defaults={"title_de": title_de, "title_en": title_en, "description_de": description,
                          "max_amount": max_amount},
            )  # fmt: skip
        programmes[programme.slug] = programme
    return programmes


SUMMARIES = {
    "komm-an": ("Anträge für Treffpunkte, Begegnung, Information und Ehrenamt im kommenden Jahr, Bausteine A bis D.",
                "Applications for meeting points, getting together, information and volunteering next year, "
                "building blocks A to D."),
    "integrationsfonds": ("Bis zu 5.000 Euro für Nachbarschaftsprojekte, die Menschen im Stadtbezirk zusammenbringen.",
                          "Up to 5,000 euros for neighbourhood projects that bring people in a district together."),
    "kleinstfoerderung": ("500 Euro pauschal für kleine Aktionen von Ehrenamtlichen – mit einem kurzen Formular.",
                          "A 500-euro lump sum for small volunteer activities, with a short form."),
}  # fmt: skip


def _summary(slug):
    return next(texts for prefix, texts in SUMMARIES.items() if slug.startswith(prefix))


def _load_calls(programmes, today):
    calls = []
    for programme_slug, slug, title_de, title_en, opens_at, deadline, budget, cap in _calls(today):
        call, _created = FundingCall.objects.update_or_create(
            slug=slug,
            defaults={
                "programme": programmes[programme_slug], "title_de": title_de, "title_en": title_en,
                "opens_at": opens_at, "deadline": deadline, "total_budget": budget, "max_per_project": cap,
                "status": Status.PUBLISHED, **CALL_TEXT,
                "summary_de": _summary(slug)[0], "summary_en": _summary(slug)[1],
            },
        )  # fmt: skip
        for kind, title_de, title_en, position in DOCUMENTS:
            document = CallDocument.objects.filter(call=call, kind=kind).first()
            if document is None:
                document = CallDocument(call=call, kind=kind)
                pdf = demo_pdf([title_de, call.title_de, "Demo-Dokument (fiktiv) – MIA-DO-KI Dortmund"])
                document.file.save(f"{slug}-{kind}.pdf", ContentFile(pdf), save=False)
            document.title_de, document.title_en, document.position = title_de, title_en, position
            document.save()
        calls.append(call)
    return calls


def _load_projects(programmes, today):
    districts = list(District)
    blocks = list(BuildingBlock.objects.filter(programme=programmes["komm-an-nrw-teil-2"]).order_by("code"))
    slugs = list(programmes)
    count = 0
    for index in range(40):
        year = today.year - 1 - index % 4
        programme = programmes[slugs[index % 3]]
        block = blocks[index % len(blocks)] if programme.slug == "komm-an-nrw-teil-2" and blocks else None
        amount = Decimal("500") if programme.slug == "kleinstfoerderung-ehrenamt" else Decimal(1200 + 175 * index)
        FundedProject.objects.update_or_create(
            year=year,
            organisation_de=ORGANISATIONS[index % len(ORGANISATIONS)],
            title_de=f"{PROJECT_TITLES[index % len(PROJECT_TITLES)]} ({districts[index % 12].label})",
            defaults={"programme": programme, "building_block": block, "district": districts[index % 12],
                      "amount": amount, "status": Status.PUBLISHED},
        )  # fmt: skip
        count += 1
    return count


def load(*, today):
    programmes = _load_programmes()
    calls = _load_calls(programmes, today)
    projects = _load_projects(programmes, today)
    return f"{len(programmes)} programmes, {len(calls)} calls, {projects} funded projects"
