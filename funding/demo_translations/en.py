"""English demo translations of the funded projects (the programmes and calls carry English in the demo itself)."""

from funding.demo_translations.shared import projects

TRANSLATIONS = projects(
    {
        "Sprachcafé am Donnerstag": "Thursday language café",
        "Nachbarschaftsfest im Park": "Neighbourhood party in the park",
        "Hausaufgabenhilfe mit Ehrenamtlichen": "Homework help with volunteers",
        "Treffpunkt mit Beratungsecke": "Meeting place with an advice corner",
        "Schulung für Sprachmittlerinnen und Sprachmittler": "Training for community interpreters",
        "Stadtteilspaziergänge": "Walks through the district",
        "Mehrsprachige Infoabende für Eltern": "Information evenings for parents in several languages",
        "Fahrradwerkstatt für alle": "Bicycle workshop for everyone",
    },
    fictional="(fictional)",
)
