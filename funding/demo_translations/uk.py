"""Ukrainian demo translations of the funded projects (names of associations and districts stay as registered)."""

from funding.demo_translations.shared import projects

TRANSLATIONS = projects(
    {
        "Sprachcafé am Donnerstag": "Мовне кафе щочетверга",
        "Nachbarschaftsfest im Park": "Сусідське свято в парку",
        "Hausaufgabenhilfe mit Ehrenamtlichen": "Допомога з домашніми завданнями від волонтерів",
        "Treffpunkt mit Beratungsecke": "Місце зустрічей з куточком для консультацій",
        "Schulung für Sprachmittlerinnen und Sprachmittler": "Навчання для мовних посередників",
        "Stadtteilspaziergänge": "Прогулянки районом",
        "Mehrsprachige Infoabende für Eltern": "Багатомовні інформаційні вечори для батьків",
        "Fahrradwerkstatt für alle": "Велосипедна майстерня для всіх",
    },
    fictional="(вигадано)",
)
