"""Turkish demo translations of the funded projects (names of associations and districts stay as registered)."""

from funding.demo_translations.shared import projects

TRANSLATIONS = projects(
    {
        "Sprachcafé am Donnerstag": "Perşembe dil kafesi",
        "Nachbarschaftsfest im Park": "Parkta komşuluk şenliği",
        "Hausaufgabenhilfe mit Ehrenamtlichen": "Gönüllülerle ödev yardımı",
        "Treffpunkt mit Beratungsecke": "Danışma köşeli buluşma yeri",
        "Schulung für Sprachmittlerinnen und Sprachmittler": "Toplum tercümanları için eğitim",
        "Stadtteilspaziergänge": "Semt yürüyüşleri",
        "Mehrsprachige Infoabende für Eltern": "Veliler için çok dilli bilgilendirme akşamları",
        "Fahrradwerkstatt für alle": "Herkes için bisiklet atölyesi",
    },
    fictional="(kurgusal)",
)
