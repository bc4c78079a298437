"""Demo content of the shared page layer: the legal and accessibility pages (our own words, fictitious contacts).

``load(today=...)`` is idempotent: pages are found by slug, and a page is only saved when its demo text differs.
"""

from portal.models import EditorialPage
from portal.publication import Status
from portal.richtext import sanitize

CONTACT = (
    "<p>Stadt Dortmund<br>Kommunales Integrationszentrum Dortmund (MIA-DO-KI)<br>Friedensplatz 1<br>44135 Dortmund</p>"
    "<p>Telefon: +49 231 000000 (Demo-Nummer)<br>"
    'E-Mail: <a href="mailto:mia-do-ki@example.org">mia-do-ki@example.org</a></p>'
)

IMPRESSUM = f"""
<h2>Anbieter (Angaben nach § 5 Digitale-Dienste-Gesetz)</h2>
<p>Dieses Portal ist ein Angebot der Stadt Dortmund. Die Stadt ist eine Körperschaft des öffentlichen Rechts und
wird durch den Oberbürgermeister vertreten.</p>
{CONTACT}
<h2>Zuständige Aufsichtsbehörde</h2>
<p>Bezirksregierung Arnsberg, Seibertzstraße 1, 59821 Arnsberg</p>
<h2>Verantwortlich für den Inhalt</h2>
<p>Verantwortlich im Sinne von § 18 Absatz 2 Medienstaatsvertrag ist die Leitung des Kommunalen
Integrationszentrums Dortmund, erreichbar unter der oben genannten Anschrift.</p>
<h2>Haftung für Links</h2>
<p>Wir verlinken auf Seiten anderer Anbieter. Für deren Inhalte sind diese Anbieter verantwortlich. Wenn uns ein
rechtswidriger Inhalt auf einer verlinkten Seite bekannt wird, entfernen wir den Link.</p>
<h2>Urheberrecht</h2>
<p>Texte und Bilder dieses Portals dürfen Sie für nichtkommerzielle Zwecke mit Quellenangabe weitergeben. Für
Fotos und Grafiken anderer Urheberinnen und Urheber gelten deren Bedingungen; sie sind am Bild genannt.</p>
"""

DATENSCHUTZ = f"""
<h2>Wer ist verantwortlich?</h2>
<p>Verantwortlich für die Verarbeitung personenbezogener Daten auf diesem Portal (Artikel 13 DSGVO) ist die
Stadt Dortmund, vertreten durch den Oberbürgermeister:</p>
{CONTACT}
<p>Die behördliche Datenschutzbeauftragte erreichen Sie unter
<a href="mailto:datenschutz@example.org">datenschutz@example.org</a>.</p>
<h2>Was passiert, wenn Sie das Portal aufrufen?</h2>
<p>Ihr Browser überträgt technisch notwendige Angaben, zum Beispiel die IP-Adresse, die aufgerufene Adresse und
die Uhrzeit. Wir brauchen sie, um die Seite auszuliefern und Angriffe abzuwehren (Artikel 6 Absatz 1 Buchstabe e
DSGVO). Der Webserver speichert sie höchstens sieben Tage in Protokolldateien; danach werden sie gelöscht.</p>
<p>Schriften, Bilder und Programme laden wir ausschließlich von unserem eigenen Server. Ohne Ihre Zustimmung
stellt Ihr Browser keine Verbindung zu anderen Anbietern her. Wir verwenden keine Statistik- oder Werbedienste.</p>
<h2>Welche Cookies setzt das Portal?</h2>
<p>Wir setzen nur Cookies, die für eine Funktion nötig sind, die Sie selbst nutzen. Keines davon dient der
Analyse oder Werbung.</p>
<table>
<thead><tr><th scope="col">Name</th><th scope="col">Zweck</th><th scope="col">Speicherdauer</th></tr></thead>
<tbody>
<tr><td>csrftoken</td><td>Schutz der Anmeldung und der Formulare für Mitarbeitende vor Missbrauch durch
fremde Seiten. Besucherinnen und Besucher der öffentlichen Seiten erhalten es nicht.</td><td>ein Jahr</td></tr>
<tr><td>portal_consent</td><td>Speichert, welche externen Medien (zum Beispiel Videos oder Karten) Sie
zugelassen haben. Wird nur gesetzt, wenn Sie etwas zulassen.</td><td>ein Jahr, oder bis Sie Ihre Zustimmung
zurücknehmen</td></tr>
<tr><td>portal_notices</td><td>Merkt sich, welche Hinweise Sie ausgeblendet haben.</td><td>60 Tage</td></tr>
<tr><td>messages</td><td>Zeigt nach dem Absenden eines Formulars die Bestätigung an.</td><td>bis zur nächsten
Seite</td></tr>
<tr><td>django_language</td><td>Merkt sich die gewählte Sprache, falls sie gespeichert wird.</td><td>bis zum Ende
der Browsersitzung</td></tr>
<tr><td>sessionid</td><td>Anmeldung der Redaktion im Verwaltungsbereich. Besucherinnen und Besucher erhalten dieses
Cookie nicht.</td><td>zwei Wochen</td></tr>
</tbody>
</table>
<h2>Rückmeldungen über die Formulare</h2>
<p>Wenn Sie uns über die Frage „War diese Seite hilfreich?“ oder über das Formular zur Barrierefreiheit schreiben,
speichern wir Ihre Nachricht, die betroffene Seite, die Sprache und – nur wenn Sie sie angeben – Ihren Namen und
Ihre E-Mail-Adresse. Ihre IP-Adresse speichern wir dabei nicht. Zum Schutz vor massenhaften Einsendungen bilden wir
aus ihr einen nicht umkehrbaren Prüfwert, der nach kurzer Zeit verfällt. Die Rückmeldungen löschen wir nach
180 Tagen. Rechtsgrundlage ist Artikel 6 Absatz 1 Buchstabe e DSGVO.</p>
<h2>Externe Medien</h2>
<p>Videos und Karten anderer Anbieter laden wir erst, wenn Sie es erlauben. Vorher sehen Sie an ihrer Stelle einen
Hinweis, der den Anbieter nennt. Ihre Einstellungen können Sie jederzeit auf der Seite „Datenschutz-Einstellungen“
ändern.</p>
<h2>Ihre Rechte</h2>
<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie das Recht,
der Verarbeitung zu widersprechen. Sie können sich bei der Landesbeauftragten für Datenschutz und
Informationsfreiheit Nordrhein-Westfalen beschweren.</p>
"""

BARRIEREFREIHEIT = """
<p>Die Stadt Dortmund möchte dieses Portal für alle Menschen gut nutzbar machen. Diese Erklärung gilt für das
Informationsportal des Kommunalen Integrationszentrums Dortmund. Grundlage sind das Behindertengleichstellungsgesetz
NRW und die Barrierefreie-Informationstechnik-Verordnung NRW (BITV NRW).</p>
<h2>Wie barrierefrei ist das Portal?</h2>
<p>Das Portal ist <strong>teilweise barrierefrei</strong>. Die Seiten werden bei jeder Änderung automatisch mit
einem Prüfwerkzeug in deutscher und arabischer Sprache getestet; zusätzlich hat die Redaktion die Seiten selbst
geprüft.</p>
<h2>Was ist noch nicht barrierefrei?</h2>
<ul>
<li>Ältere PDF-Dokumente aus dem Masterplan-Prozess (2005 bis 2012) sind nicht barrierefrei. Sie wurden vor den
heutigen Anforderungen erstellt. Wir überarbeiten zuerst die Dokumente, die am häufigsten abgerufen werden. Bis
dahin schicken wir Ihnen den Inhalt auf Wunsch in einer zugänglichen Form.</li>
<li>Nicht alle Seiten sind in alle Sprachen übersetzt. Fehlt eine Übersetzung, zeigen wir die Seite auf Deutsch
und weisen darauf hin.</li>
<li>Eingebettete Videos anderer Anbieter haben nicht immer Untertitel in allen Sprachen. Darauf haben wir keinen
Einfluss; die wichtigsten Inhalte stehen zusätzlich als Text auf der Seite.</li>
<li>Videos in Deutscher Gebärdensprache gibt es bisher nur für die Einstiegsseite.</li>
</ul>
<h2>Barriere melden</h2>
<p>Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in einer anderen Form? Nutzen Sie bitte
unser Formular zur Barrierefreiheit (Link unten) oder schreiben Sie uns:</p>
<p>Kommunales Integrationszentrum Dortmund<br>E-Mail:
<a href="mailto:barrierefreiheit@example.org">barrierefreiheit@example.org</a><br>Telefon: +49 231 000001
(Demo-Nummer)</p>
<p>Wir antworten innerhalb eines Monats.</p>
<h2>Durchsetzungsverfahren</h2>
<p>Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die Ombudsstelle für barrierefreie
Informationstechnik des Landes Nordrhein-Westfalen wenden. Sie ist bei der oder dem Landesbeauftragten für Menschen
mit Behinderung in Düsseldorf angesiedelt, vermittelt kostenlos zwischen Ihnen und uns und sucht mit beiden Seiten
nach einer Lösung. Die Kontaktdaten finden Sie auf der Internetseite der Landesbeauftragten.</p>
"""

LEICHTE_SPRACHE = """
<p>Hier lesen Sie in Leichter Sprache, was auf dieser Internet-Seite steht.</p>
<h2>Wer sind wir?</h2>
<p>Wir sind das Kommunale Integrations-Zentrum in Dortmund. Wir arbeiten für die Stadt Dortmund. Wir helfen
Menschen, die nach Dortmund gezogen sind.</p>
<h2>Was finden Sie hier?</h2>
<ul>
<li>Beratung und Hilfe: Wer hilft Ihnen? Wo ist das Amt?</li>
<li>Unterricht in der Herkunfts-Sprache für Kinder in der Schule.</li>
<li>Geld für Vereine, die Menschen zusammen-bringen.</li>
<li>Der Master-Plan: So arbeitet die Stadt für ein gutes Zusammen-Leben.</li>
</ul>
<h2>So finden Sie sich zurecht</h2>
<p>Oben auf jeder Seite sind die Bereiche. Dort können Sie auch die Sprache wählen. Unten auf jeder Seite finden Sie
das Impressum, den Datenschutz und die Erklärung zur Barriere-Freiheit.</p>
<h2>Barriere-Freiheit</h2>
<p>Noch nicht alles auf der Seite ist barriere-frei. Zum Beispiel manche alten Dokumente. Wenn Sie etwas nicht
lesen können: Schreiben Sie uns. Wir helfen Ihnen.</p>
"""

GEBAERDENSPRACHE = """
<p>Auf dieser Seite stellen wir die Inhalte des Portals in Deutscher Gebärdensprache (DGS) vor.</p>
<h2>Was die Videos zeigen</h2>
<ul>
<li>Wer wir sind: das Kommunale Integrationszentrum Dortmund und die Angebote des Sozialamts für Geflüchtete.</li>
<li>Was Sie auf dem Portal finden: Beratung, Unterricht in der Herkunftssprache, Förderung für Vereine und den
Masterplan Migration/Integration.</li>
<li>Wie Sie sich zurechtfinden: Bereiche oben, Sprachauswahl oben, rechtliche Hinweise unten auf jeder Seite.</li>
<li>Das Wichtigste aus der Erklärung zur Barrierefreiheit, und wie Sie uns eine Barriere melden.</li>
</ul>
<p>Die Videos werden gerade aufgenommen und erscheinen hier, sobald sie fertig sind.</p>
"""

PAGES = [
    {
        "slug": "impressum",
        "title_de": "Impressum",
        "summary_de": "Wer dieses Portal anbietet und wie Sie uns erreichen.",
        "body_de": IMPRESSUM,
    },
    {
        "slug": "datenschutz",
        "title_de": "Datenschutzerklärung",
        "summary_de": "Welche Daten das Portal verarbeitet, welche Cookies es setzt und welche Rechte Sie haben.",
        "body_de": DATENSCHUTZ,
    },
    {
        "slug": "barrierefreiheit",
        "title_de": "Erklärung zur Barrierefreiheit",
        "summary_de": "Was auf diesem Portal noch nicht barrierefrei ist, und wie Sie uns eine Barriere melden.",
        "body_de": BARRIEREFREIHEIT,
        "links_feedback_form": True,
    },
    {
        "slug": "leichte-sprache",
        "title_de": "Leichte Sprache",
        "summary_de": "Informationen über dieses Portal in Leichter Sprache.",
        "body_de": LEICHTE_SPRACHE,
    },
    {
        "slug": "gebaerdensprache",
        "title_de": "Deutsche Gebärdensprache",
        "summary_de": "Informationen über dieses Portal in Deutscher Gebärdensprache.",
        "body_de": GEBAERDENSPRACHE,
    },
]


def ensure_page(values):
    """Create or refresh one editorial page from ``values`` (slug + fields); return what happened."""
    defaults = {"status": Status.PUBLISHED, "links_feedback_form": False, **values}
    defaults["body_de"] = sanitize(defaults["body_de"])  # stored sanitised: compare like with like
    slug = defaults.pop("slug")
    page = EditorialPage.objects.filter(slug=slug).first() or EditorialPage(slug=slug)
    before = {name: getattr(page, name) for name in defaults}
    for name, value in defaults.items():
        setattr(page, name, value)
    if page.pk is None:
        page.save()
        return "created"
    if any(getattr(page, name) != before[name] for name in defaults):
        page.save()
        return "updated"
    return "unchanged"


def load(*, today):
    results = [ensure_page(dict(values)) for values in PAGES]
    return ", ".join(f"{results.count(state)} {state}" for state in ("created", "updated", "unchanged"))
