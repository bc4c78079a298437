"""Arabic demo translations of the funded projects (names of associations and districts stay as registered)."""

from funding.demo_translations.shared import projects

TRANSLATIONS = projects(
    {
        "Sprachcafé am Donnerstag": "مقهى اللغة يوم الخميس",
        "Nachbarschaftsfest im Park": "احتفال الجيران في الحديقة",
        "Hausaufgabenhilfe mit Ehrenamtlichen": "مساعدة في الواجبات المدرسية مع متطوعين",
        "Treffpunkt mit Beratungsecke": "مكان لقاء مع ركن للاستشارة",
        "Schulung für Sprachmittlerinnen und Sprachmittler": "تدريب للوسطاء اللغويين",
        "Stadtteilspaziergänge": "جولات مشي في الحي",
        "Mehrsprachige Infoabende für Eltern": "أمسيات إعلامية للأهل بعدة لغات",
        "Fahrradwerkstatt für alle": "ورشة دراجات للجميع",
    },
    fictional="(خيالي)",
)
