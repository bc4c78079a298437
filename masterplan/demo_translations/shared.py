"""Builds the per-language modules' ``TRANSLATIONS`` of the Masterplan demo from short tables."""

from html import escape

MASTODON_POST = ("consent.embed", (("resource_id", "@mia_do_ki_demo/113000000000000001"),))


def translations(*, phases, events, documents, bodies=None, embed=None):
    """``phases``: slug -> (title, summary); ``events``: slug -> (title, description); ``documents``: slug ->
    (title, summary), with the body from ``bodies`` or, for the documents whose German body is their summary,
    the summary as one paragraph; ``embed``: the title of the document page's Mastodon post."""
    bodies = bodies or {}
    result = {}
    for slug, (title, summary) in phases.items():
        result[("masterplan.phase", slug)] = {"title": title, "summary": summary}
    for slug, (title, description) in events.items():
        result[("masterplan.event", slug)] = {"title": title, "description": description}
    for slug, (title, summary) in documents.items():
        body = bodies.get(slug, f"<p>{escape(summary)}</p>")
        result[("masterplan.document", slug)] = {"title": title, "summary": summary, "body": body}
    if embed:
        result[MASTODON_POST] = {"title": embed}
    return result
