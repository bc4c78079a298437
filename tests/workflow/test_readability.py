"""Readability hints for German text (Amstad score, long sentences and words, passive voice) and the accessibility
check of a body, computed by hand here from counted syllables, and shown beside the field in the change form."""

import pytest
from django.test import Client
from lxml import html as lxml_html

from portal.workflow.accessibility_check import check
from portal.workflow.readability import analyse, is_passive, sentences_of, syllables
from tests.portal.factories import editorial_page
from tests.services.factories import make_service
from tests.workflow.conftest import client_for, form_data

EASY_SENTENCE = "Das Amt ist heute offen. Bitte bringen Sie den Ausweis mit."
HARD_SENTENCE = "Die Antragstellung erfolgt grundsätzlich ausschließlich über die zuständige Ausländerbehörde."


def test_syllables_are_counted_as_by_hand():
    counted = {
        "Das": 1, "Amt": 1, "heute": 2, "offen": 2, "Sie": 1, "Ausweis": 2, "bringen": 2,
        "Antragstellung": 4, "grundsätzlich": 3, "ausschließlich": 3, "über": 2, "zuständige": 4,
        "Ausländerbehörde": 6, "Öffnungszeiten": 4,
    }  # fmt: skip
    assert {word: syllables(word) for word in counted} == counted


def test_amstad_score_of_an_easy_text_matches_the_hand_computation():
    report = analyse(EASY_SENTENCE)
    # "Das(1) Amt(1) ist(1) heu-te(2) of-fen(2)."              5 words,  7 syllables
    # "Bit-te(2) brin-gen(2) Sie(1) den(1) Aus-weis(2) mit(1)."  6 words,  9 syllables
    # 2 sentences, 11 words, 16 syllables: ASL = 11 / 2 = 5.5, ASW = 16 / 11
    # 180 − 5.5 − 58.5 × 16 / 11 = 174.5 − 936 / 11 = 174.5 − 85.09 = 89.41
    assert (len(report.sentences), report.words, report.syllables) == (2, 11, 16)
    assert report.amstad == pytest.approx(180 - 5.5 - 58.5 * 16 / 11, abs=0.05)
    assert report.amstad == 89.4  # shown rounded to one decimal
    assert not report.hard and report.long_sentences == [] and report.long_words == [] and report.passive == []


def test_amstad_score_of_a_hard_sentence_matches_the_hand_computation():
    report = analyse(HARD_SENTENCE)
    # Die(1) An-trag-stel-lung(4) er-folgt(2) grund-sätz-lich(3) aus-schließ-lich(3) ü-ber(2) die(1)
    # zu-stän-di-ge(4) Aus-län-der-be-hör-de(6): 1 sentence, 9 words, 1+4+2+3+3+2+1+4+6 = 26 syllables
    # 180 − 9 − 58.5 × 26 / 9 = 171 − 1521 / 9 = 171 − 169 = 2
    assert (len(report.sentences), report.words, report.syllables) == (1, 9, 26)
    assert report.amstad == pytest.approx(2.0)
    assert report.hard  # below 60
    assert report.long_words == ["Ausländerbehörde"]  # 16 letters, more than 15
    easy = analyse(HARD_SENTENCE, easy=True)  # Leichte Sprache: words of more than 10 letters
    assert easy.long_words == ["Antragstellung", "grundsätzlich", "ausschließlich", "Ausländerbehörde"]
    assert easy.amstad == report.amstad and easy.hard


def test_rich_text_blocks_end_sentences_and_abbreviations_do_not():
    html = "<h2>Öffnungszeiten</h2><p>Das Amt ist heute offen.</p><ul><li>Bringen Sie z. B. den Pass mit</li></ul>"
    report = analyse(html)
    assert report.sentences == ["Öffnungszeiten", "Das Amt ist heute offen.", "Bringen Sie z. B. den Pass mit"]
    # Öff-nungs-zei-ten(4) | 5 words, 7 syllables | Brin-gen(2) Sie(1) z(1) B(1) den(1) Pass(1) mit(1)
    # 3 sentences, 1 + 5 + 7 = 13 words, 4 + 7 + 8 = 19 syllables: 180 − 13 / 3 − 58.5 × 19 / 13
    assert (report.words, report.syllables) == (13, 19)
    assert report.amstad == pytest.approx(180 - 13 / 3 - 58.5 * 19 / 13, abs=0.05)


def test_sentence_length_limits_are_stricter_in_leichte_sprache():
    twelve = "Sie bekommen den Brief vom Amt und lesen ihn dann in Ruhe."
    assert len(sentences_of(twelve)) == 1
    assert analyse(twelve).long_sentences == []  # up to 20 words
    assert analyse(twelve, easy=True).long_sentences == [twelve]  # up to 10 words


@pytest.mark.parametrize(
    ("sentence", "passive"),
    [
        ("Der Antrag wird vom Amt geprüft.", True),
        ("Das Formular wurde eingereicht.", True),
        ("Die Eltern werden informiert.", True),
        ("Der Antrag ist bearbeitet worden.", True),
        ("Wir werden Sie informieren.", False),  # future tense, not passive
        ("Es wird gehen.", False),
        ("Das Amt prüft den Antrag.", False),
    ],
)
def test_passive_voice_heuristic(sentence, passive):
    assert is_passive(sentence) is passive


def test_accessibility_check_finds_heading_link_table_and_image_problems():
    body = (
        "<h2>Anmeldung</h2><h4>Unterlagen</h4><p>Das Formular finden Sie <a href='https://example.org/f'>hier</a>."
        " Oder <a href='https://example.org/g'>Formular zur Anmeldung</a>.</p>"
        "<table><tr><td>Montag</td><td>9 Uhr</td></tr></table>"
        "<table><tr><th>Tag</th></tr><tr><td>Dienstag</td></tr></table><img src='/a.png'>"
    )
    kinds = [problem.kind for problem in check(body)]
    assert kinds == ["heading", "link", "table", "image"]
    assert check("<h2>A</h2><h3>B</h3><h2>C</h2><p><a href='https://example.org/'>Formular</a></p>") == []


@pytest.mark.django_db
def test_change_form_shows_hints_beside_german_fields_stricter_on_leichte_sprache(staff):
    service = make_service(body=f"<p>{HARD_SENTENCE}</p><p>Mehr dazu <a href='https://example.org/'>hier</a>.</p>")
    editor = client_for(Client, staff["editor"])
    page = lxml_html.fromstring(editor.get(f"/admin/services/service/{service.pk}/change/").content.decode())
    (hints,) = page.xpath("//div[contains(@class,'writing-hints')][@data-field='body_de']")
    assert hints.xpath("ancestor::div[@id='id_body_de_helptext']")  # in the field's help, beside it
    assert not page.xpath("//div[contains(@class,'writing-hints')]/descendant-or-self::*[@aria-live]")  # quiet
    text = " ".join(hints.text_content().split())
    assert "Ausländerbehörde" in text and "hier" in text
    assert not page.xpath("//div[contains(@class,'writing-hints')][@data-field='body_en']")  # German only
    assert page.xpath("//script[contains(@src, 'writing-hints')]")

    easy = editorial_page(slug="leichte-sprache", title="Leichte Sprache", body="<p>Das Amt ist heute offen.</p>")
    page = editor.get(f"/admin/portal/editorialpage/{easy.pk}/change/").content.decode()
    (hints,) = lxml_html.fromstring(page).xpath("//div[contains(@class,'writing-hints')][@data-field='body_de']")
    assert hints.get("data-easy") == "1"

    answer = editor.post(hints.get("data-url"), {"text": HARD_SENTENCE, "rich": "0", "easy": "1"})
    assert answer.status_code == 200 and "Antragstellung" in answer.content.decode()  # long in Leichte Sprache
    assert Client().post(hints.get("data-url"), {"text": "x"}).status_code == 302  # staff only
    assert editor.post(hints.get("data-url"), {"text": "x" * 100_001}).status_code == 413


# --- Control characters (Word pastes a vertical tab for a line break): never a 500 ------------------------------
WORD_PASTE = "<p>Zeile eins\x0bZeile zwei\x01</p>"


def test_control_characters_are_no_error_for_the_hints_and_the_check():
    assert analyse(WORD_PASTE).words == 4
    assert check(WORD_PASTE + "<h1>Titel\x0b</h1>") and sentences_of("Eins\x0bzwei.\x1f") == ["Eins zwei."]


@pytest.mark.django_db
def test_change_form_and_hints_answer_with_control_characters_in_the_text(staff):
    service = make_service()
    type(service).objects.filter(pk=service.pk).update(body_de=WORD_PASTE, summary_de="Kurz\x0bund gut.")
    editor = client_for(Client, staff["editor"])
    assert editor.get(f"/admin/services/service/{service.pk}/change/").status_code == 200
    for rich in ("0", "1"):
        answer = editor.post("/admin/writing-hints/", {"text": WORD_PASTE, "rich": rich, "easy": "0"})
        assert answer.status_code == 200


# --- Rows inside a page (inlines) with German prose: a programme's building blocks ------------------------------
def programme_with_block(description):
    from funding.models import BuildingBlock
    from tests.funding.factories import make_programme

    programme = make_programme()
    BuildingBlock.objects.create(
        programme=programme, code="A", title_de="Räume", description_de=description, description_en="Rooms."
    )
    return programme


@pytest.mark.django_db
def test_inline_rows_show_hints_after_their_german_text(staff):
    programme = programme_with_block(HARD_SENTENCE)
    url = f"/admin/funding/programme/{programme.pk}/change/"
    editor = client_for(Client, staff["editor"])
    page = lxml_html.fromstring(editor.get(url).content.decode())
    name = "building_blocks-0-description_de"
    (hints,) = page.xpath(f"//div[contains(@class,'writing-hints')][@data-field='{name}']")
    assert "Ausländerbehörde" in " ".join(hints.text_content().split())  # the long word of the row's text
    assert hints.get("data-rich") == "0" and hints.get("data-url") == "/admin/writing-hints/"
    (field,) = page.xpath(f"//textarea[@name='{name}']")
    assert hints.get("id") in field.get("aria-describedby").split()
    assert hints.xpath(f"preceding-sibling::textarea[@name='{name}']")  # right after the row's own field
    assert not page.xpath("//div[contains(@class,'writing-hints')][contains(@data-field,'description_en')]")
    assert not page.xpath("//div[contains(@class,'writing-hints')][contains(@data-field,'__prefix__')]")

    # a refused save shows the hints of what the editor typed
    data = form_data(editor.get(url).content.decode())
    data[name] = ["Das Amt ist heute offen."]
    data["name_de"] = [""]  # required: the form comes back
    answer = editor.post(url, data)
    assert answer.status_code == 200
    (hints,) = lxml_html.fromstring(answer.content.decode()).xpath(
        f"//div[contains(@class,'writing-hints')][@data-field='{name}']"
    )
    assert "Ausländerbehörde" not in hints.text_content()
    assert "Readability" in hints.text_content()


@pytest.mark.django_db
def test_translators_get_no_hints_on_rows_they_cannot_change(staff):
    programme = programme_with_block(HARD_SENTENCE)
    translator = client_for(Client, staff["translator"])
    page = lxml_html.fromstring(translator.get(f"/admin/funding/programme/{programme.pk}/change/").content.decode())
    assert not page.xpath("//div[contains(@class,'writing-hints')][contains(@data-field,'building_blocks')]")
