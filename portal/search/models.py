"""Stored search documents: the weighted text of each searchable item, once per site language (PostgreSQL).

A row holds what search matches and ranks an item by in one language, computed when the item is saved
(``portal.search.documents``): the tsvector (the shown language's title A and body B, plus the German words at C
and D for a translated item) and the shown title for the trigram match. It also holds what a result shows, so
that a search reads this one table: the body text the highlighted snippet is cut from (``ts_headline``, only for
the results on the page), the result's title, address and language, and the plain summary shown when no word can
be highlighted. Which items are public is never stored here: search asks the models' ``published()`` at query
time, so a scheduled item appears at its instant and an unpublished one disappears at once.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchDocument(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.BigIntegerField()
    language = models.CharField(max_length=8)
    document = SearchVectorField()
    title = models.TextField(blank=True)  # for the trigram match (an HSU class: its language's name)
    # The text ts_headline marks the searched words in, and the language it is written in (the row's language
    # when the item is translated into it, German otherwise).
    body = models.TextField(blank=True, default="")
    body_language = models.CharField(max_length=8, blank=True, default="")
    # The result as shown: its language (``content_language``), title, address and the snippet without marks.
    shown_language = models.CharField(max_length=8, blank=True, default="")
    shown_title = models.TextField(blank=True, default="")
    url = models.TextField(blank=True, default="")
    summary = models.TextField(blank=True, default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "language", "object_id"], name="search_document_unique")
        ]
        # fastupdate off: a new or changed document goes into the index at once instead of a pending list that
        # every search reads through until VACUUM merges it (after a rebuild or an import that list held every
        # document, and a search for a word found nowhere took longer the more documents there were).
        indexes = [
            GinIndex(fields=["document"], name="search_document_fts", fastupdate=False),
            GinIndex(fields=["title"], opclasses=["gin_trgm_ops"], name="search_document_trgm", fastupdate=False),
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} ({self.language})"
