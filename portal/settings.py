"""Settings of the MIA-DO-KI portal: one module, configured from the environment.

Every variable read here is documented in README.md ("Settings") and set or defaulted in compose.yaml;
tests/portal/test_settings.py keeps the three in step.
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.forms.widgets import Script
from django.utils.csp import CSP
from whitenoise.compress import Compressor

from portal.languages import LANGUAGE_TABLE, SOURCE_LANGUAGE

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


TESTING = "pytest" in sys.modules or sys.argv[1:2] == ["test"]
DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = env("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise SystemExit(
            "portal: DJANGO_SECRET_KEY is not set; set it (or DJANGO_DEBUG=1 for development) and start again."
        )
    SECRET_KEY = "insecure-development-key-never-use-in-production-" + "x" * 20

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if (DEBUG or TESTING) else "")
# Public base URL of the portal: every absolute link (QR codes, calendars, feeds, sitemap, canonical links)
# is built from it, never from the request's Host header.
PORTAL_SITE_URL = env("PORTAL_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", PORTAL_SITE_URL)

# --- Applications -----------------------------------------------------------------------------------------
PORTAL_APPS = [  # content apps before cross-cutting ones (the demo loader's order)
    "portal",
    "services",
    "funding",
    "masterplan",
    "portal.consent",
    "portal.translation_workflow",
    "portal.workflow",
    "portal.search",
    "portal.linkcheck",
]

INSTALLED_APPS = [
    "modeltranslation",  # must come before django.contrib.admin
    "portal.admin_site.PortalAdminConfig",  # django.contrib.admin with the portal's admin site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # full-text and trigram search on PostgreSQL; harmless on SQLite
    "django_prose_editor",
    "reversion",  # version history of content (portal.workflow)
    "axes",  # locks out repeated failed admin logins (portal.workflow.login)
    "django_otp",  # optional two-factor login for staff
    "django_otp.plugins.otp_totp",
    *PORTAL_APPS,
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.api.http.ApiMiddleware",  # /api/: reading only, CORS, rate limit, no cookies (outside the 304)
    "django.middleware.http.ConditionalGetMiddleware",  # strong ETag of the body, 304 on a conditional GET
    "portal.workflow.scheduled.ScheduledChangesMiddleware",  # scheduled changes whose time has come go live first
    "portal.http_cache.PublicPageCacheMiddleware",  # public Cache-Control for anonymous pages, the render cache
    "portal.redirects.RedirectFallbackMiddleware",  # a 404 at a moved address becomes a 301 (portal.Redirect)
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.middleware.RequestSizeLimitMiddleware",  # before anything reads the body (CSRF reads POST)
    "portal.admin_site.AdminLanguageMiddleware",  # the admin speaks German (or English, if asked)
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified() for the optional two-factor login
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "portal.admin_site.AdminContentSecurityPolicyMiddleware",  # after CSP: the admin's policy (with a nonce)
    "portal.consent.csp.EmbedPolicyMiddleware",  # after CSP: widens frame-src on pages with embeds
    "portal.middleware.PrivacyHeadersMiddleware",
    "portal.middleware.DatabaseUnavailableMiddleware",
    "axes.middleware.AxesMiddleware",  # last: answers a locked-out login attempt (429)
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.portal",
            ],
        },
    },
]

# --- Database, cache and time limits ---------------------------------------------------------------------
# A database or cache that hangs must cost a request a few seconds and end in the 503 page, never tie up a worker
# until gunicorn kills it: every wait below is shorter than gunicorn's worker timeout (PORTAL_WORKER_TIMEOUT,
# read by gunicorn.conf.py too; the system check portal.E001 refuses a configuration where it is not).
PORTAL_WORKER_TIMEOUT = int(env("PORTAL_WORKER_TIMEOUT", "30"))  # seconds
PORTAL_DB_CONNECT_TIMEOUT = int(env("PORTAL_DB_CONNECT_TIMEOUT", "3"))  # seconds (psycopg's minimum is 2)
PORTAL_DB_STATEMENT_TIMEOUT = int(env("PORTAL_DB_STATEMENT_TIMEOUT", "10"))  # seconds; 0 switches it off
PORTAL_CACHE_TIMEOUT = float(env("PORTAL_CACHE_TIMEOUT", "1"))  # seconds to connect to / wait for Redis

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DJANGO_DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,  # a reused connection that died (database restart) is replaced, not an error
    )
}
_db_options = DATABASES["default"].setdefault("OPTIONS", {})
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    _db_options.setdefault("connect_timeout", PORTAL_DB_CONNECT_TIMEOUT)
    # Server side: a statement running longer is cancelled. Client side: unacknowledged data for this long (a
    # vanished host or network) ends the connection instead of waiting for the kernel's retries (~15 minutes).
    _statement_timeout = f"-c statement_timeout={PORTAL_DB_STATEMENT_TIMEOUT}s"
    # Search's typo tolerance (portal.search.engine.TRIGRAM_THRESHOLD), so the %> operator can use the trigram index.
    _trigram = "-c pg_trgm.word_similarity_threshold=0.5"
    _db_options["options"] = f"{_db_options.get('options', '')} {_statement_timeout} {_trigram}".strip()
    _db_options.setdefault("tcp_user_timeout", (PORTAL_DB_CONNECT_TIMEOUT + PORTAL_DB_STATEMENT_TIMEOUT) * 1000)
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    _db_options.setdefault("timeout", PORTAL_DB_STATEMENT_TIMEOUT or 5)  # longest wait for another writer's lock
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The feedback rate limit counts in the default cache, which must be shared by all workers and servers: Redis
# with REDIS_URL, otherwise a table in the database (created by portal's post_migrate hook). The "database"
# cache is also the fallback while Redis is unreachable (portal.feedback). The test suite keeps a local-memory
# default cache, so tests without database access can use it.
REDIS_URL = env("REDIS_URL")
_database_cache = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "portal_cache",
    "OPTIONS": {"MAX_ENTRIES": 20000},
}
if REDIS_URL:
    _default_cache = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {"socket_connect_timeout": PORTAL_CACHE_TIMEOUT, "socket_timeout": PORTAL_CACHE_TIMEOUT},
    }
elif TESTING:
    _default_cache = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"}
else:
    _default_cache = _database_cache
CACHES = {"default": _default_cache, "database": _database_cache}
# Anonymous pages (portal.http_cache): how long browsers and shared caches may keep one (never past the next
# publication boundary), and how long the portal keeps a rendered page in the default cache (0: not at all).
PORTAL_HTTP_MAX_AGE = int(env("PORTAL_HTTP_MAX_AGE", "60"))
PORTAL_RENDER_CACHE_SECONDS = int(env("PORTAL_RENDER_CACHE_SECONDS", "3600"))

# --- Passwords and sessions -------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages --------------------------------------------------------------------------------------------
# The language table (portal/languages.py) says everything about each site language; these follow from it.
LANGUAGE_CODE = SOURCE_LANGUAGE
LANGUAGES = [(language.code, language.name) for language in LANGUAGE_TABLE]
LANGUAGES_BIDI = [language.code for language in LANGUAGE_TABLE if language.bidi]
# locale/ is written by makemessages (dev.py messages); locale_overrides/ holds German translations of Django's
# and libraries' messages their own catalogs lack (compiled by portal/catalogs.py, never touched by makemessages).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
USE_I18N = True
TIME_ZONE = "Europe/Berlin"
USE_TZ = True
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = SOURCE_LANGUAGE
# A language added to the table needs a migration for its columns (README, "Languages").
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
# No per-field fallback: a page is shown wholly in one language (portal/translated_fields.py decides which).
MODELTRANSLATION_ENABLE_FALLBACKS = False
MODELTRANSLATION_FALLBACK_LANGUAGES = ()

# --- Static and media files -------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
# Uploads: on S3-compatible object storage (MinIO, a city's object store) when PORTAL_S3_BUCKET is set, so every web
# node sees the same files; otherwise on local disk (MEDIA_ROOT, shared between nodes by a network volume).
PORTAL_S3_BUCKET = env("PORTAL_S3_BUCKET")
if PORTAL_S3_BUCKET:
    _media_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": PORTAL_S3_BUCKET,
            "endpoint_url": env("PORTAL_S3_ENDPOINT_URL") or None,
            "access_key": env("PORTAL_S3_ACCESS_KEY") or None,
            "secret_key": env("PORTAL_S3_SECRET_KEY") or None,
            "region_name": env("PORTAL_S3_REGION") or None,
            "custom_domain": env("PORTAL_S3_PUBLIC_DOMAIN") or None,  # host[/path] the public reaches files at
            "url_protocol": env("PORTAL_S3_PUBLIC_PROTOCOL", "https:"),
            "location": "media",
            "querystring_auth": False,  # uploads are public documents and images: plain, cacheable addresses
            "file_overwrite": False,
            "default_acl": None,
        },
    }
else:
    _media_storage = {"BACKEND": env("DJANGO_MEDIA_STORAGE", "django.core.files.storage.FileSystemStorage")}
STORAGES = {
    "default": _media_storage,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if TESTING
            else "portal.static_storage.StaticFilesStorage"
        )
    },
}
# collectstatic compresses every static file for WhiteNoise (gzip and Brotli) except these: already compressed
# formats, and source maps (read only by developer tools; the rich-text editor's is 2.3 MB and took seconds).
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = (*Compressor.SKIP_COMPRESS_EXTENSIONS, "map")
# Serve uploaded media from Django itself (development, or a small single-server deployment).
PORTAL_SERVE_MEDIA = env_bool("PORTAL_SERVE_MEDIA", DEBUG)
# Upload limits (portal/uploads.py): checked from the request before a file is read.
PORTAL_MAX_IMAGE_BYTES = int(env("PORTAL_MAX_IMAGE_BYTES", str(8 * 1024 * 1024)))
PORTAL_MAX_DOCUMENT_BYTES = int(env("PORTAL_MAX_DOCUMENT_BYTES", str(20 * 1024 * 1024)))
PORTAL_MAX_VIDEO_BYTES = int(env("PORTAL_MAX_VIDEO_BYTES", str(200 * 1024 * 1024)))
# Pixels (width × height) of an uploaded image, read from its header before decoding; far below Pillow's
# own decompression-bomb threshold (about 179 million).
PORTAL_MAX_IMAGE_PIXELS = int(env("PORTAL_MAX_IMAGE_PIXELS", str(40_000_000)))
# A request body larger than this is refused (413) before it is read: the largest upload plus form fields.
PORTAL_MAX_REQUEST_BYTES = int(
    env(
        "PORTAL_MAX_REQUEST_BYTES",
        str(max(PORTAL_MAX_IMAGE_BYTES, PORTAL_MAX_DOCUMENT_BYTES, PORTAL_MAX_VIDEO_BYTES) + 1024 * 1024),
    )
)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # form fields other than files
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # larger files are streamed to a temporary file, not kept in memory

# The admin's rich-text editor (portal/richtext.py): django-prose-editor's building blocks, started by our own
# module (German tooltips, tables with a header row, spell-checking, the field's language and direction).
DJANGO_PROSE_EDITOR_PRESETS = {
    "portal": [
        Script("django_prose_editor/editor.js", type="module"),
        Script("js/admin/richtext-editor.js", type="module"),
    ],
}

# --- E-mail -----------------------------------------------------------------------------------------------
MAILERS = {
    "default": {
        "BACKEND": env(
            "DJANGO_EMAIL_BACKEND",
            "django.core.mail.backends.console.EmailBackend"
            if DEBUG
            else "django.core.mail.backends.smtp.EmailBackend",
        ),
        "OPTIONS": {}
        if DEBUG and not env("DJANGO_EMAIL_HOST")
        else {
            "host": env("DJANGO_EMAIL_HOST", "localhost"),
            "port": int(env("DJANGO_EMAIL_PORT", "25")),
            "username": env("DJANGO_EMAIL_HOST_USER"),
            "password": env("DJANGO_EMAIL_HOST_PASSWORD"),
            "use_tls": env_bool("DJANGO_EMAIL_USE_TLS"),
        },
    }
}
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", "portal@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where feedback from visitors is sent (empty: only stored in the database, visible in the admin).
PORTAL_FEEDBACK_EMAIL = env("PORTAL_FEEDBACK_EMAIL")
# Feedback from visitors is deleted after this many days (manage.py purge_feedback, run daily).
PORTAL_FEEDBACK_RETENTION_DAYS = int(env("PORTAL_FEEDBACK_RETENTION_DAYS", "180"))
# Uploaded XLIFF files (kept between preview and import) are deleted after this many days (manage.py
# purge_xliff_uploads, run daily).
PORTAL_XLIFF_UPLOAD_RETENTION_DAYS = int(env("PORTAL_XLIFF_UPLOAD_RETENTION_DAYS", "30"))
# The link checker (manage.py check_links, run daily): seconds between two requests to one host, and how long
# to wait for an answer.
PORTAL_LINKCHECK_INTERVAL = float(env("PORTAL_LINKCHECK_INTERVAL", "1"))
PORTAL_LINKCHECK_TIMEOUT = float(env("PORTAL_LINKCHECK_TIMEOUT", "10"))
# Hosts the link checker may ask although they resolve to an internal address (loopback, private, link-local ...):
PORTAL_LINKCHECK_ALLOW_HOSTS = [host.lower() for host in env_list("PORTAL_LINKCHECK_ALLOW_HOSTS")]

# --- Security ---------------------------------------------------------------------------------------------
# Behind a proxy that terminates TLS and sets X-Forwarded-Proto (nginx, Traefik, a load balancer).
PORTAL_BEHIND_TLS_PROXY = env_bool("PORTAL_BEHIND_TLS_PROXY")
if PORTAL_BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = not (DEBUG or TESTING) and env_bool("PORTAL_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = not (DEBUG or TESTING)
CSRF_COOKIE_SECURE = not (DEBUG or TESTING)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = int(env("PORTAL_HSTS_SECONDS", "0" if (DEBUG or TESTING) else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("PORTAL_HSTS_INCLUDE_SUBDOMAINS", True)
# Only takes effect once the domain is submitted to the browsers' preload list.
SECURE_HSTS_PRELOAD = env_bool("PORTAL_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Public pages: nothing from another origin, no inline script. Pages with consented embeds widen frame-src.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.NONE],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# The admin: the same policy, plus a nonce (a new one in every response) for what Django's admin and the rich-text
# editor put inline: the editor's import map and stylesheet, a style block of the change list. Still no
# 'unsafe-inline' anywhere.
PORTAL_ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
}
# The open-data catalogue (portal/api/catalog.py, DCAT-AP.de): the licence of the datasets and the contributor
# (an IRI of https://www.dcat-ap.de/def/contributors/).
PORTAL_OPEN_DATA_LICENCE = env("PORTAL_OPEN_DATA_LICENCE", "http://dcat-ap.de/def/licenses/dl-by-de/2.0")
PORTAL_OPEN_DATA_CONTRIBUTOR = env("PORTAL_OPEN_DATA_CONTRIBUTOR", "http://dcat-ap.de/def/contributors/openNRW")
# Version of the consent texts for external media (portal/consent): bump it when providers or their texts
# change, and every visitor is asked again.
PORTAL_CONSENT_VERSION = env("PORTAL_CONSENT_VERSION", "1")
# --- Logging: no visitor-identifying data next to what they searched or sent ----------------------------
# Control characters in logged values are escaped (portal/logs.py): a visitor cannot forge a log line.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"escaped": {"()": "portal.logs.EscapingFormatter", "format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "escaped"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", "WARNING")},
}

# --- Staff login protection (portal/workflow/login.py) --------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "portal.workflow.login.PortalAxesBackend",  # refuses logins while locked out
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("PORTAL_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env("PORTAL_LOGIN_COOLOFF_MINUTES", "15")))
# Lock the combination of account and address: an attacker can neither lock a colleague out from elsewhere
# nor keep guessing one account's password.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Locked for exactly the cool-off time after the last counted failure; tries during a lockout do not extend it.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_HANDLER = "portal.workflow.login.MinimalAxesHandler"  # stores no user agent
AXES_DISABLE_ACCESS_LOG = True  # successful logins are not recorded
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token", "csrfmiddlewaretoken", "next"]
AXES_LOCKOUT_TEMPLATE = "workflow/admin/locked_out.html"
# The client address: REMOTE_ADDR, or behind our TLS proxy the address that proxy appended to X-Forwarded-For.
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_address"

SILENCED_SYSTEM_CHECKS = []
