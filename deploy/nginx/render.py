"""Render deploy/nginx/portal.conf.template into an nginx.conf.

    python deploy/nginx/render.py > /etc/nginx/nginx.conf       # settings from the environment (defaults below)

Settings: PORTAL_UPSTREAMS (space-separated host:port of the web nodes), NGINX_LISTEN, NGINX_STATE_DIR (pid,
temporary files, cache), NGINX_ACCESS_LOG, NGINX_USER, NGINX_WORKERS, NGINX_MIME_TYPES, PORTAL_STATIC_ROOT,
PORTAL_MEDIA_ROOT, PORTAL_TRUSTED_FRONT (address or network of the TLS front), PORTAL_MAX_REQUEST_SIZE.
compose.yaml renders the same template with envsubst.
"""

import os
import re
import sys
from pathlib import Path

TEMPLATE = Path(__file__).with_name("portal.conf.template")
DEFAULTS = {
    "PORTAL_UPSTREAMS": "127.0.0.1:8000",
    "NGINX_LISTEN": "80",
    "NGINX_STATE_DIR": "/var/lib/nginx/portal",
    "NGINX_ACCESS_LOG": "/var/log/nginx/portal-access.log",
    "NGINX_USER": "www-data",
    "NGINX_WORKERS": "auto",
    "NGINX_MIME_TYPES": "/etc/nginx/mime.types",
    "PORTAL_STATIC_ROOT": "/app/staticfiles",
    "PORTAL_MEDIA_ROOT": "/data/media",
    "PORTAL_TRUSTED_FRONT": "127.0.0.1",
    "PORTAL_MAX_REQUEST_SIZE": "201m",
}


def render(**settings):
    """The configuration text; ``settings`` override the defaults (missing or unknown names are an error)."""
    unknown = set(settings) - set(DEFAULTS)
    if unknown:
        raise ValueError(f"unknown nginx settings: {', '.join(sorted(unknown))}")
    values = {**DEFAULTS, **settings}
    servers = values.pop("PORTAL_UPSTREAMS").split()
    values["PORTAL_UPSTREAM_SERVERS"] = " ".join(f"server {server};" for server in servers)
    return re.sub(r"\$\{([A-Z_]+)\}", lambda match: values[match.group(1)], TEMPLATE.read_text())


if __name__ == "__main__":
    sys.stdout.write(render(**{name: os.environ[name] for name in DEFAULTS if name in os.environ}))
