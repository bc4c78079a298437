"""Demo content of the Masterplan: the phases of the process since 2005, their events and documents.

Written in our own words for demonstration; dates are illustrative. Idempotent: items are found by slug and
only saved when a value differs, so a second run changes and duplicates nothing.
"""

import datetime

from masterplan.demo_texts import DOCUMENT_BODIES
from masterplan.models import Document, Event, Phase
from portal.publication import Status
from portal.richtext import sanitize

PHASES = [
    {
        "slug": "auftrag-2005",
        "order": 10,
        "year_from": 2005,
        "year_to": 2005,
        "title_de": "Der Auftrag",
        "title_ar": "التكليف",
        "summary_de": "Der Rat der Stadt beschließt, einen Masterplan Migration/Integration zu erarbeiten. Integration "
        "wird damit zu einem eigenen Handlungsfeld der Stadt, das auch die Verwaltung selbst betrifft.",
        "summary_ar": "يقرر مجلس المدينة وضع خطة رئيسية للهجرة والاندماج. وبذلك يصبح الاندماج مجال عمل مستقلًا "
        "للمدينة يشمل الإدارة نفسها أيضًا.",
    },
    {
        "slug": "leitbild-und-netzwerke",
        "order": 20,
        "year_from": 2006,
        "year_to": 2010,
        "title_de": "Leitbild und Netzwerke",
        "title_ar": "الرؤية التوجيهية والشبكات",
        "summary_de": "Verwaltung und Zivilgesellschaft klären gemeinsam, was Integration in Dortmund bedeuten soll, "
        "schreiben ein Leitbild und knüpfen Netzwerke. 2008 tritt die Stadt der Charta der Vielfalt bei und "
        "beschließt ein Rahmenkonzept zur interkulturellen Öffnung der Verwaltung.",
        "summary_ar": "تحدد الإدارة والمجتمع المدني معًا ما يعنيه الاندماج في دورتموند، وتكتبان رؤية توجيهية "
        "وتبنيان شبكات. في عام 2008 تنضم المدينة إلى ميثاق التنوع وتقرر إطارًا للانفتاح بين الثقافات في الإدارة.",
    },
    {
        "slug": "querschnittsaufgabe",
        "order": 30,
        "year_from": 2010,
        "year_to": 2012,
        "title_de": "Integration als Querschnittsaufgabe",
        "title_ar": "الاندماج مهمة مشتركة بين جميع القطاعات",
        "summary_de": "Integration wird Aufgabe aller Fachbereiche. Vier strategische Handlungsfelder ordnen die "
        "Arbeit: Bildung, Arbeit und Wirtschaft, sozialer Ausgleich in den Stadtbezirken sowie eine offene, "
        "internationale Stadt.",
        "summary_ar": "يصبح الاندماج مهمة جميع الأقسام. أربعة مجالات استراتيجية تنظم العمل: التعليم، والعمل "
        "والاقتصاد، والتوازن الاجتماعي في الأحياء، ومدينة منفتحة ودولية.",
    },
    {
        "slug": "kommunales-integrationszentrum",
        "order": 40,
        "year_from": 2013,
        "year_to": 2022,
        "title_de": "Das Kommunale Integrationszentrum",
        "title_ar": "المركز البلدي للاندماج",
        "summary_de": "Der Rat beschließt 2013 die Einrichtung des Kommunalen Integrationszentrums Dortmund "
        "(MIA-DO-KI). 2018 wird entschieden, die Arbeit fortzusetzen.",
        "summary_ar": "يقرر المجلس في عام 2013 إنشاء المركز البلدي للاندماج في دورتموند. وفي عام 2018 يتقرر "
        "مواصلة العمل.",
    },
    {
        "slug": "mehr-erreichen-mit-beteiligung",
        "order": 50,
        "year_from": 2023,
        "year_to": 2023,
        "title_de": "„Mehr erreichen. Mit Beteiligung.“",
        "title_ar": "«تحقيق المزيد. بالمشاركة.»",
        "summary_de": "Dortmund ist eine von fünf Modellkommunen des Beteiligungsprojekts „Mehr erreichen. Mit "
        "Beteiligung. Kommunen der Offenen Gesellschaft“ der Initiative Offene Gesellschaft und von More in Common. "
        "Ein Jahr lang fragt die Stadt junge Menschen mit Zuwanderungsgeschichte nach ihrem Weg in Ausbildung "
        "und Arbeit.",
        "summary_ar": "دورتموند واحدة من خمس بلديات نموذجية في مشروع المشاركة «تحقيق المزيد. بالمشاركة». "
        "طوال عام كامل تسأل المدينة الشباب من أصول مهاجرة عن طريقهم إلى التدريب المهني والعمل.",
    },
    {
        "slug": "fortschreibung",
        "order": 60,
        "year_from": 2024,
        "year_to": None,
        "title_de": "Fortschreibung des Masterplans",
        "title_ar": "تحديث الخطة الرئيسية",
        "summary_de": "Der Masterplan wird an die veränderte Zuwanderung und die heutigen Aufgaben angepasst. Die "
        "Ergebnisse der Beteiligung von 2023 fließen ein.",
        "summary_ar": "تُكيَّف الخطة الرئيسية مع الهجرة المتغيرة ومهام اليوم. وتدخل فيها نتائج المشاركة لعام 2023.",
    },
]

# (phase slug, event slug, date, kind, title, description, place)
EVENTS = [
    ("auftrag-2005", "ratsbeschluss-2005", "2005-06-23", "council_decision", "Ratsbeschluss zum Masterplan",
     "Der Rat beauftragt die Verwaltung, gemeinsam mit der Stadtgesellschaft einen Masterplan zu erarbeiten.",
     "Rathaus Dortmund"),
    ("auftrag-2005", "auftaktforum-2005", "2005-11-15", "forum", "Auftaktforum",
     "Vereine, Migrantenorganisationen und Fachbereiche sammeln Themen für den Masterplan.", "Rathaus Dortmund"),
    ("leitbild-und-netzwerke", "werkstatt-leitbild-2006", "2006-09-20", "workshop", "Werkstatt zum Leitbild",
     "In Arbeitsgruppen entsteht ein gemeinsamer Begriff von Integration als Grundlage des Leitbilds.", ""),
    ("leitbild-und-netzwerke", "charta-der-vielfalt-2008", "2008-03-12", "council_decision",
     "Beitritt zur Charta der Vielfalt",
     "Die Stadt verpflichtet sich als Arbeitgeberin, Vielfalt anzuerkennen und zu fördern.", ""),
    ("leitbild-und-netzwerke", "beschluss-rahmenkonzept-2008", "2008-10-09", "council_decision",
     "Beschluss zum Rahmenkonzept Interkulturelle Öffnung",
     "Der Rat beschließt, die Verwaltung nach einem Rahmenkonzept interkulturell zu öffnen.", "Rathaus Dortmund"),
    ("leitbild-und-netzwerke", "integrationsforum-2009", "2009-05-27", "forum", "Integrationsforum 2009",
     "Die Netzwerke berichten über ihre ersten Ergebnisse und vereinbaren nächste Schritte.", "Dietrich-Keuning-Haus"),
    ("querschnittsaufgabe", "werkstatt-handlungsfelder-2011", "2011-02-16", "workshop",
     "Werkstatt zu den vier Handlungsfeldern",
     "Fachbereiche und Träger ordnen ihre Vorhaben den vier strategischen Handlungsfeldern zu.", ""),
    ("querschnittsaufgabe", "integrationsforum-2012", "2012-06-06", "forum", "Integrationsforum 2012",
     "Bilanz der Querschnittsarbeit und Empfehlungen für eine feste Struktur.", ""),
    ("kommunales-integrationszentrum", "ratsbeschluss-ki-2013", "2013-02-21", "council_decision",
     "Einrichtung des Kommunalen Integrationszentrums",
     "Der Rat beschließt, das Kommunale Integrationszentrum Dortmund einzurichten.", "Rathaus Dortmund"),
    ("kommunales-integrationszentrum", "fortfuehrung-2018", "2018-09-27", "council_decision",
     "Fortführung der Arbeit",
     "Der Rat entscheidet, die Arbeit des Integrationszentrums fortzuführen.", "Rathaus Dortmund"),
    ("mehr-erreichen-mit-beteiligung", "auftakt-2023", "2023-02-08", "participation_step",
     "Auftakt des Beteiligungsprojekts",
     "Stadt, Initiative Offene Gesellschaft und More in Common stellen Ziele und Ablauf vor.", "Dortmund U"),
    ("mehr-erreichen-mit-beteiligung", "befragung-2023", "2023-04-17", "participation_step",
     "Befragung junger Dortmunderinnen und Dortmunder",
     "Junge Menschen mit Zuwanderungsgeschichte beantworten Fragen zu Ausbildung, Arbeit und Zugehörigkeit.", ""),
    ("mehr-erreichen-mit-beteiligung", "dialogwerkstaetten-2023", "2023-06-14", "workshop", "Dialogwerkstätten",
     "In kleinen Runden sprechen junge Menschen mit Betrieben, Schulen und Beratungsstellen.", "Stadtbezirke"),
    ("mehr-erreichen-mit-beteiligung", "ergebniskonferenz-2023", "2023-11-22", "participation_step",
     "Ergebniskonferenz",
     "Die Ergebnisse werden vorgestellt und gemeinsam zu Empfehlungen verdichtet.", "Rathaus Dortmund"),
    ("fortschreibung", "auftakt-fortschreibung-2024", "2024-03-13", "forum", "Forum zur Fortschreibung",
     "Der Weg zur Aktualisierung des Masterplans wird mit der Stadtgesellschaft besprochen.", ""),
]  # fmt: skip

# (slug, phase slug, date, kind, validity, title_de, summary_de)
DOCUMENTS = [
    ("ratsbeschluss-masterplan-2005", "auftrag-2005", "2005-06-23", "resolution", "current",
     "Ratsbeschluss zur Erstellung eines Masterplans Migration/Integration",
     "Mit diesem Beschluss wird Integration ein eigenes Handlungsfeld der Stadt. Er beschreibt Auftrag, "
     "Beteiligte und Zeitplan der Erarbeitung."),
    ("zwischenbericht-2007", "leitbild-und-netzwerke", "2007-04-18", "report", "superseded",
     "Zwischenbericht zum Masterplan",
     "Der erste Bericht über den Stand der Arbeitsgruppen. Er wurde durch den Bericht von 2011 abgelöst."),
    ("leitbild-integration", "leitbild-und-netzwerke", "2007-12-13", "concept", "current",
     "Leitbild Integration der Stadt Dortmund",
     "Das Leitbild beschreibt, wie die Stadt Integration versteht, und nennt die Grundsätze, nach denen "
     "Verwaltung und Partner handeln wollen."),
    ("rahmenkonzept-interkulturelle-oeffnung", "leitbild-und-netzwerke", "2008-10-09", "concept", "current",
     "Rahmenkonzept zur interkulturellen Öffnung der Stadtverwaltung",
     "Das Rahmenkonzept legt fest, wie die Verwaltung ihre Angebote, ihr Personal und ihre Abläufe auf eine "
     "vielfältige Stadtgesellschaft ausrichtet."),
    ("protokoll-integrationsforum-2009", "leitbild-und-netzwerke", "2009-05-27", "minutes", "current",
     "Protokoll des Integrationsforums 2009",
     "Das Protokoll hält die Berichte der Netzwerke und die vereinbarten nächsten Schritte fest."),
    ("bericht-handlungsfelder-2011", "querschnittsaufgabe", "2011-09-29", "report", "current",
     "Integration als Querschnittsaufgabe: vier strategische Handlungsfelder",
     "Der Bericht ordnet die Integrationsarbeit der Stadt in vier Handlungsfelder und beschreibt Ziele "
     "für jedes Feld."),
    ("ratsbeschluss-integrationszentrum-2013", "kommunales-integrationszentrum", "2013-02-21", "resolution",
     "current", "Ratsbeschluss zur Einrichtung des Kommunalen Integrationszentrums",
     "Der Beschluss richtet das Kommunale Integrationszentrum Dortmund ein und beschreibt seine Aufgaben."),
    ("beschluss-fortfuehrung-2018", "kommunales-integrationszentrum", "2018-09-27", "resolution", "current",
     "Beschluss zur Fortführung des Kommunalen Integrationszentrums",
     "Der Rat bestätigt die Arbeit des Integrationszentrums und beschließt, sie fortzuführen."),
    ("praesentation-auftakt-2023", "mehr-erreichen-mit-beteiligung", "2023-02-08", "presentation", "current",
     "Präsentation zum Auftakt von „Mehr erreichen. Mit Beteiligung.“",
     "Die Folien der Auftaktveranstaltung: Ziele, Zeitplan und Beteiligungsformen des Projekts."),
    ("beteiligungsbericht-2023", "mehr-erreichen-mit-beteiligung", "2023-12-14", "report", "current",
     "Beteiligungsbericht 2023: Junge Menschen, Ausbildung und Arbeit",
     "Was junge Dortmunderinnen und Dortmunder mit Zuwanderungsgeschichte über ihren Weg in Ausbildung und "
     "Arbeit berichtet haben, und welche Empfehlungen daraus folgen."),
]  # fmt: skip

ARABIC_DOCUMENTS = {
    "rahmenkonzept-interkulturelle-oeffnung": {
        "title_ar": "الإطار العام للانفتاح بين الثقافات في إدارة المدينة",
        "summary_ar": "يحدد الإطار العام كيف توجّه الإدارة خدماتها وموظفيها وإجراءاتها نحو مجتمع مدينة متنوع.",
    },
}

# Consent-gated embeds on this app's demo pages, added by portal.consent.demo once the pages exist.
DEMO_EMBEDS = [
    {
        "model": "masterplan.Document",
        "slug": "rahmenkonzept-interkulturelle-oeffnung",
        "provider": "mastodon-social",
        "resource_id": "@mia_do_ki_demo/113000000000000001",
        "title_de": "Beitrag auf Mastodon: Einladung zur Diskussion über die interkulturelle Öffnung",
        "title_en": "Mastodon post: invitation to discuss the intercultural opening",
        "title_ar": "منشور على ماستودون: دعوة إلى النقاش حول الانفتاح بين الثقافات",
    },
]


def _date(value):
    return datetime.date.fromisoformat(value)


def _upsert(model, slug, values):
    """Create the item, or update it only where a value differs. Returns "created", "updated" or None."""
    item = model.objects.filter(slug=slug).first()
    if item is None:
        model.objects.create(slug=slug, **values)
        return "created"
    changed = [name for name, value in values.items() if getattr(item, name) != value]
    if not changed:
        return None
    for name in changed:
        setattr(item, name, values[name])
    item.save()
    return "updated"


def load(*, today):
    results = []
    phases = {}
    for data in PHASES:
        values = {key: value for key, value in data.items() if key != "slug"}
        values["status"] = Status.PUBLISHED
        results.append(_upsert(Phase, data["slug"], values))
        phases[data["slug"]] = Phase.objects.get(slug=data["slug"])
    for phase_slug, slug, date, kind, title, description, place in EVENTS:
        values = {
            "phase": phases[phase_slug],
            "date": _date(date),
            "kind": kind,
            "title_de": title,
            "description_de": description,
            "place_de": place,
            "status": Status.PUBLISHED,
        }
        results.append(_upsert(Event, slug, values))
    for slug, phase_slug, date, kind, validity, title, summary in DOCUMENTS:
        bodies = DOCUMENT_BODIES.get(slug, {})
        values = {
            "phase": phases[phase_slug],
            "date": _date(date),
            "kind": kind,
            "validity": validity,
            "title_de": title,
            "summary_de": summary,
            "body_de": sanitize(bodies.get("de", f"<p>{summary}</p>")),
            "status": Status.PUBLISHED,
            **ARABIC_DOCUMENTS.get(slug, {}),
        }
        if "ar" in bodies:
            values["body_ar"] = sanitize(bodies["ar"])
        results.append(_upsert(Document, slug, values))
    created = results.count("created")
    updated = results.count("updated")
    return f"{len(PHASES)} phases, {len(EVENTS)} events, {len(DOCUMENTS)} documents ({created} new, {updated} updated)"
