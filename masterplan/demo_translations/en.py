"""English demo translations of the Masterplan (our own words)."""

from masterplan.demo_texts import sections
from masterplan.demo_translations.shared import translations

PHASES = {
    "auftrag-2005": (
        "The mandate",
        "The city council decides to draw up a Masterplan Migration/Integration: the city's long-term plan for "
        "how people who moved here and people born here live well together. Integration thus becomes a field of "
        "action of its own, one that concerns the city administration too.",
    ),
    "leitbild-und-netzwerke": (
        "Mission statement and networks",
        "The administration and civil society work out together what integration should mean in Dortmund, write "
        "a mission statement and build networks. In 2008 the city signs the Diversity Charter (Charta der "
        "Vielfalt) and adopts a framework for opening the administration to all cultures.",
    ),
    "querschnittsaufgabe": (
        "Integration as a task for every department",
        "Integration becomes the task of all departments. Four strategic fields order the work: education; work "
        "and business; social balance in the city districts; and an open, international city.",
    ),
    "kommunales-integrationszentrum": (
        "The municipal integration centre",
        "In 2013 the council decides to set up the Kommunales Integrationszentrum Dortmund (MIA-DO-KI). In 2018 "
        "it decides to continue its work.",
    ),
    "mehr-erreichen-mit-beteiligung": (
        "“Achieving more. With participation.”",
        "Dortmund is one of five model municipalities of the participation project “Mehr erreichen. Mit "
        "Beteiligung. Kommunen der Offenen Gesellschaft” run by Initiative Offene Gesellschaft and More in "
        "Common. For one year the city asks young people with a migration history about their way into "
        "vocational training and work.",
    ),
    "fortschreibung": (
        "Updating the Masterplan",
        "The Masterplan is being adapted to today's migration and today's tasks. The results of the 2023 "
        "participation project are part of it.",
    ),
}

EVENTS = {
    "ratsbeschluss-2005": (
        "Council decision on the Masterplan",
        "The council asks the administration to draw up a Masterplan together with the people of the city.",
    ),
    "auftaktforum-2005": (
        "Opening forum",
        "Associations, migrant organisations and city departments collect topics for the Masterplan.",
    ),
    "werkstatt-leitbild-2006": (
        "Workshop on the mission statement",
        "Working groups agree on a shared idea of integration as the basis of the mission statement.",
    ),
    "charta-der-vielfalt-2008": (
        "Signing the Diversity Charter",
        "As an employer, the city commits itself to recognising and promoting diversity.",
    ),
    "beschluss-rahmenkonzept-2008": (
        "Decision on the framework for intercultural opening",
        "The council decides to open the administration to all cultures according to a framework.",
    ),
    "integrationsforum-2009": (
        "Integration forum 2009",
        "The networks report their first results and agree on the next steps.",
    ),
    "werkstatt-handlungsfelder-2011": (
        "Workshop on the four fields of action",
        "Departments and organisations assign their projects to the four strategic fields.",
    ),
    "integrationsforum-2012": (
        "Integration forum 2012",
        "A review of the work across departments and recommendations for a permanent structure.",
    ),
    "ratsbeschluss-ki-2013": (
        "Setting up the municipal integration centre",
        "The council decides to set up the Kommunales Integrationszentrum Dortmund.",
    ),
    "fortfuehrung-2018": (
        "Continuing the work",
        "The council decides that the integration centre continues its work.",
    ),
    "auftakt-2023": (
        "Start of the participation project",
        "The city, Initiative Offene Gesellschaft and More in Common present the aims and the plan.",
    ),
    "befragung-2023": (
        "Survey of young people in Dortmund",
        "Young people with a migration history answer questions on training, work and belonging.",
    ),
    "dialogwerkstaetten-2023": (
        "Dialogue workshops",
        "In small groups, young people talk with companies, schools and advice services.",
    ),
    "ergebniskonferenz-2023": (
        "Results conference",
        "The results are presented and turned into recommendations together.",
    ),
    "auftakt-fortschreibung-2024": (
        "Forum on updating the Masterplan",
        "How the Masterplan will be brought up to date is discussed with the people of the city.",
    ),
}

DOCUMENTS = {
    "ratsbeschluss-masterplan-2005": (
        "Council decision to draw up a Masterplan Migration/Integration",
        "With this decision integration becomes a field of action of its own for the city. It sets out the task, "
        "who takes part and the timetable.",
    ),
    "zwischenbericht-2007": (
        "Interim report on the Masterplan",
        "The first report on the progress of the working groups. It was replaced by the report of 2011.",
    ),
    "leitbild-integration": (
        "The City of Dortmund's mission statement on integration",
        "The mission statement describes how the city understands integration and names the principles the "
        "administration and its partners want to follow.",
    ),
    "rahmenkonzept-interkulturelle-oeffnung": (
        "Framework for opening the city administration to all cultures",
        "The framework sets out how the administration aligns its services, its staff and its procedures with a "
        "diverse city.",
    ),
    "protokoll-integrationsforum-2009": (
        "Minutes of the integration forum 2009",
        "The minutes record the networks' reports and the next steps agreed.",
    ),
    "bericht-handlungsfelder-2011": (
        "Integration as a task for every department: four strategic fields of action",
        "The report sorts the city's integration work into four fields and describes aims for each of them.",
    ),
    "ratsbeschluss-integrationszentrum-2013": (
        "Council decision to set up the municipal integration centre",
        "The decision sets up the Kommunales Integrationszentrum Dortmund and describes its tasks.",
    ),
    "beschluss-fortfuehrung-2018": (
        "Decision to continue the municipal integration centre",
        "The council confirms the integration centre's work and decides to continue it.",
    ),
    "praesentation-auftakt-2023": (
        "Slides from the start of “Achieving more. With participation.”",
        "The slides of the opening event: aims, timetable and ways of taking part in the project.",
    ),
    "beteiligungsbericht-2023": (
        "Participation report 2023: young people, training and work",
        "What young people in Dortmund with a migration history told us about their way into training and work, "
        "and the recommendations that follow from it.",
    ),
}

BODIES = {
    "ratsbeschluss-masterplan-2005": sections(
        (
            "Decision",
            "The council asks the administration to draw up a Masterplan Migration/Integration, together "
            "with associations, migrant organisations and experts.",
        ),
        (
            "Reasons",
            "Integration should no longer be left to chance. It should become a field of action of its "
            "own for the city, one that includes the administration itself.",
        ),
        ("Timetable", "A first report is to be presented to the council within two years."),
    ),
    "leitbild-integration": sections(
        (
            "Our understanding",
            "Integration is a process that goes both ways. It succeeds when everyone has the "
            "same chances to take part in the life of the city.",
        ),
        ("Principles", "We recognise diversity, we promote participation, and we stand up against discrimination."),
        (
            "Responsibility",
            "Integration is the task of the whole city: the administration, politics, "
            "associations and every single person.",
        ),
    ),
    "rahmenkonzept-interkulturelle-oeffnung": sections(
        (
            "Why",
            "People from more than 170 countries of origin live in Dortmund. Whoever visits a public office "
            "should get equally good advice, whatever their origin, language or religion.",
            "The council has therefore decided to open the administration to all cultures step by step. This "
            "framework describes what that means and how it is done.",
        ),
        (
            "Aims",
            "The city's services reach all residents. The staff reflect the diversity of the city. "
            "Procedures and forms are easy to understand.",
            "The aims apply to every department; each names its own steps that can be checked.",
        ),
        (
            "Terms",
            "Intercultural opening means a process of change in the whole organisation, not a single "
            "project. Diversity includes origin, language, religion and belief.",
        ),
        (
            "Access to services",
            "Information is offered in plain language and in the languages most spoken in the "
            "city. Where needed, interpreters are brought in.",
            "Waiting areas, signs and websites are designed so that everyone can find their way.",
        ),
        (
            "- Interpreting",
            "For conversations with far-reaching consequences, a qualified interpreter is "
            "provided. Children are not used as interpreters.",
        ),
        ("- Written information", "Official decisions come with short explanations in plain language."),
        (
            "Staff",
            "The city actively looks for trainees and employees with a migration history. Job adverts name "
            "speaking several languages as an asset.",
            "Selection procedures are checked for whether they put people at a disadvantage without meaning to.",
        ),
        (
            "Training",
            "All managers and all staff who deal with the public take part in training on intercultural "
            "skills. The courses are developed with migrant organisations.",
        ),
        (
            "Organisation and procedures",
            "Every department names a contact person for intercultural opening. "
            "These people meet regularly in a network.",
        ),
        (
            "Working with the people of the city",
            "Migrant organisations, welfare organisations and religious "
            "communities are partners in putting the framework into practice. They are involved early, and their "
            "suggestions are taken up.",
        ),
        (
            "Complaints and suggestions",
            "Anyone who feels treated unfairly can turn to an independent office. "
            "Every complaint is answered and evaluated.",
        ),
        (
            "Step by step",
            "The framework is put into practice in three stages: taking stock, planning measures in "
            "every department, and a review after two years.",
        ),
        (
            "Review and report",
            "The administration's board reports to the council every two years. The figures "
            "include the share of staff with a migration history and the number of people trained.",
        ),
        ("Outlook", "Intercultural opening is a lasting task. The framework will be updated as the city changes."),
        intro="The council of the City of Dortmund adopted this framework in October 2008.",
    ),
    "beteiligungsbericht-2023": sections(
        (
            "What it was about",
            "In 2023 Dortmund was one of five model municipalities of the project “Mehr "
            "erreichen. Mit Beteiligung. Kommunen der Offenen Gesellschaft”. The city wanted to know how young "
            "people with a migration history experience their way into training and work.",
        ),
        (
            "Partners",
            "The project was run together with Initiative Offene Gesellschaft and More in Common. "
            "Schools, companies, advice services and associations in Dortmund took part.",
        ),
        (
            "How we went about it",
            "A survey in spring was followed by dialogue workshops in the city districts "
            "and a results conference in November.",
            '<table><thead><tr><th scope="col">Step</th><th scope="col">When</th><th scope="col">Who took part</th>'
            "</tr></thead><tbody><tr><td>Start</td><td>February 2023</td><td>the city, project partners, "
            "organisations</td></tr><tr><td>Survey</td><td>April to May 2023</td><td>young people aged 16 to 27"
            "</td></tr><tr><td>Dialogue workshops</td><td>June to September 2023</td><td>young people, companies, "
            "schools</td></tr><tr><td>Results conference</td><td>November 2023</td><td>everyone involved, "
            "politicians, the administration</td></tr></tbody></table>",
        ),
        (
            "Who took part",
            "Young people between 16 and 27 from all twelve city districts. Many grew up in "
            "Dortmund; others came only a few years ago.",
        ),
        (
            "Leaving school",
            "Many say they learned too late and too little about jobs that need vocational "
            "training. Internships were often found through family and friends.",
        ),
        ("- What helped", "The young people name personal contacts who stay with them over a longer time as helpful."),
        (
            "Applications and selection",
            "Several participants felt that their name or their looks played a part "
            "when they applied. They clearly asked for anonymous first applications.",
        ),
        (
            "Languages and qualifications",
            "Companies rarely see speaking several languages as a strength. People "
            "with a qualification from abroad often wait a long time for it to be recognised.",
        ),
        (
            "Advice",
            "Many do not know the advice services. They would like information on social media, in "
            "several languages and in places young people go to anyway.",
        ),
        ("Belonging", "Most feel they are people of Dortmund. Experiences of exclusion clearly weaken this feeling."),
        (
            "Recommendations",
            "Five recommendations follow from the results: early careers guidance, a steady "
            "person to turn to, fair selection, faster recognition of qualifications, and advice where young "
            "people are.",
        ),
        (
            "What happens next",
            "<p>The recommendations go into the update of the Masterplan. The Masterplan page reports on progress: "
            '<a href="https://integration.example.org/en/masterplan/">Masterplan online</a>.</p>',
        ),
        ("Thank you", "We thank all the young people who shared their experiences, and all partners in the city."),
        intro="This report sums up the results of the 2023 participation year.",
    ),
}

TRANSLATIONS = translations(phases=PHASES, events=EVENTS, documents=DOCUMENTS, bodies=BODIES)
