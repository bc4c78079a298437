"""The language of an API answer: ``?lang=`` when given (a site language, or the request is refused), otherwise
the best site language of the ``Accept-Language`` header, otherwise German.

Content is shown wholly in that language or wholly in German, never half and half
(``portal.translated_fields.content_language``); each item says which language its texts are in.
"""

from portal.languages import SOURCE_LANGUAGE, find


def _weighted(header):
    """``[(quality, position, tag)]`` of an ``Accept-Language`` header; unreadable parts are skipped."""
    found = []
    for position, part in enumerate(str(header or "").split(",")[:20]):
        tag, _sep, params = part.strip().partition(";")
        quality = 1.0
        name, _eq, value = params.strip().partition("=")
        if name.strip() == "q":
            try:
                quality = float(value)
            except ValueError:
                continue
        if tag and quality > 0:
            found.append((-quality, position, tag.strip().lower()))
    return sorted(found)


def from_header(header):
    """The site language the ``Accept-Language`` header prefers most, or German."""
    for _quality, _position, tag in _weighted(header):
        language = find(tag)
        if language is not None:
            return language.code
    return SOURCE_LANGUAGE


def requested(request):
    """The language code ``request`` asks for (``lang`` parameter or header); a ``lang`` that is not a site
    language gives None (the request is then refused by the parameter's validation)."""
    if "lang" in request.GET:
        language = find(request.GET["lang"])
        return language.code if language is not None and language.code == request.GET["lang"] else None
    return from_header(request.headers.get("Accept-Language"))
