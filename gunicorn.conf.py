"""gunicorn settings, read from the working directory by default (the Dockerfile's ``gunicorn ...`` picks it up).

Access log without anything that identifies a visitor or what they searched: no client address, no user agent,
no referrer, and the path without its query string (``/de/search/`` but never ``?q=...``).
"""

access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'
