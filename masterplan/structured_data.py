"""Structured data (schema.org JSON-LD) of Masterplan document pages (see portal.search.structured_data)."""

from django.utils import timezone, translation

from portal.search.structured_data import publisher
from portal.site_url import absolute_url


def digital_document(document, *, url, context):
    node = {
        "@type": "DigitalDocument",
        "name": document.title,
        "headline": document.title,
        "description": document.summary,
        "url": url,
        "datePublished": document.date.isoformat(),
        "dateModified": timezone.localtime(document.changed_at).date().isoformat(),
        "inLanguage": translation.get_language(),
        "genre": str(document.get_kind_display()),
        "publisher": publisher(),
        "isPartOf": {"@type": "CreativeWork", "name": document.phase.title},
    }
    if document.attachment:
        node["associatedMedia"] = {
            "@type": "MediaObject",
            "contentUrl": absolute_url(document.attachment.url),
            "encodingFormat": "application/pdf",
        }
        if document.attachment_size:
            node["associatedMedia"]["contentSize"] = f"{document.attachment_size} B"
    return node
