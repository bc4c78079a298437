"""Stored search documents: the weighted text of each searchable item, once per site language (PostgreSQL).

A row holds what search matches and ranks an item by in one language, computed when the item is saved
(``portal.search.documents``): the tsvector (the shown language's title A and body B, plus the German words at C
and D for a translated item) and the shown title for the trigram match. Which items are public is never stored
here: search asks the models' ``published()`` at query time, so a scheduled item appears at its instant.
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
    title = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "language", "object_id"], name="search_document_unique")
        ]
        indexes = [
            GinIndex(fields=["document"], name="search_document_fts"),
            GinIndex(fields=["title"], opclasses=["gin_trgm_ops"], name="search_document_trgm"),
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} ({self.language})"
