"""Site search over every registered content type, in the visitor's language with German as fallback.

An item is searched in the language it is shown in (``portal.translated_fields``): its own text in the visitor's
language when translated, its German text otherwise. A translated item is also found by its German words (weighted
lower), so the German name of an office or a form leads there from any language.

PostgreSQL: full-text search with one text-search configuration per language (``simple`` where PostgreSQL has
none), ranked with title (weight A) above body (B), highlighted with ts_headline, and typo-tolerant through
pg_trgm's word similarity on the title. The vectors and titles are stored per language (``SearchDocument``, kept
current by ``portal.search.documents``) with a GIN index each, beside what a result shows (title, address,
summary, the text for the snippet); publication is checked at query time. Two queries over that one table,
whatever the number of types and items: the first finds the matching documents of every type that are public
now (with their scores, at most MAX_HITS_PER_TYPE per type), the second reads the results on the page and cuts
their snippets (ts_headline runs only there). Both statements are compiled once per language
(``portal.search.prepared``) and run with the words and the instant of each request.

Other databases (SQLite in development): every word must occur in the text (case-insensitive for Latin letters);
title matches rank first. One query per content type finds the matching ids and scores, one query per content
type shown loads the items.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import (
    BigIntegerField,
    BooleanField,
    Case,
    CharField,
    DateTimeField,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    Q,
    TextField,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, Concat, RowNumber
from django.utils import timezone
from django.utils.html import escape

from portal import languages
from portal.search import registry
from portal.search.entries import SearchEntry, value_at
from portal.search.models import SearchDocument
from portal.search.prepared import Slot, Statements
from portal.search.snippets import (
    MARK_START,
    MARK_STOP,
    cut_plain,
    has_marks,
    plain_text,
    render_marked,
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
    obj: object  # the item (None on PostgreSQL, where the result is read from its search document)
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
    documents: dict = field(default_factory=dict)  # {pk: search document id} (PostgreSQL)

    @property
    def count(self):
        return len(self.ids)

    @property
    def best(self):
        return self.ids[0][1] if self.ids else 0.0


def find(query, *, language, entries=None):
    """Pass 1: one group per content type with matches, each holding its ids and scores, best group first (ties in
    registry order)."""
    words = query_words(query)
    if not words:
        return []
    entries = entries if entries is not None else registry.installed()
    if uses_full_text():
        groups = _find_documents(entries, query, language)
    else:
        groups = [Group(entry=entry, ids=ids) for entry in entries if (ids := _match_words(entry, words, language))]
    groups.sort(key=lambda group: -group.best)
    return groups


def show(shown, query, *, language):
    """Pass 2: for each (group, ids) of ``shown``, the hits of ``ids`` (in that order) into ``group.hits``."""
    if uses_full_text():
        _show_documents(shown, query, language)
    else:
        for group, ids in shown:
            group.hits = load(group, ids, query, language=language)


def load(group, ids, query, *, language):
    """The items of ``ids`` (in that order) as hits with title, URL and snippet, from the content table (one
    query; the fallback on databases without stored documents)."""
    entry = group.entry
    scores = dict(group.ids)
    queryset = entry.model.objects.filter(pk__in=ids)
    if entry.select_related:
        queryset = queryset.select_related(*entry.select_related)
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
    """The expressions an item is stored with for ``language`` (``portal.search.documents``): ``document`` (the
    tsvector), ``title`` (for the typo-tolerant match), ``body`` (the text snippets are cut from) and
    ``body_language`` (the language of ``body``).

    In German: the German title (A) and body (B). In another language: for a translated item its own title (A) and
    body (B) plus the German ones (C, D); for an untranslated one, the German text as in German. The title is the
    one shown; ``body`` is the shown language's text.
    """
    german = _vector(entry, SOURCE_LANGUAGE, title_weight="A", body_weight="B")
    title_de = F(entry.localized(entry.title, SOURCE_LANGUAGE))
    body_de = _body_text(entry, SOURCE_LANGUAGE)
    if language == SOURCE_LANGUAGE:
        return {"document": german, "title": title_de, "body": body_de, "body_language": Value(SOURCE_LANGUAGE)}
    own = _vector(entry, language, title_weight="A", body_weight="B")
    german_low = _vector(entry, SOURCE_LANGUAGE, title_weight="C", body_weight="D")
    translated = _translated(entry, language)
    return {
        "document": _choose(translated, own + german_low, german, output_field=SearchVectorField()),
        "title": _choose(translated, F(entry.localized(entry.title, language)), title_de, output_field=TextField()),
        "body": _choose(translated, _body_text(entry, language), body_de, output_field=TextField()),
        "body_language": _choose(translated, Value(language), Value(SOURCE_LANGUAGE), output_field=CharField()),
    }


def _body_text(entry, language):
    if not entry.body:
        return Value("", output_field=TextField())
    parts = []
    for path in entry.body:
        parts += [Coalesce(F(entry.localized(path, language)), Value(""), output_field=TextField()), Value(" ")]
    return Concat(*parts, output_field=TextField())


class _AnyOf(Func):
    """``expression = ANY(array)``: one parameter for any number of values (one statement for any page size)."""

    arg_joiner = " = ANY("
    template = "%(expressions)s)"
    output_field = BooleanField()


_statements = Statements()
_SLOTS = {
    "query": Slot("query", TextField()),
    "at": Slot("at", DateTimeField()),
    "documents": Slot("documents", ArrayField(BigIntegerField())),
}


def _matching_documents(query, at, *, language, targets):
    """The documents in ``language`` matching ``query`` of the items of ``targets`` ((entry, content type id))
    public at ``at``: (content type id, object id, document id, score), each type's best MAX_HITS_PER_TYPE in
    order."""
    search_query = _query(query, language)
    if language != SOURCE_LANGUAGE:
        search_query = search_query | _query(query, SOURCE_LANGUAGE)
    public = reduce(
        or_,
        [Q(content_type_id=type_id, object_id__in=entry.published(at=at).values("pk")) for entry, type_id in targets],
    )
    # The GIN trigram index serves the %> operator (pg_trgm.word_similarity_threshold, set per connection in
    # settings); the explicit threshold keeps the result the same where that setting is missing.
    similar = Q(title__trigram_word_similar=query) & Q(search_similarity__gte=TRIGRAM_THRESHOLD)
    return (
        SearchDocument.objects.filter(public, language=language)
        .annotate(search_similarity=TrigramWordSimilarity(query, "title"))
        .filter(Q(document=search_query) | similar)
        .annotate(
            search_score=ExpressionWrapper(
                SearchRank(F("document"), search_query, weights=WEIGHTS) + F("search_similarity") * 0.1,
                output_field=FloatField(),
            )
        )
        .annotate(
            search_place=Window(
                RowNumber(),
                partition_by=F("content_type_id"),
                order_by=[F("search_score").desc(), F("object_id").asc()],
            )
        )
        .filter(search_place__lte=MAX_HITS_PER_TYPE)
        .order_by("content_type_id", "search_place")
        .values_list("content_type_id", "object_id", "id", "search_score")
    )


def _find_documents(entries, query, language):
    targets = [
        (entry, ContentType.objects.get_for_model(entry.model, for_concrete_model=False).pk) for entry in entries
    ]
    if not targets:
        return []
    key = ("find", connection.alias, language, tuple((entry.key, type_id) for entry, type_id in targets))
    rows = _statements.run(
        key,
        lambda **slots: _matching_documents(language=language, targets=targets, **slots),
        {name: _SLOTS[name] for name in ("query", "at")},
        {"query": query, "at": timezone.now()},
    )
    by_type = {}
    for type_id, pk, document, score in rows:
        by_type.setdefault(type_id, []).append((pk, document, float(score)))
    groups = []
    for entry, type_id in targets:
        found = by_type.get(type_id)
        if found:
            groups.append(
                Group(
                    entry=entry,
                    ids=[(pk, score) for pk, _document, score in found],
                    documents={pk: document for pk, document, _score in found},
                )
            )
    return groups


def _headline(query, language):
    return SearchHeadline(
        F("body"),
        _query(query, language),
        config=text_search_config(language),
        start_sel=MARK_START,
        stop_sel=MARK_STOP,
        max_words=35,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


def _shown_documents(query, documents, *, language):
    """The documents ``documents`` (ids) as results: id, language, title, URL, summary and the body's headline
    (in the body's language: the visitor's or German)."""
    headline = _headline(query, SOURCE_LANGUAGE)
    if language != SOURCE_LANGUAGE:
        headline = Case(
            When(body_language=language, then=_headline(query, language)), default=headline, output_field=TextField()
        )
    return (
        SearchDocument.objects.filter(_AnyOf(F("id"), documents))
        .annotate(search_headline=headline)
        .values_list("id", "shown_language", "shown_title", "url", "summary", "search_headline")
    )


def _show_documents(shown, query, language):
    wanted = [group.documents[pk] for group, ids in shown for pk in ids if pk in group.documents]
    rows = {}
    if wanted:
        rows = {
            row[0]: row
            for row in _statements.run(
                ("show", connection.alias, language),
                lambda **slots: _shown_documents(language=language, **slots),
                {name: _SLOTS[name] for name in ("query", "documents")},
                {"query": query, "documents": wanted},
            )
        }
    for group, ids in shown:
        scores = dict(group.ids)
        group.hits = []
        for pk in ids:
            row = rows.get(group.documents.get(pk))
            if row is None:
                continue
            _id, shown_language, title, url, summary, headline = row
            snippet = render_marked(plain_text(headline)) if has_marks(headline) else escape(summary)
            group.hits.append(
                Hit(
                    entry=group.entry,
                    obj=None,
                    language=shown_language,
                    title=title,
                    url=url,
                    snippet=snippet,
                    score=scores.get(pk, 0.0),
                )
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
    snippet = snippet_around(body_plain_text(entry, obj, language), query_words(query))
    if "<mark>" in snippet:
        return snippet
    return escape(summary_text(entry, obj, language))


def body_plain_text(entry, obj, language):
    return " ".join(plain_text(value_at(obj, entry.localized(path, language))) for path in entry.body)


def summary_text(entry, obj, language):
    """The plain text a result shows when none of the searched words can be marked: its description (or body),
    cut at a word boundary."""
    description = entry.description_for(obj, language)
    return cut_plain(plain_text(description or body_plain_text(entry, obj, language)))
