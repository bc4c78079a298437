"""Snippets: plain text from rich text, escaped, only the highlight marks as markup."""

from portal.search.snippets import MARK_START, MARK_STOP, plain_text, render_marked, shortened, snippet_around


def test_plain_text_keeps_words_of_adjacent_blocks_apart():
    assert plain_text("<p>Mietvertrag.</p><p>Wir helfen</p><ul><li>eins</li><li>zwei</li></ul>") == (
        "Mietvertrag. Wir helfen eins zwei"
    )
    assert plain_text("3 &lt; 4 &amp; &lt;b&gt;") == "3 < 4 & <b>"


def test_render_marked_escapes_everything_but_the_marks():
    text = f"<script>x</script> {MARK_START}Treffer <b>{MARK_STOP} & {MARK_START}offen"
    assert render_marked(text) == "&lt;script&gt;x&lt;/script&gt; <mark>Treffer &lt;b&gt;</mark> &amp; offen"


def test_snippet_around_marks_every_occurrence_case_insensitively():
    text = "Anfang " + "Füllwort " * 60 + "Das Kindergeld und noch einmal KINDERGELD. " + "Ende " * 60
    snippet = snippet_around(text, ["kindergeld"])
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert snippet.count("<mark>") == 2
    assert "<mark>KINDERGELD</mark>" in snippet


def test_shortened_cuts_at_a_word_and_escapes():
    assert shortened("<b>kurz</b> & gut") == "kurz &amp; gut"
    long = shortened("wort " * 100, length=50)
    assert long.endswith(" …") and len(long) <= 52
