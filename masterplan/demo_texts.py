"""Bodies of the Masterplan demo documents (our own words; two long documents exercise the table of contents
and printing, one of them also in Arabic for the bilingual print)."""

from html import escape


def sections(*parts, intro=""):
    """HTML from ``(heading, paragraph, ...)`` tuples; a heading starting with "- " becomes an h3."""
    html = [f"<p>{escape(intro)}</p>"] if intro else []
    for heading, *paragraphs in parts:
        if heading.startswith("- "):
            html.append(f"<h3>{escape(heading[2:])}</h3>")
        else:
            html.append(f"<h2>{escape(heading)}</h2>")
        html.extend(
            paragraph if paragraph.startswith("<") else f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs
        )
    return "".join(html)


RAHMENKONZEPT_DE = sections(
    (
        "Anlass",
        "Dortmund ist eine Stadt mit Menschen aus über 170 Herkunftsländern. Wer eine Behörde besucht, soll "
        "unabhängig von Herkunft, Sprache und Religion gleich gut beraten werden.",
        "Der Rat hat deshalb beschlossen, die Verwaltung planvoll interkulturell zu öffnen. Dieses Rahmenkonzept "
        "beschreibt, was das heißt und wie es umgesetzt wird.",
    ),
    (
        "Ziele",
        "Die Angebote der Stadt erreichen alle Einwohnerinnen und Einwohner. Die Beschäftigten spiegeln die "
        "Vielfalt der Stadt wider. Abläufe und Formulare sind verständlich.",
        "Die Ziele gelten für jede Dienststelle; jede benennt eigene, überprüfbare Schritte.",
    ),
    (
        "Begriffe",
        "Interkulturelle Öffnung meint einen Veränderungsprozess der ganzen Organisation, nicht ein einzelnes "
        "Projekt. Vielfalt umfasst Herkunft, Sprache, Religion und Weltanschauung.",
    ),
    (
        "Zugang zu den Angeboten",
        "Informationen werden in einfacher Sprache und in den häufigsten Sprachen der Stadt angeboten. "
        "Wo nötig, werden Dolmetscherinnen und Dolmetscher hinzugezogen.",
        "Wartebereiche, Schilder und Internetseiten werden so gestaltet, dass sich alle zurechtfinden.",
    ),
    (
        "- Sprachmittlung",
        "Für Gespräche mit weitreichenden Folgen wird eine qualifizierte Sprachmittlung bereitgestellt. "
        "Kinder werden nicht als Dolmetscher eingesetzt.",
    ),
    ("- Schriftliche Informationen", "Bescheide werden um kurze Erläuterungen in verständlicher Sprache ergänzt."),
    (
        "Personal",
        "Die Stadt wirbt gezielt um Auszubildende und Beschäftigte mit Zuwanderungsgeschichte. "
        "Mehrsprachigkeit wird in Stellenausschreibungen als Gewinn benannt.",
        "Auswahlverfahren werden darauf geprüft, ob sie Menschen unbeabsichtigt benachteiligen.",
    ),
    (
        "Fortbildung",
        "Alle Führungskräfte und Beschäftigten mit Publikumsverkehr nehmen an Fortbildungen zu interkultureller "
        "Kompetenz teil. Die Fortbildungen werden mit Migrantenorganisationen entwickelt.",
    ),
    (
        "Organisation und Abläufe",
        "Jede Dienststelle benennt eine Ansprechperson für interkulturelle Öffnung. Diese Personen tauschen sich "
        "regelmäßig in einem Netzwerk aus.",
    ),
    (
        "Zusammenarbeit mit der Stadtgesellschaft",
        "Migrantenorganisationen, Wohlfahrtsverbände und Religionsgemeinschaften sind Partner bei der Umsetzung. "
        "Sie werden früh beteiligt und ihre Hinweise werden aufgenommen.",
    ),
    (
        "Beschwerden und Anregungen",
        "Wer sich benachteiligt fühlt, kann sich an eine unabhängige Stelle wenden. Jede Beschwerde wird "
        "beantwortet und ausgewertet.",
    ),
    (
        "Umsetzung in Schritten",
        "Das Konzept wird in drei Stufen umgesetzt: Bestandsaufnahme, Maßnahmenplanung in jeder Dienststelle "
        "und Überprüfung nach zwei Jahren.",
    ),
    (
        "Überprüfung und Bericht",
        "Der Verwaltungsvorstand berichtet dem Rat alle zwei Jahre über den Stand. Kennzahlen sind unter anderem "
        "der Anteil Beschäftigter mit Zuwanderungsgeschichte und die Teilnahme an Fortbildungen.",
    ),
    (
        "Ausblick",
        "Interkulturelle Öffnung ist eine Daueraufgabe. Das Rahmenkonzept wird fortgeschrieben, wenn sich die "
        "Stadtgesellschaft verändert.",
    ),
    intro="Dieses Rahmenkonzept wurde im Oktober 2008 vom Rat der Stadt Dortmund beschlossen.",
)

RAHMENKONZEPT_AR = sections(
    (
        "المناسبة",
        "دورتموند مدينة يعيش فيها أشخاص من أكثر من 170 بلدًا. كل من يزور دائرة رسمية يجب أن يحصل على استشارة "
        "جيدة بالقدر نفسه، بغض النظر عن أصله ولغته ودينه.",
        "لذلك قرر المجلس أن تنفتح الإدارة بشكل مخطط على الثقافات المختلفة. يصف هذا الإطار العام ما يعنيه ذلك "
        "وكيف يُطبَّق.",
    ),
    (
        "الأهداف",
        "تصل خدمات المدينة إلى جميع السكان. ويعكس الموظفون تنوع المدينة. وتكون الإجراءات والاستمارات مفهومة.",
        "تسري الأهداف على كل دائرة؛ وتحدد كل دائرة خطوات خاصة بها يمكن التحقق منها.",
    ),
    (
        "المفاهيم",
        "الانفتاح بين الثقافات يعني عملية تغيير للمؤسسة كلها، وليس مشروعًا منفردًا. ويشمل التنوع الأصل واللغة "
        "والدين والمعتقد.",
    ),
    (
        "الوصول إلى الخدمات",
        "تُقدَّم المعلومات بلغة بسيطة وباللغات الأكثر انتشارًا في المدينة. وعند الحاجة يُستعان بمترجمين ومترجمات.",
        "تُصمَّم أماكن الانتظار واللافتات والمواقع الإلكترونية بحيث يجد الجميع طريقهم.",
    ),
    ("- الوساطة اللغوية", "في المحادثات ذات العواقب الكبيرة تُوفَّر وساطة لغوية مؤهلة. ولا يُستخدم الأطفال مترجمين."),
    ("- المعلومات المكتوبة", "تُرفق بالقرارات الرسمية توضيحات قصيرة بلغة مفهومة."),
    (
        "الموظفون",
        "تسعى المدينة بشكل هادف إلى استقطاب متدربين وموظفين من أصول مهاجرة. ويُذكر تعدد اللغات في إعلانات "
        "الوظائف على أنه ميزة.",
        "تُفحص إجراءات الاختيار للتأكد من أنها لا تضر بأحد دون قصد.",
    ),
    (
        "التدريب المستمر",
        "يشارك جميع المديرين والموظفين الذين يتعاملون مع الجمهور في دورات حول الكفاءة بين الثقافات. وتُطوَّر "
        "هذه الدورات بالتعاون مع منظمات المهاجرين.",
    ),
    (
        "التنظيم والإجراءات",
        "تعيّن كل دائرة شخصًا مسؤولًا عن الانفتاح بين الثقافات. ويتبادل هؤلاء الأشخاص الخبرات بانتظام في شبكة.",
    ),
    (
        "التعاون مع المجتمع",
        "منظمات المهاجرين وجمعيات الرعاية والمجتمعات الدينية شركاء في التطبيق. تُشرك مبكرًا وتؤخذ ملاحظاتها "
        "بعين الاعتبار.",
    ),
    ("الشكاوى والاقتراحات", "من يشعر بالتمييز يمكنه التوجه إلى جهة مستقلة. يُرد على كل شكوى وتُقيَّم."),
    (
        "التطبيق على مراحل",
        "يُطبَّق الإطار على ثلاث مراحل: حصر الوضع القائم، ثم تخطيط الإجراءات في كل دائرة، ثم المراجعة بعد عامين.",
    ),
    (
        "المراجعة والتقرير",
        "يقدم مجلس إدارة المدينة تقريرًا إلى المجلس كل عامين عن سير العمل. ومن المؤشرات نسبة الموظفين من "
        "أصول مهاجرة والمشاركة في الدورات التدريبية.",
    ),
    ("نظرة مستقبلية", "الانفتاح بين الثقافات مهمة دائمة. ويُحدَّث الإطار العام عندما يتغير مجتمع المدينة."),
    intro="أقر مجلس مدينة دورتموند هذا الإطار العام في أكتوبر 2008.",
)

BETEILIGUNGSBERICHT_DE = sections(
    (
        "Worum es ging",
        "Im Jahr 2023 war Dortmund eine von fünf Modellkommunen des Projekts „Mehr erreichen. Mit Beteiligung. "
        "Kommunen der Offenen Gesellschaft“. Die Stadt wollte wissen, wie junge Menschen mit "
        "Zuwanderungsgeschichte ihren Weg in Ausbildung und Arbeit erleben.",
    ),
    (
        "Partner",
        "Das Projekt wurde gemeinsam mit der Initiative Offene Gesellschaft und More in Common durchgeführt. "
        "Vor Ort wirkten Schulen, Betriebe, Beratungsstellen und Vereine mit.",
    ),
    (
        "Vorgehen",
        "Auf eine Befragung im Frühjahr folgten Dialogwerkstätten in den Stadtbezirken und eine Ergebniskonferenz "
        "im November.",
        '<table><thead><tr><th scope="col">Schritt</th><th scope="col">Zeitraum</th>'
        '<th scope="col">Beteiligte</th></tr></thead><tbody>'
        "<tr><td>Auftakt</td><td>Februar 2023</td><td>Stadt, Projektpartner, Träger</td></tr>"
        "<tr><td>Befragung</td><td>April bis Mai 2023</td><td>junge Menschen von 16 bis 27 Jahren</td></tr>"
        "<tr><td>Dialogwerkstätten</td><td>Juni bis September 2023</td><td>junge Menschen, Betriebe, Schulen</td></tr>"
        "<tr><td>Ergebniskonferenz</td><td>November 2023</td><td>alle Beteiligten, Politik, Verwaltung</td></tr>"
        "</tbody></table>",
    ),
    (
        "Wer teilgenommen hat",
        "Teilgenommen haben junge Menschen zwischen 16 und 27 Jahren aus allen zwölf Stadtbezirken. Viele sind "
        "in Dortmund aufgewachsen, andere erst vor wenigen Jahren zugewandert.",
    ),
    (
        "Übergang von der Schule",
        "Viele berichten, dass sie zu spät und zu wenig über Ausbildungsberufe erfahren haben. Praktika wurden "
        "oft über Familie und Bekannte gefunden.",
    ),
    (
        "- Was geholfen hat",
        "Als hilfreich nennen die jungen Menschen persönliche Ansprechpersonen, die über längere Zeit begleiten.",
    ),
    (
        "Bewerbung und Auswahl",
        "Mehrere Teilnehmende haben erlebt, dass ihr Name oder ihr Aussehen im Bewerbungsverfahren eine Rolle "
        "spielte. Anonyme Erstbewerbungen wurden ausdrücklich gewünscht.",
    ),
    (
        "Sprache und Abschlüsse",
        "Mehrsprachigkeit wird in Betrieben selten als Stärke gesehen. Wer einen Abschluss im Ausland erworben hat, "
        "wartet oft lange auf dessen Anerkennung.",
    ),
    (
        "Beratung",
        "Die Beratungsangebote sind vielen unbekannt. Gewünscht werden Informationen in sozialen Medien, in "
        "mehreren Sprachen und an Orten, die junge Menschen ohnehin besuchen.",
    ),
    (
        "Zugehörigkeit",
        "Die meisten fühlen sich als Dortmunderinnen und Dortmunder. Erfahrungen von Ausgrenzung schwächen dieses "
        "Gefühl jedoch deutlich.",
    ),
    (
        "Empfehlungen",
        "Aus den Ergebnissen folgen fünf Empfehlungen: frühe Berufsorientierung, feste Begleitpersonen, faire "
        "Auswahlverfahren, schnellere Anerkennung und Beratung dort, wo junge Menschen sind.",
    ),
    (
        "Wie es weitergeht",
        "<p>Die Empfehlungen fließen in die Fortschreibung des Masterplans ein. Über den Stand informiert die Seite "
        'des Masterplans: <a href="https://integration.example.org/de/masterplan/">Masterplan online</a>.</p>',
    ),
    ("Dank", "Wir danken allen jungen Menschen, die ihre Erfahrungen geteilt haben, und allen Partnern vor Ort."),
    intro="Dieser Bericht fasst die Ergebnisse des Beteiligungsjahres 2023 zusammen.",
)

DOCUMENT_BODIES = {
    "rahmenkonzept-interkulturelle-oeffnung": {"de": RAHMENKONZEPT_DE, "ar": RAHMENKONZEPT_AR},
    "beteiligungsbericht-2023": {"de": BETEILIGUNGSBERICHT_DE},
    "ratsbeschluss-masterplan-2005": {
        "de": sections(
            (
                "Beschluss",
                "Der Rat beauftragt die Verwaltung, einen Masterplan Migration/Integration zu erarbeiten. Die "
                "Erarbeitung geschieht gemeinsam mit Vereinen, Migrantenorganisationen und Fachleuten.",
            ),
            (
                "Begründung",
                "Integration soll nicht länger dem Zufall überlassen bleiben, sondern ein eigenes Handlungsfeld der "
                "Stadt werden, das auch die Verwaltung selbst einbezieht.",
            ),
            ("Zeitplan", "Ein erster Bericht soll dem Rat innerhalb von zwei Jahren vorgelegt werden."),
        )
    },
    "leitbild-integration": {
        "de": sections(
            (
                "Unser Verständnis",
                "Integration ist ein gegenseitiger Prozess. Sie gelingt, wenn alle gleiche Chancen haben, am Leben "
                "der Stadt teilzunehmen.",
            ),
            ("Grundsätze", "Wir erkennen Vielfalt an, wir fördern Teilhabe, und wir treten Diskriminierung entgegen."),
            (
                "Verantwortung",
                "Integration ist Aufgabe der ganzen Stadtgesellschaft: der Verwaltung, der Politik, der Vereine und "
                "jedes Einzelnen.",
            ),
        )
    },
}
