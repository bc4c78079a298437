"""Site search over every registered content type, in the visitor's language with German as fallback.

An item is searched in the language it is shown in (``portal.translated_fields``): its own text in the visitor's
language when translated, its German text otherwise. A translated item is also found by its German words (weighted
lower), so the German name of an office or a form leads there from any language.

PostgreSQL: full-text search with one text-search configuration per language (``simple`` where PostgreSQL has
none), ranked with title (weight A) above body (B), highlighted with ts_headline, and typo-tolerant through
pg_trgm's word similarity on the title. The vectors and titles are stored per language (``SearchDocument``, kept
current by ``portal.search.documents``) with a GIN index each; publication is checked at query time. Other
databases (SQLite in development): every word must occur in the text (case-insensitive for Latin letters); title
matches rank first.

Two passes keep the number of queries independent of the amount of data: one query per content type finds the
matching ids and scores, one query per content type shown loads the items (and their snippets).
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Case, ExpressionWrapper, F, FloatField, Q, TextField, Value, When
from django.db.models.functions import Coalesce, Concat

from portal import languages
from portal.search import registry
from portal.search.entries import SearchEntry, value_at
from portal.search.models import SearchDocument
from portal.search.snippets import (
    MARK_START,
    MARK_STOP,
    has_marks,
    plain_text,
    render_marked,
    shortened,
    snippet_around,
)
from portal.translated_fields import SOURCE_LANGUAGE, content_language, required_fields, translated_q

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
MAX_HITS_PER_TYPE = 500
TRIGRAM_THRESHOLD = 0.5
WEIGHTS = [0.05, 0.1, 0.4, 1.0]  # D, C, B, A


def text_search_config(language):
    """PostgreSQL's text-search configuration for ``language``, from the language table."""
    entry = languages.find(language)
    return entry.search_config if entry else "simple"


def clean_query(raw):
    """The query as searched: NUL and control characters removed, whitespace collapsed, length capped."""
    text = "".join(ch for ch in str(raw or "") if ch.isprintable() or ch.isspace())
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def query_words(query):
    """The words of ``query`` for the simple match: quotes dropped, at most MAX_WORDS."""
    words = [word.strip("\"'“”„«»") for word in query.split()]
    return [word for word in words if word][:MAX_WORDS]


def uses_full_text():
    return connection.vendor == "postgresql"


@dataclass
class Hit:
    entry: SearchEntry
    obj: object
    language: str
    title: str
    url: str
    snippet: str
    score: float


@dataclass
class Group:
    entry: SearchEntry
    ids: list = field(default_factory=list)  # [(pk, score)], best first
    hits: list = field(default_factory=list)
    more_url: str = ""

    @property
    def count(self):
        return len(self.ids)

    @property
    def best(self):
        return self.ids[0][1] if self.ids else 0.0


def find(query, *, language, entries=None):
    """Pass 1: one group per content type with matches, each holding its ids and scores, best group first."""
    words = query_words(query)
    if not words:
        return []
    groups = []
    for entry in entries if entries is not None else registry.installed():
        if uses_full_text():
            ids = _match_full_text(entry, query, language)
        else:
            ids = _match_words(entry, words, language)
        if ids:
            groups.append(Group(entry=entry, ids=ids))
    groups.sort(key=lambda group: -group.best)
    return groups


def load(group, ids, query, *, language):
    """Pass 2: the items of ``ids`` (in that order) as hits with title, URL and snippet (one query)."""
    entry = group.entry
    scores = dict(group.ids)
    queryset = entry.model.objects.filter(pk__in=ids)
    if entry.select_related:
        queryset = queryset.select_related(*entry.select_related)
    if uses_full_text() and entry.body:
        queryset = queryset.annotate(search_headline=_headline(entry, query, language))
    objects = {obj.pk: obj for obj in queryset}
    hits = []
    for pk in ids:
        obj = objects.get(pk)
        if obj is None:
            continue
        shown = content_language(obj, language)
        hits.append(
            Hit(
                entry=entry,
                obj=obj,
                language=shown,
                title=entry.title_for(obj, shown),
                url=entry.url_for(obj),
                snippet=_snippet(entry, obj, shown, query),
                score=scores.get(pk, 0.0),
            )
        )
    return hits


# --- PostgreSQL ---------------------------------------------------------------------------------------------


def _vector(entry, language, *, title_weight, body_weight):
    config = text_search_config(language)
    vector = SearchVector(entry.localized(entry.title, language), weight=title_weight, config=config)
    if entry.body:
        vector = vector + SearchVector(
            *[entry.localized(path, language) for path in entry.body], weight=body_weight, config=config
        )
    return vector


def _query(query, language):
    return SearchQuery(query, config=text_search_config(language), search_type="websearch")


def _translated(entry, language):
    """Which rows are translated into ``language``: a Q, or None when every row counts as translated."""
    return translated_q(entry.model, language) if required_fields(entry.model) else None


def _choose(translated, own, german, **case):
    """``own`` for rows translated into the visitor's language, ``german`` for the others."""
    if translated is None:
        return own
    return Case(When(translated, then=own), default=german, **case)


def _either(translated, own_q, german_q):
    if translated is None:
        return own_q
    return (translated & own_q) | (~translated & german_q)


def indexed_document(entry, language):
    """The (tsvector, title) expressions an item is stored with for ``language`` (``portal.search.documents``).

    In German: the German title (A) and body (B). In another language: for a translated item its own title (A) and
    body (B) plus the German ones (C, D); for an untranslated one, the German text as in German. The title is the
    one shown, for the typo-tolerant match.
    """
    german = _vector(entry, SOURCE_LANGUAGE, title_weight="A", body_weight="B")
    title_de = F(entry.localized(entry.title, SOURCE_LANGUAGE))
    if language == SOURCE_LANGUAGE:
        return german, title_de
    own = _vector(entry, language, title_weight="A", body_weight="B")
    german_low = _vector(entry, SOURCE_LANGUAGE, title_weight="C", body_weight="D")
    translated = _translated(entry, language)
    document = _choose(translated, own + german_low, german, output_field=SearchVectorField())
    title = _choose(translated, F(entry.localized(entry.title, language)), title_de, output_field=TextField())
    return document, title


def _match_full_text(entry, query, language):
    """Ids and scores from the stored documents of ``entry`` in ``language``, for the items public right now."""
    search_query = _query(query, language)
    if language != SOURCE_LANGUAGE:
        search_query = search_query | _query(query, SOURCE_LANGUAGE)
    content_type = ContentType.objects.get_for_model(entry.model, for_concrete_model=False)
    # The GIN trigram index serves the %> operator (pg_trgm.word_similarity_threshold, set per connection in
    # settings); the explicit threshold keeps the result the same where that setting is missing.
    similar = Q(title__trigram_word_similar=query) & Q(search_similarity__gte=TRIGRAM_THRESHOLD)
    rows = (
        SearchDocument.objects.filter(
            content_type=content_type,
            language=language,
            object_id__in=entry.published().values("pk"),
        )
        .annotate(search_similarity=TrigramWordSimilarity(Value(query), "title"))
        .filter(Q(document=search_query) | similar)
        .annotate(
            search_score=ExpressionWrapper(
                SearchRank(F("document"), search_query, weights=WEIGHTS) + F("search_similarity") * 0.1,
                output_field=FloatField(),
            )
        )
        .order_by("-search_score", "object_id")
        .values_list("object_id", "search_score")[:MAX_HITS_PER_TYPE]
    )
    return [(pk, float(score)) for pk, score in rows]


def _body_text(entry, language):
    parts = []
    for path in entry.body:
        parts += [Coalesce(F(entry.localized(path, language)), Value(""), output_field=TextField()), Value(" ")]
    return Concat(*parts, output_field=TextField())


def _headline(entry, query, language):
    def headline(lang):
        return SearchHeadline(
            _body_text(entry, lang),
            _query(query, lang),
            config=text_search_config(lang),
            start_sel=MARK_START,
            stop_sel=MARK_STOP,
            max_words=35,
            min_words=15,
            max_fragments=2,
            fragment_delimiter=" … ",
        )

    if language == SOURCE_LANGUAGE:
        return headline(SOURCE_LANGUAGE)
    return _choose(
        _translated(entry, language), headline(language), headline(SOURCE_LANGUAGE), output_field=TextField()
    )


# --- every other database: all words must occur -------------------------------------------------------------


def _contains_all(paths, words):
    return reduce(lambda q, word: q & reduce(or_, [Q(**{f"{p}__icontains": word}) for p in paths]), words, Q())


def _match_words(entry, words, language):
    paths_de = [entry.localized(path, SOURCE_LANGUAGE) for path in entry.text_paths()]
    title_de = [entry.localized(entry.title, SOURCE_LANGUAGE)]
    if language == SOURCE_LANGUAGE:
        match = _contains_all(paths_de, words)
        title_hit = _contains_all(title_de, words)
        own_hit = match
    else:
        translated = _translated(entry, language)
        paths_own = [entry.localized(path, language) for path in entry.text_paths()]
        title_own = [entry.localized(entry.title, language)]
        own_hit = _either(translated, _contains_all(paths_own, words), _contains_all(paths_de, words))
        title_hit = _either(translated, _contains_all(title_own, words), _contains_all(title_de, words))
        match = own_hit | _contains_all(paths_de, words)
    rows = (
        entry.published()
        .filter(match)
        .annotate(
            search_score=Case(
                When(title_hit, then=Value(1.0)),
                When(own_hit, then=Value(0.4)),
                default=Value(0.1),
                output_field=FloatField(),
            )
        )
        .order_by("-search_score", "pk")
        .values_list("pk", "search_score")
        .distinct()[:MAX_HITS_PER_TYPE]
    )
    return [(pk, float(score)) for pk, score in rows]


def _snippet(entry, obj, language, query):
    headline = getattr(obj, "search_headline", None)
    if has_marks(headline):
        return render_marked(plain_text(headline))
    body = " ".join(plain_text(value_at(obj, entry.localized(path, language))) for path in entry.body)
    if not uses_full_text():
        snippet = snippet_around(body, query_words(query))
        if "<mark>" in snippet:
            return snippet
    description = entry.description_for(obj, language)
    return shortened(description or body)
