"""Site search: languages, German fallback, ranking, snippets, hostile input, query counts, privacy."""

import logging
import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.search import documents, engine, registry
from tests.search import factories

pytestmark = pytest.mark.django_db

# One page, translated into every site language; each body holds a word found only there.
BODY_WORDS = {
    "de": ("Wohnungssuche", "<p>Wir helfen bei der Wohnungssuche und beim Mietvertrag.</p>"),
    "en": ("tenancy", "<p>We help you understand a tenancy agreement.</p>"),
    "tr": ("kiracılık", "<p>Size kiracılık sözleşmesi konusunda yardımcı oluyoruz.</p>"),
    "ar": ("الإيجار", "<p>نساعدك في فهم عقد الإيجار.</p>"),
    "uk": ("оренди", "<p>Ми допомагаємо зрозуміти договір оренди.</p>"),
    "fa": ("اجاره", "<p>ما در فهم قرارداد اجاره به شما کمک می‌کنیم.</p>"),
    "ru": ("аренды", "<p>Мы поможем разобраться в договоре аренды.</p>"),
    "pl": ("najmu", "<p>Pomagamy zrozumieć umowę najmu.</p>"),
    "ro": ("închiriere", "<p>Vă ajutăm să înțelegeți contractul de închiriere.</p>"),
    "bg": ("наем", "<p>Помагаме ви да разберете договора за наем.</p>"),
}
TITLES = {
    "de": "Beratung zum Wohnen",
    "en": "Housing advice",
    "tr": "Konut danışmanlığı",
    "ar": "استشارات السكن",
    "uk": "Консультації щодо житла",
    "fa": "مشاوره مسکن",
    "ru": "Консультации по жилью",
    "pl": "Doradztwo mieszkaniowe",
    "ro": "Consiliere pentru locuințe",
    "bg": "Консултации за жилище",
}


def result_titles(response):
    html = response.content.decode()
    return re.findall(r'class="search-result__title"><a href="[^"]*">([^<]*)</a>', html)


def search(client, language, query, **params):
    return client.get(f"/{language}/search/", {"q": query, **params})


def test_search_finds_item_by_body_word_in_each_translated_language(client):
    factories.service(title=TITLES, body={language: body for language, (_word, body) in BODY_WORDS.items()})
    for language, (word, _body) in BODY_WORDS.items():
        response = search(client, language, word)
        assert response.status_code == 200
        assert result_titles(response) == [TITLES[language]], language


def test_search_finds_german_content_from_a_foreign_prefix(client):
    factories.service(title="Asylbewerberleistungen", body="<p>Leistungen nach dem Asylbewerberleistungsgesetz.</p>")
    for language in ("en", "ar", "uk", "tr"):
        response = search(client, language, "Asylbewerberleistungen")
        assert result_titles(response) == ["Asylbewerberleistungen"], language
        html = response.content.decode()
        assert 'class="search-result" lang="de" dir="ltr"' in html


def test_search_finds_translated_item_by_its_german_words(client):
    factories.service(title={"de": "Sprachkurse", "en": "Language courses"}, body={"de": "<p>Integrationskurs</p>"})
    response = search(client, "en", "Sprachkurse")
    assert result_titles(response) == ["Language courses"]


def test_search_does_not_find_untranslated_text_in_visitor_language(client):
    """An item not translated into English is searched (and shown) in German, never in half an English text."""
    factories.service(
        title={"de": "Einbürgerung", "en": "Naturalisation"}, body={"de": "<p>Antrag.</p>"}, summary={"de": "Kurz."}
    )  # English summary missing: not translated into English
    response = search(client, "en", "Naturalisation")
    assert result_titles(response) == []
    assert result_titles(search(client, "en", "Einbürgerung")) == ["Einbürgerung"]


def test_search_ranks_title_match_above_body_match(client):
    factories.service(title="Allgemeine Beratung", body="<p>Hier gibt es auch Hilfe zum Kindergeld.</p>")
    factories.service(title="Kindergeld", body="<p>Wer Kinder hat, bekommt Geld von der Familienkasse.</p>")
    assert result_titles(search(client, "de", "Kindergeld")) == ["Kindergeld", "Allgemeine Beratung"]


def test_search_ranks_title_match_first_in_foreign_language(client):
    factories.service(
        title={"de": "Beratung", "en": "General advice"},
        body={"de": "<p>Kindergeld</p>", "en": "<p>We also explain child benefit.</p>"},
    )
    factories.service(
        title={"de": "Kindergeld", "en": "Child benefit"},
        body={"de": "<p>Familienkasse</p>", "en": "<p>Parents receive money.</p>"},
    )
    assert result_titles(search(client, "en", "benefit")) == ["Child benefit", "General advice"]


def test_search_shows_only_published_items(client):
    factories.service(title="Sprachcafé", status="draft")
    factories.service(title="Sprachcafé im Quartier", status="published")
    assert result_titles(search(client, "de", "Sprachcafé")) == ["Sprachcafé im Quartier"]


def test_search_snippet_is_escaped_and_highlighted(client):
    factories.service(
        title="Formulare",
        body="<p>Bitte bringen Sie den Aufenthaltstitel mit. 3 &lt; 4 &amp; &lt;script&gt;x&lt;/script&gt;</p>",
    )
    html = search(client, "de", "Aufenthaltstitel").content.decode()
    snippet = re.search(r'<p class="search-result__snippet">(.*?)</p>', html, re.S).group(1)
    assert "<mark>Aufenthaltstitel</mark>" in snippet
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert re.sub(r"</?mark>", "", snippet).count("<") == 0


def test_search_groups_results_by_type(client):
    factories.service(title="Migrationsberatung")
    factories.office(name="Migrationsberatung Nord")
    html = search(client, "de", "Migrationsberatung").content.decode()
    assert 'id="search-group-services"' in html
    assert 'id="search-group-offices"' in html


def test_search_finds_hsu_class_by_language_name(client):
    offering = factories.hsu_offering(language_name="Albanisch", school="Grundschule am Hafen")
    response = search(client, "de", "Albanisch")
    html = response.content.decode()
    assert 'id="search-group-hsu-classes"' in html
    assert "Albanisch – Grundschule am Hafen" in html
    assert f'href="{offering.language.get_absolute_url()}"' in html


def test_search_type_filter_paginates(client):
    for number in range(25):
        factories.service(title=f"Sprachförderung {number}")
    first = search(client, "de", "Sprachförderung", type="services")
    assert len(result_titles(first)) == 20
    second = search(client, "de", "Sprachförderung", type="services", page=2)
    assert len(result_titles(second)) == 5
    overview = search(client, "de", "Sprachförderung")
    assert len(result_titles(overview)) == 5
    assert re.search(r'href="\?q=Sprachf%C3%B6rderung&amp;type=services">[^<]*25', overview.content.decode())


@pytest.mark.parametrize(
    "query",
    [
        "",
        "x" * 1000,
        '"',
        '"unclosed quote',
        "%",
        "_",
        "\\",
        "\\%_",
        "a\x00b",
        "\x00",
        "' OR 1=1 --",
        "'; DROP TABLE services_service; --",
        "1) UNION SELECT password FROM auth_user --",
        "<script>alert(1)</script>",
        "!!! & | :* <->",
        "((()))",
        "-",
        "or",
        "\u202e\u200b",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀",
    ],
)
def test_search_hostile_query_gives_normal_page(client, query):
    factories.service(title="Beratung", body="<p>Text mit % und _ und \\ darin.</p>")
    for language in ("de", "ar"):
        response = search(client, language, query)
        assert response.status_code == 200
        html = response.content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "\x00" not in html


def test_search_hostile_parameters_give_normal_page(client):
    factories.service(title="Beratung")
    for params in (
        {"type": "nope"},
        {"type": "services", "page": "abc"},
        {"type": "services", "page": "-1"},
        {"type": "services", "page": "99999999999999999999"},
        {"type": "\x00"},
    ):
        response = search(client, "de", "Beratung", **params)
        assert response.status_code == 200
    assert "does not exist" in search(client, "en", "Beratung", type="nope").content.decode()


def test_search_query_is_capped_and_cleaned():
    assert engine.clean_query("a\x00b  c\n") == "ab c"
    assert len(engine.clean_query("y" * 1000)) == engine.MAX_QUERY_LENGTH


def test_search_wildcards_match_literally(client):
    factories.service(title="Rabatt", body="<p>50% Ermäßigung</p>")
    factories.service(title="Anderes", body="<p>Keine Ermäßigung</p>")
    if connection.vendor != "postgresql":  # full-text search ignores punctuation altogether
        assert result_titles(search(client, "de", "50%")) == ["Rabatt"]
    assert "Anderes" not in result_titles(search(client, "de", "%"))  # not a wildcard
    assert result_titles(search(client, "de", "_")) == []


def test_search_tolerates_small_typos_on_postgresql(client):
    factories.service(title="Integrationskurs", body="<p>Deutsch lernen.</p>")
    found = result_titles(search(client, "de", "Integrationskurs"))
    assert found == ["Integrationskurs"]
    typo = result_titles(search(client, "de", "Integrationskrus"))
    # Trigram similarity is PostgreSQL's; the simple match elsewhere only finds exact words.
    assert typo == (["Integrationskurs"] if connection.vendor == "postgresql" else [])


def _make_data(scale):
    for number in range(3 * scale):
        factories.service(
            title={"de": f"Beratung {number}", "en": f"Advice {number}"},
            body={"de": "<p>Migrationsberatung</p>", "en": "<p>Migration advice</p>"},
        )
        factories.office(name=f"Migrationsberatung {number}")
        factories.hsu_offering(language_name="Türkisch", code="tr", school=f"Migrationsberatung Schule {number}")


@pytest.mark.parametrize("params", [{}, {"type": "services"}])
def test_search_query_count_does_not_grow_with_data(client, params):
    _make_data(1)
    search(client, "en", "Migrationsberatung", **params)  # warm up (session, translations)
    with CaptureQueriesContext(connection) as small:
        assert search(client, "en", "Migrationsberatung", **params).status_code == 200
    _make_data(10)
    search(client, "en", "Migrationsberatung", **params)  # the same warm state: saving retired the cached parts
    with CaptureQueriesContext(connection) as large:
        response = search(client, "en", "Migrationsberatung", **params)
    assert response.status_code == 200
    assert len(large) == len(small), [query["sql"] for query in large.captured_queries]


def test_search_terms_are_not_logged(client, caplog):
    factories.service(title="Beratung")
    with caplog.at_level(logging.DEBUG):
        search(client, "de", "GeheimesSuchwort123", REMOTE_ADDR="203.0.113.9")
        search(client, "de", "GeheimesSuchwort123", type="nope", page="x")
    assert "GeheimesSuchwort123" not in caplog.text


def test_search_page_is_not_indexed_and_not_cached(client):
    response = search(client, "de", "Beratung")
    assert response.headers["X-Robots-Tag"] == "noindex"
    assert "no-store" in response.headers["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


def test_search_form_in_header_is_labelled_and_works_without_javascript(client):
    html = client.get("/ar/").content.decode()
    form = re.search(r'<form class="site-search".*?</form>', html, re.S).group(0)
    assert 'action="/ar/search/"' in form and 'method="get"' in form
    assert '<label class="visually-hidden" for="site-search-q">' in form
    assert 'name="q"' in form


def test_search_covers_calls_programmes_and_documents(client):
    factories.call(title="Quartiersfonds Aufruf", programme=factories.programme(name="Quartiersfonds"))
    factories.document(title="Leitbild Integration", body="<p>Das Leitbild beschreibt den Quartiersfonds.</p>")
    html = search(client, "de", "Quartiersfonds").content.decode()
    for group in ("calls", "programmes", "documents"):
        assert f'id="search-group-{group}"' in html, group


def _multiply_public_content(times):
    """Copies of every public item of every searchable type (new slugs), ``times`` copies each; their search
    documents written in one go at the end (on PostgreSQL), as a bulk import would."""
    with documents.paused():
        _copy_public_content(times)
    documents.rebuild()


def _copy_public_content(times):
    for entry in registry.installed():
        for original in list(entry.published()):
            for number in range(times):
                copy = entry.model.objects.get(pk=original.pk)
                copy.pk = None
                copy._state.adding = True
                if hasattr(copy, "slug"):
                    max_length = entry.model._meta.get_field("slug").max_length
                    copy.slug = f"c{number}x{original.pk}-{original.slug}"[:max_length]
                copy.save()


@pytest.mark.parametrize(("language", "query", "params"), [("de", "Beratung", {}), ("ar", "Dortmund", {}),
                                                           ("en", "Beratung", {"type": "services"})])  # fmt: skip
def test_search_query_count_equal_with_demo_data_and_ten_times(client, demo_site, language, query, params):
    search(client, language, query, **params)
    with CaptureQueriesContext(connection) as demo:
        response = search(client, language, query, **params)
    assert result_titles(response), "the demo content should match"
    _multiply_public_content(9)
    search(client, language, query, **params)  # the same warm state: saving retired the cached parts
    with CaptureQueriesContext(connection) as tenfold:
        response = search(client, language, query, **params)
    assert result_titles(response)
    assert len(tenfold) == len(demo)


def test_search_text_search_configurations_exist_on_postgresql():
    """Every configuration the search names is one the server has (asked of PostgreSQL itself)."""
    configs = {engine.text_search_config(code) for code, _name in settings.LANGUAGES}
    assert configs == {"german", "english", "turkish", "arabic", "russian", "romanian", "simple"}
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT cfgname FROM pg_ts_config")
            assert configs <= {row[0] for row in cursor.fetchall()}
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            assert cursor.fetchone() == (1,)


def test_every_page_has_a_canonical_link(client):
    factories.service(title={"de": "Kita", "en": "Childcare"}, body={"de": "<p>a</p>", "en": "<p>b</p>"}, slug="kita")
    factories.service(title="Nur Deutsch", slug="nur-deutsch")
    for path, canonical in [
        ("/en/", "/en/"),
        ("/ar/search/?q=Kita", "/ar/search/"),
        ("/en/services/kita/", "/en/services/kita/"),
        ("/en/services/nur-deutsch/", "/de/services/nur-deutsch/"),  # shown in German: the German page
    ]:
        html = client.get(path).content.decode()
        assert f'<link rel="canonical" href="{settings.PORTAL_SITE_URL}{canonical}">' in html, path


def test_search_finds_editorial_pages(client):
    factories.editorial_page(
        title={"de": "Barrierefreiheit", "ar": "إمكانية الوصول"},
        body={"de": "<p>Die Ombudsstelle des Landes hilft.</p>", "ar": "<p>مكتب أمين المظالم يساعد.</p>"},
        slug="barrierefreiheit",
    )
    assert result_titles(search(client, "de", "Ombudsstelle")) == ["Barrierefreiheit"]
    response = search(client, "ar", "المظالم")
    assert result_titles(response) == ["إمكانية الوصول"]
    assert 'href="/ar/info/barrierefreiheit/"' in response.content.decode()
