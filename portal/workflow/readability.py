"""Readability hints for German text while editing: sentence length, long words, passive voice, Amstad score.

The Amstad adaptation of Flesch's reading ease for German is ``180 − ASL − 58.5 × ASW`` (ASL: average sentence
length in words, ASW: average syllables per word): 0–30 very hard, 30–50 hard, 50–60 fairly hard, 60–70 medium,
70–80 fairly easy, 80–90 easy, 90–100 very easy. Syllables are counted as groups of vowels (ä, ö, ü and y
included; "ei", "au", "eu", "ie" are one group), sentences end at ".", "!" or "?" before a space, at a
paragraph, heading, list item or table cell; common abbreviations ("z. B.", "bzw.", "Nr.") end none. Passive
voice is a heuristic: a form of "werden" and a past participle (ge…t/ge…en, also after a separable prefix, or
…iert) in the same sentence. Leichte Sprache pages are held to stricter limits (``EASY``).

Only the counting happens here; the change form shows the result beside each German text field
(``portal.workflow.writing``).
"""

import re
from dataclasses import dataclass, field

from lxml import html as lxml_html

from portal.richtext import without_control_characters

VOWELS = re.compile(r"[aeiouyäöü]+", re.IGNORECASE)
WORD = re.compile(r"[A-Za-zÄÖÜäöüßẞ]+(?:[-·][A-Za-zÄÖÜäöüßẞ]+)*")
ABBREVIATIONS = ("z. B.", "z.B.", "u. a.", "d. h.", "bzw.", "ca.", "Nr.", "usw.", "etc.", "ggf.", "evtl.", "Tel.")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "br")
WERDEN = frozenset(
    "werde wirst wird werden werdet wurde wurdest wurden wurdet worden würde würdest würden würdet".split()
)
PREFIXES = "ab an auf aus bei ein mit nach vor zu zurück weg her hin fest frei dar durch über um unter".split()
PARTICIPLE = re.compile(rf"^(?:{'|'.join(PREFIXES)})?ge[a-zäöüß]{{2,}}(?:t|en)$|^[a-zäöüß]{{3,}}iert$")
NOT_PARTICIPLES = frozenset("gegen genug gestern gern gerne gehen geben gelten gewinnen genießen gehören".split())


@dataclass(frozen=True)
class Limits:
    sentence_words: int  # a sentence longer than this is marked
    word_letters: int  # a word (or part of a word joined with - or ·) longer than this is marked
    amstad: int  # a score below this is marked
    passive_allowed: bool


STANDARD = Limits(sentence_words=20, word_letters=15, amstad=60, passive_allowed=True)
EASY = Limits(sentence_words=10, word_letters=10, amstad=80, passive_allowed=False)  # Leichte Sprache


@dataclass
class Report:
    sentences: list
    words: int
    syllables: int
    limits: Limits
    long_sentences: list = field(default_factory=list)
    long_words: list = field(default_factory=list)
    passive: list = field(default_factory=list)

    @property
    def asl(self):
        return self.words / len(self.sentences) if self.sentences else 0.0

    @property
    def asw(self):
        return self.syllables / self.words if self.words else 0.0

    @property
    def amstad(self):
        """180 − ASL − 58.5 × ASW, rounded to one decimal (None for an empty text)."""
        return round(180 - self.asl - 58.5 * self.asw, 1) if self.words else None

    @property
    def hard(self):
        return self.amstad is not None and self.amstad < self.limits.amstad

    @property
    def passive_marked(self):
        return bool(self.passive) and not self.limits.passive_allowed

    @property
    def empty(self):
        return not self.words


def syllables(word):
    """The syllables of a German word, as groups of vowels (at least one)."""
    return max(1, len(VOWELS.findall(word)))


def words_of(sentence):
    return WORD.findall(sentence)


def text_blocks(text_or_html):
    """The text as blocks (paragraphs, headings, list items, cells): a block always ends a sentence."""
    value = without_control_characters(str(text_or_html or ""))
    if "<" not in value:
        return [block for block in re.split(r"\n\s*\n", value) if block.strip()]
    root = lxml_html.fragment_fromstring(value, create_parent="div")
    for element in root.iter(*BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n\n" + (element.text or "")
    return [block for block in re.split(r"\n\s*\n", root.text_content()) if block.strip()]


def sentences_of(text_or_html):
    found = []
    for block in text_blocks(text_or_html):
        protected = block
        for number, abbreviation in enumerate(ABBREVIATIONS):
            protected = protected.replace(abbreviation, f"\x00{number}\x00")
        for piece in SENTENCE_END.split(" ".join(protected.split())):
            for number, abbreviation in enumerate(ABBREVIATIONS):
                piece = piece.replace(f"\x00{number}\x00", abbreviation)
            if words_of(piece):
                found.append(piece.strip())
    return found


def is_passive(sentence):
    tokens = [word.lower() for word in words_of(sentence)]
    if not WERDEN.intersection(tokens):
        return False
    return "worden" in tokens or any(
        PARTICIPLE.match(token) and token not in NOT_PARTICIPLES and token not in WERDEN for token in tokens
    )


def analyse(text_or_html, *, easy=False):
    """The ``Report`` of a German text (plain or rich text); ``easy``: a Leichte Sprache page."""
    limits = EASY if easy else STANDARD
    sentences = sentences_of(text_or_html)
    report = Report(sentences=sentences, words=0, syllables=0, limits=limits)
    seen = set()
    for sentence in sentences:
        words = words_of(sentence)
        report.words += len(words)
        report.syllables += sum(syllables(word) for word in words)
        if len(words) > limits.sentence_words:
            report.long_sentences.append(sentence)
        if is_passive(sentence):
            report.passive.append(sentence)
        for word in words:
            if any(len(part) > limits.word_letters for part in re.split(r"[-·]", word)) and word not in seen:
                seen.add(word)
                report.long_words.append(word)
    return report
