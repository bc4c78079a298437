"""English demo translations of the editorial pages (our own words; the Impressum stays German)."""

CONTACT = (
    "<p>Stadt Dortmund<br>Kommunales Integrationszentrum Dortmund (MIA-DO-KI)<br>Friedensplatz 1<br>44135 Dortmund</p>"
    "<p>Phone: +49 231 000000 (demo number)<br>"
    'E-mail: <a href="mailto:mia-do-ki@example.org">mia-do-ki@example.org</a></p>'
)

TRANSLATIONS = {
    ("portal.editorialpage", "datenschutz"): {
        "title": "Privacy notice",
        "body": f"""
<h2>Who is responsible?</h2>
<p>The City of Dortmund, represented by the Lord Mayor, is responsible for processing personal data on this portal
(Article 13 GDPR):</p>
{CONTACT}
<p>You can reach the city's data protection officer at
<a href="mailto:datenschutz@example.org">datenschutz@example.org</a>.</p>
<h2>What happens when you open the portal?</h2>
<p>Your browser sends the details that are technically necessary, for example the IP address, the address you
open and the time. We need them to deliver the page and to fend off attacks (Article 6(1)(e) GDPR). The web server
keeps them in log files for at most seven days; after that they are deleted.</p>
<p>We load fonts, images and programs only from our own server. Without your consent your browser does not
connect to any other provider. We use no statistics or advertising services.</p>
<h2>Which cookies does the portal set?</h2>
<p>We only set cookies needed for a function you use yourself. None of them is used for analysis or
advertising.</p>
<table>
<thead><tr><th scope="col">Name</th><th scope="col">Purpose</th><th scope="col">Kept for</th></tr></thead>
<tbody>
<tr><td>csrftoken</td><td>Protects staff login and forms against misuse by other sites. Visitors of the public
pages do not get it.</td><td>one year</td></tr>
<tr><td>portal_consent</td><td>Remembers which external media (for example videos or maps) you have allowed. Only
set when you allow something.</td><td>one year, or until you withdraw your consent</td></tr>
<tr><td>portal_notices</td><td>Remembers which notices you have hidden.</td><td>60 days</td></tr>
<tr><td>messages</td><td>Shows the confirmation after you send a form.</td><td>until the next page</td></tr>
<tr><td>django_language</td><td>Remembers the language you chose, if it is stored.</td><td>until the end of the
browser session</td></tr>
<tr><td>sessionid</td><td>Login of the editorial team in the administration area. Visitors do not get this
cookie.</td><td>two weeks</td></tr>
</tbody>
</table>
<h2>Feedback through the forms</h2>
<p>If you write to us through the question “Was this page helpful?” or the accessibility form, we store your
message, the page concerned, the language and – only if you give them – your name and e-mail address. We do not
store your IP address. To protect against mass submissions we make a check value from it that cannot be turned
back and expires after a short time. We delete feedback after 180 days. The legal basis is Article 6(1)(e)
GDPR.</p>
<h2>External media</h2>
<p>We only load videos and maps of other providers once you allow it. Until then you see a notice in their place
that names the provider. You can change your settings at any time on the “Privacy settings” page.</p>
<h2>Your rights</h2>
<p>You have the right to information, correction, deletion and restriction of processing, and the right to object
to processing. You can complain to the State Commissioner for Data Protection and Freedom of Information of North
Rhine-Westphalia.</p>
""",
    },
    ("portal.editorialpage", "barrierefreiheit"): {
        "title": "Accessibility statement",
        "body": """
<p>The City of Dortmund wants everyone to be able to use this portal well. This statement covers the information
portal of the Kommunales Integrationszentrum Dortmund. It is based on the NRW Disability Equality Act and the NRW
Accessible Information Technology Regulation (BITV NRW).</p>
<h2>How accessible is the portal?</h2>
<p>The portal is <strong>partly accessible</strong>. With every change the pages are tested automatically with a
checking tool in German and Arabic; the editorial team has also checked the pages itself.</p>
<h2>What is not accessible yet?</h2>
<ul>
<li>Older PDF documents from the Masterplan process (2005 to 2012) are not accessible. They were made before
today's requirements. We are reworking the most requested documents first. Until then we will send you the
content in an accessible form on request.</li>
<li>Not every page is translated into every language. Where a translation is missing, we show the page in German
and say so.</li>
<li>Embedded videos of other providers do not always have subtitles in every language. We cannot change that; the
most important content is also written on the page.</li>
<li>Videos in German Sign Language exist so far only for the start page.</li>
</ul>
<h2>Report a barrier</h2>
<p>Have you come across a barrier, or do you need content in another form? Please use our accessibility form (link
below) or write to us:</p>
<p>Kommunales Integrationszentrum Dortmund<br>E-mail:
<a href="mailto:barrierefreiheit@example.org">barrierefreiheit@example.org</a><br>Phone: +49 231 000001
(demo number)</p>
<p>We reply within one month.</p>
<h2>Enforcement procedure</h2>
<p>If you are not satisfied with our reply, you can turn to the ombudsman office for accessible information
technology of the State of North Rhine-Westphalia. It is part of the office of the State Commissioner for People
with Disabilities in Düsseldorf, mediates between you and us free of charge and looks for a solution with both
sides. You find its contact details on the State Commissioner's website.</p>
""",
    },
    ("portal.editorialpage", "leichte-sprache"): {
        "title": "Easy read",
        "body": """
<p>Here you can read in easy words what is on this website.</p>
<h2>Who are we?</h2>
<p>We are the Integration Centre of the City of Dortmund. We work for the City of Dortmund. We help people who
have moved to Dortmund.</p>
<h2>What can you find here?</h2>
<ul>
<li>Advice and help: Who helps you? Where is the office?</li>
<li>Lessons in the family language for children at school.</li>
<li>Money for clubs that bring people together.</li>
<li>The Master Plan: how the city works for living well together.</li>
</ul>
<h2>How to find your way</h2>
<p>At the top of every page are the areas. There you can also choose your language. At the bottom of every page
you find the legal notice, data protection and the accessibility statement.</p>
<h2>Accessibility</h2>
<p>Not everything on the website is accessible yet. For example some old documents. If you cannot read something:
write to us. We will help you.</p>
""",
    },
    ("portal.editorialpage", "gebaerdensprache"): {
        "title": "German Sign Language",
        "body": """
<p>On this page we present the content of the portal in German Sign Language (DGS).</p>
<h2>What the videos show</h2>
<ul>
<li>Who we are: the Kommunales Integrationszentrum Dortmund and the social welfare office's services for
refugees.</li>
<li>What you find on the portal: advice, lessons in the family language, funding for associations and the
Masterplan Migration/Integration.</li>
<li>How to find your way: areas at the top, language choice at the top, legal information at the bottom of every
page.</li>
<li>The main points of the accessibility statement, and how to report a barrier to us.</li>
</ul>
<p>The videos are being recorded now and will appear here as soon as they are ready.</p>
""",
    },
}
