"""The portal's read-only open-data API under ``/api/v1/`` (django-ninja, OpenAPI 3.1 at ``/api/v1/openapi.json``).

The shared layer names no app here either: each app lists its router in its ``site.py`` (``API_ROUTERS``) and
``portal.api.build`` mounts them. What every endpoint shares lives beside it: the language of an answer
(``language``), cursor pagination (``paging``), the query parameters and the error format (``schemas``), and
the HTTP rules of the API — CORS for reading only, the rate limit, no cookies (``http``).
"""
