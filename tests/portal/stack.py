"""The shipped reverse proxy for tests and bench: nginx (Debian's) with deploy/nginx's configuration, non-daemon;
and a visitor with cookies, to talk to the stack like a browser."""

import contextlib
import getpass
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

from tests.portal.live_server import ROOT, free_port
from tests.portal.live_server import fetch as fetch_once

# Longer than the stack's own limits (gunicorn's worker timeout, nginx's proxy_read_timeout): on a busy machine a
# node's first pages take long, and whether an answer comes is for the servers to decide, not for the client.
PATIENCE = 90  # seconds


def fetch(url, **kwargs):
    """``live_server.fetch`` with the stack's patience."""
    return fetch_once(url, timeout=PATIENCE, **kwargs)


RENDER = ROOT / "deploy" / "nginx" / "render.py"


def nginx_binary():
    """nginx's path; a clear failure where it is missing (``.ci/run`` installs Debian's package)."""
    found = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)
    if found is None:
        raise RuntimeError("nginx is not installed: apt-get install nginx (the proxy tests and bench/stack.py need it)")
    return found


def render(**settings):
    """The configuration text of ``deploy/nginx/render.py`` for ``settings`` (passed as its environment)."""
    env = {**os.environ, **settings}
    return subprocess.run([sys.executable, RENDER], env=env, capture_output=True, text=True, check=True).stdout


@contextlib.contextmanager
def nginx(folder, *, upstreams, static_root, media_root):
    """nginx on a free port of 127.0.0.1 in front of ``upstreams`` (base URLs); yields (base URL, access log)."""
    port = free_port()
    state = Path(folder) / "nginx"
    state.mkdir(parents=True, exist_ok=True)
    access_log = state / "access.log"
    config = state / "nginx.conf"
    config.write_text(
        render(
            PORTAL_UPSTREAMS=" ".join(url.removeprefix("http://") for url in upstreams),
            NGINX_LISTEN=f"127.0.0.1:{port}",
            NGINX_STATE_DIR=str(state),
            NGINX_ACCESS_LOG=str(access_log),
            NGINX_WORKERS="1",
            NGINX_USER=getpass.getuser(),  # workers that may read the test's private folders
            PORTAL_STATIC_ROOT=str(static_root),
            PORTAL_MEDIA_ROOT=str(media_root),
        )
    )
    errors = open(state / "error.log", "w")
    server = subprocess.Popen(
        [nginx_binary(), "-p", str(state), "-c", str(config), "-e", "stderr", "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=errors,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nginx did not start: {(state / 'error.log').read_text()}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}", access_log
    finally:
        server.terminate()
        server.wait(timeout=20)
        errors.close()


# --- Talking to the stack like a browser ---------------------------------------------------------------------
class Visitor:
    """A browser's cookie jar over plain HTTP to 127.0.0.1 (production cookies are ``Secure``; the city's TLS front
    would carry them): cookies set by any node are sent on every later request, through the proxy or to a node."""

    def __init__(self, *, headers=None):
        self.cookies = {}
        self.headers = dict(headers or {})

    def request(self, url, *, data=None, headers=None):
        sent = {**self.headers, **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        status, answer, body = fetch(url, data=data, headers=sent)
        for header in answer.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0":  # Django's way of deleting a cookie
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.coded_value
        return status, answer, body

    def post_form(self, url, fields, files=None, *, headers=None):
        """POST ``fields`` (name: list of values) and ``files`` (name: (file name, bytes, type)) as a browser would."""
        if files:
            body, kind = multipart(fields, files)
        else:
            body, kind = urllib.parse.urlencode(fields, doseq=True).encode(), "application/x-www-form-urlencoded"
        return self.request(url, data=body, headers={"Content-Type": kind, **(headers or {})})


def multipart(fields, files):
    """A ``multipart/form-data`` body and its content type."""
    boundary = secrets.token_hex(16)
    parts = []
    for name, values in fields.items():
        for value in values:
            head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
            parts.append(head.encode() + str(value).encode() + b"\r\n")
    for name, (filename, content, kind) in files.items():
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            f"Content-Type: {kind}\r\n\r\n"
        )
        parts.append(head.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


LOG_LINE = re.compile(
    r'"(?P<method>\S+) (?P<path>\S+)" (?P<status>\d+) \d+ upstream=(?P<upstream>\S*) cache=(?P<cache>\S*)'
)


FENCE = "/static/settle-the-log"


def settled_log(proxy, log):
    """The access log's entries as dicts, every request answered so far included: nginx (one worker) writes a
    request's line before it reads the next request, so one more request answered (a file missing from disk,
    whose own line is left out) means the lines of those before it are there."""
    fetch(f"{proxy}{FENCE}")
    entries = [match.groupdict() for match in map(LOG_LINE.search, log.read_text().splitlines()) if match]
    return [entry for entry in entries if entry["path"] != FENCE]
