"""Texts of the services demo content, in our own words (German source, English, and some Arabic/Turkish).

Facts follow the city's published information (HSU, offices, refugee services); people, phone numbers and
e-mail addresses are fictitious.
"""

# --- Offices ------------------------------------------------------------------------------------------------
# weekday (1 = Monday), opens, closes, by appointment only
OFFICES = [
    {
        "slug": "mia-do-ki",
        "name_de": "Kommunales Integrationszentrum (MIA-DO-KI)",
        "name_en": "Kommunales Integrationszentrum (MIA-DO-KI)",
        "name_ar": "المركز البلدي للاندماج (MIA-DO-KI)",
        "unit_de": "Stadt Dortmund – Kommunales Integrationszentrum",
        "unit_en": "City of Dortmund – municipal integration centre",
        "unit_ar": "مدينة دورتموند – المركز البلدي للاندماج",
        "street": "Südwall 2", "postcode": "44137",
        "phone": "0231 1234-100", "email": "mia-do-ki@example.org",
        "appointment_url": "https://termine.example.org/mia-do-ki",
        "languages_spoken": ["de", "en", "tr", "ar", "ru"],
        "step_free": "yes",
        "access_note_de": "Aufzug im Innenhof", "access_note_en": "Lift in the courtyard",
        "access_note_ar": "مصعد في الفناء الداخلي",
        "hours": [(1, "09:00", "12:00", False), (2, "09:00", "12:00", False), (2, "14:00", "16:00", True),
                  (4, "09:00", "12:00", False), (4, "14:00", "17:30", False), (5, "09:00", "12:00", False)],
    },
    {
        "slug": "sozialamt-gefluechtete",
        "name_de": "Sozialamt – Geflüchtete in Dortmund",
        "name_en": "Social welfare office – refugees in Dortmund",
        "name_ar": "مكتب الشؤون الاجتماعية – اللاجئون في دورتموند",
        "unit_de": "Sozialamt der Stadt Dortmund, Bereich Geflüchtete",
        "unit_en": "Social welfare office of the City of Dortmund, refugee services",
        "unit_ar": "مكتب الشؤون الاجتماعية في مدينة دورتموند، قسم اللاجئين",
        "street": "Luisenstraße 11", "postcode": "44137",
        "phone": "0231 1234-200", "email": "gefluechtete@example.org",
        "appointment_url": "",
        "languages_spoken": ["de", "en", "ar", "fa", "uk", "ru"],
        "step_free": "yes",
        "hours_note_de": "Bitte ziehen Sie im Eingangsbereich eine Wartenummer.",
        "hours_note_en": "Please take a number from the machine in the entrance hall.",
        "hours_note_ar": "يرجى سحب رقم انتظار عند المدخل.",
        "hours": [(1, "08:00", "12:00", False), (2, "08:00", "12:00", False), (3, "08:00", "12:00", True),
                  (4, "08:00", "12:00", False), (4, "13:30", "17:00", False), (5, "08:00", "11:30", False)],
    },
    {
        "slug": "schulamt-hsu",
        "name_de": "Schulamt für die Stadt Dortmund – HSU",
        "name_en": "School office for the City of Dortmund – HSU",
        "name_ar": "مكتب المدارس لمدينة دورتموند – دروس اللغة الأم",
        "unit_de": "Schulamt für die Stadt Dortmund, Herkunftssprachlicher Unterricht",
        "unit_en": "School office for the City of Dortmund, heritage-language classes",
        "unit_ar": "مكتب المدارس لمدينة دورتموند، دروس لغة الأصل",
        "street": "Königswall 23", "postcode": "44137",
        "phone": "0231 1234-300", "email": "hsu@example.org",
        "appointment_url": "",
        "languages_spoken": ["de", "en", "tr", "pl"],
        "step_free": "no",
        "access_note_de": "Drei Stufen am Eingang; Beratung im Erdgeschoss nach Absprache",
        "access_note_en": "Three steps at the entrance; advice on the ground floor on request",
        "access_note_ar": "ثلاث درجات عند المدخل؛ استشارة في الطابق الأرضي عند الطلب",
        "hours": [(1, "09:00", "12:00", False), (3, "09:00", "12:00", False), (3, "13:00", "15:00", True),
                  (4, "09:00", "12:00", False)],
    },
    {
        "slug": "anlaufstelle-nordstadt",
        "name_de": "Anlaufstelle Nordstadt",
        "name_en": "Nordstadt drop-in centre",
        "name_ar": "نقطة الاستقبال في نوردشتات",
        "unit_de": "Kommunales Integrationszentrum, Team Neuzugewanderte",
        "unit_en": "Municipal integration centre, team for newly arrived people",
        "unit_ar": "المركز البلدي للاندماج، فريق القادمين الجدد",
        "street": "Münsterstraße 50", "postcode": "44145",
        "phone": "0231 1234-400", "email": "nordstadt@example.org",
        "appointment_url": "",
        "languages_spoken": ["de", "en", "bg", "ro", "pl", "tr", "ar"],
        "step_free": "unknown",
        "hours": [(1, "10:00", "13:00", False), (2, "10:00", "13:00", False), (2, "14:00", "17:00", False),
                  (4, "10:00", "13:00", False)],
    },
]  # fmt: skip

# --- Topics --------------------------------------------------------------------------------------------------
TOPICS = [
    {
        "slug": "integrationszentrum", "order": 10,
        "title_de": "Das Kommunale Integrationszentrum und seine Schwerpunkte",
        "title_en": "The municipal integration centre and its focus areas",
        "title_ar": "المركز البلدي للاندماج ومجالات عمله",
        "summary_de": "Was MIA-DO-KI macht: Bildung, Beratung, Vernetzung und die interkulturelle Öffnung der Stadt.",
        "summary_en": "What MIA-DO-KI does: education, advice, networking and the intercultural opening of the city.",
        "summary_ar": "ما الذي يقوم به MIA-DO-KI: التعليم والاستشارة والتشبيك والانفتاح بين الثقافات في المدينة.",
        "body_de": "<p>Seit dem Ratsbeschluss von 2013 bündelt das Kommunale Integrationszentrum in Dortmund die "
        "Integrationsarbeit der Stadt. Es arbeitet mit Schulen, Kitas, Vereinen und der Verwaltung zusammen.</p>"
        "<h2>Schwerpunkte</h2><ul><li>Bildung von der Kita bis zum Beruf, zum Beispiel Sprachbildung</li>"
        "<li>Beratung und Orientierung für neu zugewanderte Menschen</li><li>Netzwerke im Stadtteil und in der "
        "Stadtgesellschaft</li><li>Interkulturelle Öffnung der Verwaltung</li><li>Förderung von Vereinen und "
        "Initiativen</li></ul><p>Grundlage ist der Masterplan Migration/Integration, den die Stadt seit 2005 "
        "gemeinsam mit vielen Partnern entwickelt.</p>",
        "body_en": "<p>Since the council decision of 2013, the Kommunales Integrationszentrum brings together "
        "the city's integration work. It works with schools, day-care centres, associations and the "
        "administration.</p><h2>Focus areas</h2><ul><li>Education from day care to work, for example language "
        "education</li><li>Advice and orientation for newly arrived people</li><li>Networks in the "
        "neighbourhoods and in the city</li><li>Intercultural opening of the administration</li><li>Funding for "
        "associations and initiatives</li></ul><p>It builds on the Masterplan Migration/Integration, which the "
        "city has developed with many partners since 2005.</p>",
        "body_ar": "<p>منذ قرار مجلس المدينة عام 2013 يجمع المركز البلدي للاندماج عمل المدينة في مجال الاندماج. "
        "ويتعاون مع المدارس ورياض الأطفال والجمعيات والإدارة.</p><h2>مجالات العمل</h2><ul><li>التعليم من روضة "
        "الأطفال حتى العمل، مثل تعليم اللغة</li><li>الاستشارة والتوجيه للقادمين الجدد</li><li>الشبكات في الأحياء "
        "وفي المدينة</li><li>الانفتاح بين الثقافات في الإدارة</li><li>دعم الجمعيات والمبادرات</li></ul>",
    },
    {
        "slug": "gefluechtete", "order": 20,
        "title_de": "Geflüchtete in Dortmund: Leistungen des Sozialamts",
        "title_en": "Refugees in Dortmund: services of the social welfare office",
        "title_ar": "اللاجئون في دورتموند: خدمات مكتب الشؤون الاجتماعية",
        "summary_de": "Unterkunft, Geld zum Leben und Ansprechpersonen für geflüchtete Menschen.",
        "summary_en": "Accommodation, money to live on and whom to contact, for refugees.",
        "summary_ar": "السكن والمال اللازم للمعيشة وجهات الاتصال للاجئين.",
        "body_de": "<p>Der Bereich Geflüchtete im Sozialamt ist zuständig, solange über einen Asylantrag noch "
        "nicht entschieden ist oder eine Duldung besteht. Er hilft bei der Unterkunft und zahlt Leistungen "
        "nach dem Asylbewerberleistungsgesetz.</p><p>Hier finden Sie die Leistungen und die Kontaktdaten.</p>",
        "body_en": "<p>The refugee services of the social welfare office are responsible while an asylum "
        "application is pending or a person holds a toleration permit (Duldung). They help with accommodation "
        "and pay benefits under the Asylum Seekers' Benefits Act.</p><p>Here you find the services and how to "
        "contact them.</p>",
        "body_ar": "<p>قسم اللاجئين في مكتب الشؤون الاجتماعية مسؤول طالما لم يتم البت في طلب اللجوء أو في حالة "
        "وجود إقامة تسامح (Duldung). يساعد في السكن ويدفع المساعدات وفق قانون إعانات طالبي اللجوء.</p>",
    },
    {
        "slug": "beratung", "order": 30,
        "title_de": "Beratung für Zugewanderte, Nachbarschaft und Freiwillige",
        "title_en": "Advice for immigrants, neighbours and volunteers",
        "title_ar": "استشارات للمهاجرين والجيران والمتطوعين",
        "summary_de": "Wer neu in Dortmund ist, wer helfen möchte oder eine Frage zum Zusammenleben hat, "
        "bekommt hier Rat.",
        "summary_en": "Advice for people new to Dortmund, for those who want to help, and for questions about "
        "living together.",
        "summary_ar": "نصائح للقادمين الجدد إلى دورتموند ولمن يرغب في المساعدة ولأسئلة العيش المشترك.",
        "body_de": "<p>Die Beratung ist kostenlos und vertraulich. Sie können allein kommen oder eine "
        "Person Ihres Vertrauens mitbringen. Wenn nötig, organisieren wir eine Sprachmittlung.</p>",
        "body_en": "<p>Advice is free and confidential. You can come alone or bring someone you trust. If "
        "needed, we arrange an interpreter.</p>",
        "body_ar": "<p>الاستشارة مجانية وسرية. يمكنك الحضور بمفردك أو مع شخص تثق به. وعند الحاجة نوفر مترجمًا.</p>",
    },
    {
        "slug": "hsu", "order": 40, "area_link": "services:hsu",
        "title_de": "Herkunftssprachlicher Unterricht (HSU)",
        "title_en": "Heritage-language classes (HSU)",
        "title_ar": "دروس لغة الأصل (HSU)",
        "summary_de": "Ein freiwilliges Angebot für mehrsprachige Kinder: Unterricht in der Familiensprache.",
        "summary_en": "A voluntary offer for multilingual children: lessons in their family language.",
        "summary_ar": "عرض اختياري للأطفال متعددي اللغات: دروس بلغة العائلة.",
        "body_de": "<p>Im HSU lernen Kinder der Klassen 1 bis 10 ihre Familiensprache lesen und schreiben. Die "
        "Sprachen, Schulen und Termine finden Sie im HSU-Finder.</p>",
        "body_en": "<p>In HSU classes, pupils in grades 1 to 10 learn to read and write their family language. "
        "Languages, schools and times are in the HSU finder.</p>",
        "body_ar": "<p>في دروس لغة الأصل يتعلم تلاميذ الصفوف من 1 إلى 10 القراءة والكتابة بلغة عائلتهم. تجد اللغات "
        "والمدارس والمواعيد في أداة البحث.</p>",
    },
    {
        "slug": "neuzugewanderte", "order": 50,
        "title_de": "Strukturierte Hilfen für Neuzugewanderte",
        "title_en": "Structured help for newly arrived people",
        "summary_de": "Begleitung für neu zugewanderte Menschen, die mit mehreren Problemen zugleich kämpfen.",
        "summary_en": "Support for newly arrived people who face several problems at the same time.",
        "body_de": "<p>Wohnung, Arbeit, Schule, Gesundheit: Manchmal kommt alles zusammen. Dann hilft eine "
        "abgestimmte Begleitung, bei der eine feste Ansprechperson den Überblick behält und die passenden "
        "Stellen einbezieht.</p>",
        "body_en": "<p>Housing, work, school, health: sometimes everything comes at once. Then coordinated "
        "support helps, with one contact person who keeps track and involves the right services.</p>",
    },
    {
        "slug": "netzwerke", "order": 60,
        "title_de": "Netzwerk- und Gremienarbeit",
        "title_en": "Networks and committees",
        "summary_de": "Gemeinsam mehr erreichen: Netzwerke und Gremien für Integration und Vielfalt in Dortmund.",
        "summary_en": "Achieving more together: networks and committees for integration and diversity in Dortmund.",
        "body_de": "<p>MIA-DO-KI bringt Menschen aus Verwaltung, Vereinen, Migrantenorganisationen, Schulen und "
        "Wohlfahrtsverbänden zusammen. In Stadtteilnetzwerken und Fachgremien werden Erfahrungen geteilt und "
        "Angebote abgestimmt.</p>",
        "body_en": "<p>MIA-DO-KI brings together people from the administration, associations, migrant "
        "organisations, schools and welfare organisations. Neighbourhood networks and expert committees share "
        "experience and coordinate offers.</p>",
    },
    {
        "slug": "sprachbildung", "order": 70,
        "title_de": "Sprachbildung: Rucksack und Griffbereit",
        "title_en": "Language education: Rucksack and Griffbereit",
        "title_ar": "تعليم اللغة: Rucksack و Griffbereit",
        "summary_de": "Programme, die Eltern und Kinder beim mehrsprachigen Aufwachsen unterstützen.",
        "summary_en": "Programmes that support parents and children growing up with several languages.",
        "summary_ar": "برامج تدعم الآباء والأطفال الذين ينشؤون بعدة لغات.",
        "body_de": "<p>Kinder lernen Deutsch am besten, wenn auch ihre Familiensprache gestärkt wird. Darauf "
        "bauen die Programme Griffbereit (für Familien mit Kindern bis drei Jahre) und Rucksack (in Kita und "
        "Grundschule) auf.</p>",
        "body_en": "<p>Children learn German best when their family language is strengthened too. The "
        "programmes Griffbereit (families with children up to three) and Rucksack (in day care and primary "
        "school) build on this.</p>",
        "body_ar": "<p>يتعلم الأطفال الألمانية بشكل أفضل عندما تتعزز لغة العائلة أيضًا. على ذلك يقوم برنامجا "
        "Griffbereit (للعائلات مع أطفال حتى ثلاث سنوات) و Rucksack (في الروضة والمدرسة الابتدائية).</p>",
    },
    {
        "slug": "foerderung", "order": 80, "area_link": "funding:index",
        "title_de": "Fördermittel für Integrationsprojekte",
        "title_en": "Funding for integration projects",
        "summary_de": "Vereine und Initiativen, die Integrationsarbeit leisten, können Fördergeld beantragen.",
        "summary_en": "Associations and initiatives doing integration work can apply for funding.",
        "body_de": "<p>MIA-DO-KI gibt Landes- und städtische Mittel an Migrantenorganisationen, Vereine, "
        "Kirchengemeinden, Initiativen und Wohlfahrtsverbände weiter. Aktuelle Aufrufe, Fristen und Unterlagen "
        "stehen im Bereich Förderung.</p>",
        "body_en": "<p>MIA-DO-KI passes on state and municipal money to migrant organisations, associations, "
        "churches, initiatives and welfare organisations. Current calls, deadlines and documents are in the "
        "funding area.</p>",
    },
    {
        "slug": "interkulturelle-oeffnung", "order": 90,
        "title_de": "Rahmenkonzept Interkulturelle Öffnung",
        "title_en": "Framework concept for intercultural opening",
        "summary_de": "Wie sich die Stadtverwaltung für alle Dortmunderinnen und Dortmunder öffnet.",
        "summary_en": "How the city administration opens up to everybody living in Dortmund.",
        "body_de": "<p>2008 beschloss der Rat ein Rahmenkonzept zur interkulturellen Öffnung der Verwaltung. Es "
        "zielt auf verständliche Dienstleistungen, vielfältige Teams und Fortbildungen für Beschäftigte.</p>",
        "body_en": "<p>In 2008 the council decided on a framework concept for the intercultural opening of the "
        "administration. It aims at understandable services, diverse teams and training for staff.</p>",
    },
]  # fmt: skip

# --- Services ------------------------------------------------------------------------------------------------
SERVICES = [
    {
        "slug": "seiteneinstieg-schule", "topics": ["integrationszentrum"], "offices": ["mia-do-ki"],
        "audiences": ["residents", "refugees", "schools"],
        "title_de": "Schulplatz für neu zugewanderte Kinder",
        "title_en": "A school place for newly arrived children",
        "summary_de": "Beratung der Familien und Vermittlung eines Schulplatzes für Kinder, die neu in Dortmund sind.",
        "summary_en": "Advice for families and a school place for children who are new to Dortmund.",
        "body_de": "<p>Kinder und Jugendliche, die neu nach Dortmund kommen, sind schulpflichtig. Wir beraten die "
        "Familie, klären den Sprachstand und vermitteln einen passenden Schulplatz.</p>",
        "body_en": "<p>Children and young people who move to Dortmund must attend school. We advise the family, "
        "assess language skills and find a suitable school place.</p>",
        "what_to_bring_de": "<ul><li>Ausweis oder Pass des Kindes</li><li>Meldebescheinigung</li><li>Zeugnisse, "
        "falls vorhanden</li></ul>",
        "what_to_bring_en": "<ul><li>The child's ID card or passport</li><li>Registration certificate</li>"
        "<li>School reports, if any</li></ul>",
        "costs_de": "Kostenlos", "costs_en": "Free of charge",
    },
    {
        "slug": "unterkunft-gefluechtete", "topics": ["gefluechtete"], "offices": ["sozialamt-gefluechtete"],
        "audiences": ["refugees"],
        "title_de": "Unterkunft für Geflüchtete",
        "title_en": "Accommodation for refugees",
        "title_ar": "السكن للاجئين",
        "summary_de": "Das Sozialamt bringt Geflüchtete unter, die Dortmund zugewiesen wurden.",
        "summary_en": "The social welfare office houses refugees who have been assigned to Dortmund.",
        "summary_ar": "يوفر مكتب الشؤون الاجتماعية السكن للاجئين الذين تم توزيعهم على دورتموند.",
        "body_de": "<p>Nach der Zuweisung wohnen Geflüchtete zunächst in einer Übergangseinrichtung oder in einer "
        "Wohnung, die die Stadt angemietet hat. Das Team hilft auch beim Umzug in eine eigene Wohnung.</p>",
        "body_en": "<p>After the assignment, refugees first live in transitional housing or in a flat the city "
        "has rented. The team also helps with moving into a flat of one's own.</p>",
        "body_ar": "<p>بعد التوزيع يسكن اللاجئون أولًا في مسكن انتقالي أو في شقة استأجرتها المدينة. ويساعد الفريق "
        "أيضًا في الانتقال إلى شقة خاصة.</p>",
        "prerequisites_de": "<p>Zuweisung nach Dortmund.</p>", "prerequisites_en": "<p>Assignment to Dortmund.</p>",
        "prerequisites_ar": "<p>التوزيع على مدينة دورتموند.</p>",
        "what_to_bring_de": "<ul><li>Zuweisungsbescheid</li><li>Ankunftsnachweis oder Aufenthaltsgestattung</li></ul>",
        "what_to_bring_en": "<ul><li>Assignment notice</li><li>Proof of arrival or permission to stay</li></ul>",
        "what_to_bring_ar": "<ul><li>قرار التوزيع</li><li>إثبات الوصول أو تصريح الإقامة المؤقتة</li></ul>",
        "costs_de": "Für die Unterkunft können Gebühren anfallen; wer kein Einkommen hat, zahlt nichts.",
        "costs_en": "Fees may be charged for the accommodation; people without income pay nothing.",
        "costs_ar": "قد تُفرض رسوم على السكن؛ من لا دخل له لا يدفع شيئًا.",
    },
    {
        "slug": "leistungen-asylblg", "topics": ["gefluechtete"], "offices": ["sozialamt-gefluechtete"],
        "audiences": ["refugees"], "related": ["unterkunft-gefluechtete"],
        "title_de": "Geld zum Leben (Asylbewerberleistungsgesetz)",
        "title_en": "Money to live on (Asylum Seekers' Benefits Act)",
        "title_ar": "مال المعيشة (قانون إعانات طالبي اللجوء)",
        "summary_de": "Leistungen für Essen, Kleidung, Gesundheit und den persönlichen Bedarf.",
        "summary_en": "Benefits for food, clothing, health care and personal needs.",
        "summary_ar": "إعانات للطعام والملابس والرعاية الصحية والاحتياجات الشخصية.",
        "body_de": "<p>Solange das Asylverfahren läuft, zahlt das Sozialamt Leistungen nach dem "
        "Asylbewerberleistungsgesetz. Dazu gehört auch die Behandlung bei Krankheit.</p>",
        "body_en": "<p>While the asylum procedure is running, the social welfare office pays benefits under the "
        "Asylum Seekers' Benefits Act. They include treatment when you are ill.</p>",
        "body_ar": "<p>طالما أن إجراءات اللجوء جارية يدفع مكتب الشؤون الاجتماعية إعانات وفق قانون إعانات طالبي "
        "اللجوء، بما في ذلك العلاج عند المرض.</p>",
        "process_de": "<ol><li>Antrag im Sozialamt stellen</li><li>Unterlagen vorlegen</li><li>Bescheid "
        "abwarten; die Zahlung kommt monatlich</li></ol>",
        "process_en": "<ol><li>Apply at the social welfare office</li><li>Show your documents</li><li>Wait for "
        "the decision; payments come monthly</li></ol>",
        "process_ar": "<ol><li>تقديم الطلب في مكتب الشؤون الاجتماعية</li><li>تقديم المستندات</li><li>انتظار "
        "القرار؛ الدفع شهري</li></ol>",
        "costs_de": "Kostenlos", "costs_en": "Free of charge", "costs_ar": "مجاني",
    },
    {
        "slug": "migrationsberatung", "topics": ["beratung"], "offices": ["mia-do-ki", "anlaufstelle-nordstadt"],
        "audiences": ["residents", "refugees"],
        "title_de": "Beratung für Zugewanderte",
        "title_en": "Advice for immigrants",
        "title_ar": "استشارات للمهاجرين",
        "summary_de": "Orientierung in den ersten Monaten: Behörden, Sprachkurse, Arbeit und Freizeit.",
        "summary_en": "Orientation in the first months: authorities, language courses, work and leisure.",
        "summary_ar": "التوجيه في الأشهر الأولى: الدوائر الرسمية ودورات اللغة والعمل ووقت الفراغ.",
        "body_de": "<p>Wir erklären, welche Stelle wofür zuständig ist, helfen beim Ausfüllen von Formularen und "
        "zeigen Wege zu Sprachkursen, Arbeit und Angeboten im Stadtteil.</p>",
        "body_en": "<p>We explain which office is responsible for what, help with forms and show the way to "
        "language courses, work and activities in the neighbourhood.</p>",
        "body_ar": "<p>نشرح أي جهة مسؤولة عن ماذا، ونساعد في تعبئة النماذج، ونرشد إلى دورات اللغة والعمل "
        "والأنشطة في الحي.</p>",
        "costs_de": "Kostenlos", "costs_en": "Free of charge", "costs_ar": "مجاني",
    },
    {
        "slug": "nachbarschaft-ehrenamt", "topics": ["beratung"], "offices": ["mia-do-ki"],
        "audiences": ["neighbours", "associations"],
        "title_de": "Beratung für Nachbarschaft und Ehrenamt",
        "title_en": "Advice for neighbours and volunteers",
        "summary_de": "Für alle, die sich engagieren möchten oder Fragen zum Zusammenleben im Viertel haben.",
        "summary_en": "For everyone who wants to get involved or has questions about living together locally.",
        "body_de": "<p>Sie möchten Neuzugewanderte begleiten, eine Patenschaft übernehmen oder ein Fest im "
        "Viertel organisieren? Wir vermitteln Kontakte, Schulungen und Ansprechpersonen.</p>",
        "body_en": "<p>You would like to accompany newcomers, become a mentor or organise a neighbourhood "
        "party? We put you in touch with contacts, training and people who can help.</p>",
        "costs_de": "Kostenlos", "costs_en": "Free of charge",
    },
    {
        "slug": "hsu-anmeldung", "topics": ["hsu"], "offices": ["schulamt-hsu"], "area_link": "services:hsu",
        "audiences": ["schools"],
        "title_de": "Anmeldung zum Herkunftssprachlichen Unterricht",
        "title_en": "Registering for heritage-language classes",
        "title_ar": "التسجيل في دروس لغة الأصل",
        "summary_de": "So melden Eltern ihr Kind für den HSU im nächsten Schuljahr an.",
        "summary_en": "How parents register their child for HSU in the next school year.",
        "summary_ar": "كيف يسجل الآباء طفلهم في دروس لغة الأصل للعام الدراسي القادم.",
        "body_de": "<p>Der HSU ist freiwillig und steht allen Schülerinnen und Schülern offen, die die Sprache "
        "schon ein wenig können – unabhängig von der Staatsangehörigkeit. Die Note steht im Zeugnis.</p>",
        "body_en": "<p>HSU is voluntary and open to all pupils who already know some of the language, whatever "
        "their nationality. The mark appears on the school report.</p>",
        "body_ar": "<p>دروس لغة الأصل اختيارية ومفتوحة لجميع التلاميذ الذين يعرفون اللغة قليلًا، بغض النظر عن "
        "الجنسية. وتظهر العلامة في الشهادة المدرسية.</p>",
        "process_de": "<ol><li>Anmeldeformular ausfüllen</li><li>In der Schule Ihres Kindes abgeben</li>"
        "<li>Das Schulamt teilt mit, wo und wann der Unterricht stattfindet</li></ol>",
        "process_en": "<ol><li>Fill in the registration form</li><li>Hand it in at your child's school</li>"
        "<li>The school office tells you where and when the class takes place</li></ol>",
        "process_ar": "<ol><li>تعبئة استمارة التسجيل</li><li>تسليمها في مدرسة طفلك</li><li>يبلغك مكتب المدارس "
        "بمكان الدروس وموعدها</li></ol>",
        "costs_de": "Kostenlos", "costs_en": "Free of charge", "costs_ar": "مجاني",
    },
    {
        "slug": "fallbegleitung", "topics": ["neuzugewanderte"], "offices": ["anlaufstelle-nordstadt"],
        "audiences": ["residents", "refugees"], "related": ["migrationsberatung"],
        "title_de": "Fallbegleitung für Neuzugewanderte",
        "title_en": "Case support for newly arrived people",
        "summary_de": "Eine feste Ansprechperson begleitet Familien mit mehreren Problemen über einige Monate.",
        "summary_en": "One contact person supports families with several problems over a few months.",
        "body_de": "<p>Gemeinsam mit Ihnen klären wir, was zuerst dran ist: eine Wohnung, ein Schulplatz, eine "
        "Krankenversicherung oder Arbeit. Wir vereinbaren Ziele und begleiten Sie zu Terminen.</p>",
        "body_en": "<p>Together with you we work out what comes first: a flat, a school place, health "
        "insurance or work. We agree on goals and go with you to appointments.</p>",
        "prerequisites_de": "<p>Sie wohnen in Dortmund und sind in den letzten drei Jahren zugezogen.</p>",
        "prerequisites_en": "<p>You live in Dortmund and moved here within the last three years.</p>",
        "costs_de": "Kostenlos", "costs_en": "Free of charge",
    },
    {
        "slug": "netzwerke-mitwirken", "topics": ["netzwerke"], "offices": ["mia-do-ki"],
        "audiences": ["associations", "neighbours"],
        "title_de": "In Netzwerken mitwirken",
        "title_en": "Joining a network",
        "summary_de": "Vereine und Initiativen können in Stadtteil- und Fachnetzwerken mitarbeiten.",
        "summary_en": "Associations and initiatives can join neighbourhood and expert networks.",
        "body_de": "<p>Die Netzwerke treffen sich mehrmals im Jahr. Neue Mitglieder sind willkommen; melden Sie "
        "sich, und wir laden Sie zum nächsten Treffen ein.</p>",
        "body_en": "<p>The networks meet several times a year. New members are welcome: get in touch and we "
        "invite you to the next meeting.</p>",
    },
    {
        "slug": "griffbereit", "topics": ["sprachbildung"], "offices": ["mia-do-ki"],
        "audiences": ["residents"], "related": ["rucksack"],
        "title_de": "Griffbereit: Eltern-Kind-Gruppen",
        "title_en": "Griffbereit: parent and child groups",
        "title_ar": "Griffbereit: مجموعات الآباء والأطفال",
        "summary_de": "Spielen, singen und sprechen – in der Familiensprache und auf Deutsch, für Kinder bis drei.",
        "summary_en": "Playing, singing and talking – in the family language and in German, for children up to three.",
        "summary_ar": "اللعب والغناء والكلام – بلغة العائلة وبالألمانية، للأطفال حتى ثلاث سنوات.",
        "body_de": "<p>Einmal pro Woche treffen sich Eltern mit ihren Kleinkindern in einer Gruppe. Eine "
        "geschulte Elternbegleiterin zeigt Spiele und Lieder, die die Sprachentwicklung fördern.</p>",
        "body_en": "<p>Once a week, parents and their toddlers meet in a group. A trained parent guide shows "
        "games and songs that support language development.</p>",
        "body_ar": "<p>يلتقي الآباء مع أطفالهم الصغار مرة في الأسبوع في مجموعة. وتعرض مرشدة مدربة ألعابًا وأغاني "
        "تدعم تطور اللغة.</p>",
        "costs_de": "Kostenlos", "costs_en": "Free of charge", "costs_ar": "مجاني",
    },
    {
        "slug": "rucksack", "topics": ["sprachbildung"], "offices": ["mia-do-ki"],
        "audiences": ["residents", "schools"], "related": ["griffbereit"],
        "title_de": "Rucksack: Elternbildung in Kita und Grundschule",
        "title_en": "Rucksack: parent education in day care and primary school",
        "summary_de": "Eltern lernen, wie sie die Sprachen ihres Kindes zu Hause stärken – passend zum Unterricht.",
        "summary_en": "Parents learn how to strengthen their child's languages at home, in step with the lessons.",
        "body_de": "<p>In Rucksack-Gruppen treffen sich Eltern regelmäßig in der Kita oder Grundschule. Sie "
        "bekommen Material in ihrer Sprache, das zu den Themen in der Gruppe oder Klasse passt.</p>",
        "body_en": "<p>In Rucksack groups, parents meet regularly at the day-care centre or primary school. They "
        "receive material in their language that matches the topics in the group or class.</p>",
        "costs_de": "Kostenlos", "costs_en": "Free of charge",
    },
    {
        "slug": "foerderberatung", "topics": ["foerderung"], "offices": ["mia-do-ki"], "area_link": "funding:index",
        "audiences": ["associations"],
        "title_de": "Beratung zu Fördermitteln",
        "title_en": "Advice on funding",
        "summary_de": "Wir beraten Vereine vor dem Antrag: welches Programm passt und welche Unterlagen nötig sind.",
        "summary_en": "We advise associations before they apply: which programme fits and which documents are needed.",
        "body_de": "<p>Rufen Sie uns an oder schreiben Sie uns, bevor Sie einen Antrag stellen. Aktuelle "
        "Förderaufrufe mit Fristen finden Sie im Bereich Förderung.</p>",
        "body_en": "<p>Call or write to us before you apply. Current calls with deadlines are in the funding "
        "area.</p>",
        "costs_de": "Kostenlos", "costs_en": "Free of charge",
    },
    {
        "slug": "interkulturelle-fortbildung", "topics": ["interkulturelle-oeffnung"], "offices": ["mia-do-ki"],
        "audiences": ["associations"],
        "title_de": "Fortbildungen zur interkulturellen Öffnung",
        "title_en": "Training on intercultural opening",
        "summary_de": "Fortbildungen und Beratung für Ämter und Einrichtungen, die sich interkulturell öffnen.",
        "summary_en": "Training and advice for departments and institutions that are opening up interculturally.",
        "body_de": "<p>Wir unterstützen Dienststellen dabei, Informationen verständlich zu machen, vielfältige "
        "Teams zu gewinnen und mit Sprachmittlung zu arbeiten.</p>",
        "body_en": "<p>We help departments make their information understandable, build diverse teams and work "
        "with interpreters.</p>",
    },
]  # fmt: skip

# --- HSU -------------------------------------------------------------------------------------------------------
HSU_INFORMATION = {
    "title_de": "Herkunftssprachlicher Unterricht (HSU)",
    "title_en": "Heritage-language classes (HSU)",
    "title_ar": "دروس لغة الأصل (HSU)",
    "title_tr": "Anadil dersleri (HSU)",
    "summary_de": "Mehrsprachige Kinder der Klassen 1 bis 10 lernen ihre Familiensprache – freiwillig, "
    "kostenlos und mit Note im Zeugnis.",
    "summary_en": "Multilingual pupils in grades 1 to 10 learn their family language – voluntary, free of "
    "charge and with a mark on the school report.",
    "summary_ar": "يتعلم التلاميذ متعددو اللغات في الصفوف من 1 إلى 10 لغة عائلتهم – بشكل اختياري ومجاني ومع "
    "علامة في الشهادة المدرسية.",
    "summary_tr": "1–10. sınıflardaki çok dilli öğrenciler aile dillerini öğrenir: gönüllü, ücretsiz ve karnede notlu.",
    "who_may_take_part_de": "<p>Alle Schülerinnen und Schüler der Klassen 1 bis 10, die mit einer weiteren "
    "Sprache aufwachsen und darin mindestens Grundkenntnisse haben. Die Staatsangehörigkeit spielt keine Rolle.</p>"
    "<p>Der Unterricht umfasst meist drei bis fünf Stunden pro Woche am Nachmittag, oft an einer anderen Schule. "
    "Am Ende der Klasse 10 ist eine Sprachprüfung möglich. Eine neue Gruppe braucht etwa 15 Kinder.</p>",
    "who_may_take_part_en": "<p>All pupils in grades 1 to 10 who grow up with another language and have at "
    "least basic knowledge of it. Nationality does not matter.</p><p>Classes usually take three to five "
    "lessons a week in the afternoon, often at another school. At the end of grade 10 a language exam is "
    "possible. A new group needs about 15 children.</p>",
    "who_may_take_part_ar": "<p>جميع التلاميذ في الصفوف من 1 إلى 10 الذين ينشؤون بلغة أخرى ولديهم معرفة أساسية "
    "بها على الأقل. لا تهم الجنسية.</p><p>تتكون الدروس عادة من ثلاث إلى خمس حصص أسبوعيًا بعد الظهر، وغالبًا في "
    "مدرسة أخرى. في نهاية الصف العاشر يمكن أداء امتحان لغة. تحتاج المجموعة الجديدة إلى نحو 15 طفلًا.</p>",
    "who_may_take_part_tr": "<p>Evde başka bir dille büyüyen ve bu dilde en az temel bilgisi olan 1–10. "
    "sınıflardaki tüm öğrenciler. Vatandaşlık önemli değildir.</p><p>Dersler genellikle haftada üç ila beş "
    "saat, öğleden sonra ve çoğu zaman başka bir okulda yapılır. 10. sınıfın sonunda dil sınavı mümkündür. Yeni "
    "bir grup için yaklaşık 15 çocuk gerekir.</p>",
    "how_to_register_de": "<ol><li>Laden Sie das Anmeldeformular herunter (unten, in mehreren Sprachen) oder "
    "holen Sie es in der Schule Ihres Kindes.</li><li>Geben Sie es ausgefüllt in der Schule Ihres Kindes ab.</li>"
    "<li>Das Schulamt teilt Ihnen vor den Sommerferien mit, wo und wann der Unterricht stattfindet.</li></ol>",
    "how_to_register_en": "<ol><li>Download the registration form (below, in several languages) or get it at "
    "your child's school.</li><li>Hand it in, filled in, at your child's school.</li><li>Before the summer "
    "holidays, the school office tells you where and when the class takes place.</li></ol>",
    "how_to_register_ar": "<ol><li>حمّل استمارة التسجيل (أدناه، بعدة لغات) أو احصل عليها من مدرسة طفلك.</li>"
    "<li>سلّمها بعد تعبئتها في مدرسة طفلك.</li><li>قبل العطلة الصيفية يبلغك مكتب المدارس بمكان الدروس "
    "وموعدها.</li></ol>",
    "how_to_register_tr": "<ol><li>Kayıt formunu indirin (aşağıda, birçok dilde) veya çocuğunuzun okulundan "
    "alın.</li><li>Doldurduğunuz formu çocuğunuzun okuluna teslim edin.</li><li>Okul müdürlüğü yaz tatilinden "
    "önce dersin nerede ve ne zaman olacağını size bildirir.</li></ol>",
}

HSU_DOCUMENTS = [
    *[("form", code) for code in ("de", "tr", "ar", "uk", "ru")],
    *[("explanation", code) for code in ("de", "en", "ar", "pl")],
]

# slug, code, endonym, right to left, German name (the name in every other language: HSU_LANGUAGES in
# services/demo_translations/<language>.py)
HSU_LANGUAGES = [
    ("albanian", "sq", "Shqip", False, "Albanisch"),
    ("arabic", "ar", "العربية", True, "Arabisch"),
    ("bosnian", "bs", "Bosanski", False, "Bosnisch"),
    ("bulgarian", "bg", "Български", False, "Bulgarisch"),
    ("greek", "el", "Ελληνικά", False, "Griechisch"),
    ("italian", "it", "Italiano", False, "Italienisch"),
    ("croatian", "hr", "Hrvatski", False, "Kroatisch"),
    ("kurdish", "ku", "Kurdî", False, "Kurdisch"),
    ("macedonian", "mk", "Македонски", False, "Mazedonisch"),
    ("persian", "fa", "فارسی", True, "Persisch"),
    ("polish", "pl", "Polski", False, "Polnisch"),
    ("portuguese", "pt", "Português", False, "Portugiesisch"),
    ("romanian", "ro", "Română", False, "Rumänisch"),
    ("russian", "ru", "Русский", False, "Russisch"),
    ("serbian", "sr", "Српски", False, "Serbisch"),
    ("spanish", "es", "Español", False, "Spanisch"),
    ("turkish", "tr", "Türkçe", False, "Türkisch"),
    ("ukrainian", "uk", "Українська", False, "Ukrainisch"),
]

# Fictitious schools (names invented, real street names with invented house numbers); two per city district.
# number, name, street, postcode, district
SCHOOLS = [
    ("990101", "Lindenhof-Grundschule", "Lindemannstraße 70", "44137", "innenstadt-west"),
    ("990102", "Gesamtschule am Westpark", "Möllerstraße 12", "44137", "innenstadt-west"),
    ("990201", "Grundschule am Nordmarkt", "Mallinckrodtstraße 120", "44145", "innenstadt-nord"),
    ("990202", "Hafen-Realschule", "Bornstraße 90", "44145", "innenstadt-nord"),
    ("990301", "Grundschule Kaiserviertel", "Kaiserstraße 88", "44135", "innenstadt-ost"),
    ("990302", "Gymnasium an der Märkischen Straße", "Märkische Straße 150", "44141", "innenstadt-ost"),
    ("990401", "Zechen-Grundschule Eving", "Deutsche Straße 40", "44339", "eving"),
    ("990402", "Gesamtschule Eving-Nord", "Evinger Platz 3", "44339", "eving"),
    ("990501", "Grundschule am Buschei", "Gleiwitzstraße 200", "44328", "scharnhorst"),
    ("990502", "Realschule Scharnhorst-Ost", "Droote 60", "44328", "scharnhorst"),
    ("990601", "Hellweg-Grundschule", "Brackeler Hellweg 140", "44309", "brackel"),
    ("990602", "Gymnasium Brackel-Dorf", "Oberdorfstraße 25", "44309", "brackel"),
    ("990701", "Grundschule am Marktplatz Aplerbeck", "Aplerbecker Marktplatz 9", "44287", "aplerbeck"),
    ("990702", "Gesamtschule Schweizer Allee", "Schweizer Allee 80", "44287", "aplerbeck"),
    ("990801", "Phoenix-Grundschule", "Hermannstraße 77", "44263", "hoerde"),
    ("990802", "Realschule am Phoenix-See", "Faßstraße 30", "44263", "hoerde"),
    ("990901", "Grundschule Hombruch-Mitte", "Harkortstraße 55", "44225", "hombruch"),
    ("990902", "Gymnasium am Rombergpark", "Kieferstraße 18", "44225", "hombruch"),
    ("991001", "Grundschule Lütgendortmund-Süd", "Limbecker Straße 35", "44388", "luetgendortmund"),
    ("991002", "Gesamtschule Westricher Straße", "Westricher Straße 44", "44388", "luetgendortmund"),
    ("991101", "Grundschule an der Parsevalstraße", "Parsevalstraße 66", "44369", "huckarde"),
    ("991102", "Realschule Huckarde", "Urbanusstraße 21", "44369", "huckarde"),
    ("991201", "Grundschule Mengede-Markt", "Siegburgstraße 14", "44359", "mengede"),
    ("991202", "Gesamtschule Mengede-West", "Williburgstraße 27", "44359", "mengede"),
]
