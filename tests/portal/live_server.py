"""Real servers for operations tests: gunicorn under production settings, and a socket that never answers."""

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
# Chromium as this project starts it everywhere (browser tests, screenshots, Lighthouse): headless, and fetching
# nothing for itself (no component or background updates).
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(tmp_path, **extra):
    """Production settings (no DEBUG) on a SQLite file in ``tmp_path``, plain HTTP on 127.0.0.1."""
    ours = ("DJANGO_", "PORTAL_", "DATABASE_URL", "REDIS_URL")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
    clean.pop("PYTEST_CURRENT_TEST", None)
    return {
        **clean,
        "DJANGO_SECRET_KEY": "t3st-only-" + "k" * 60,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "PORTAL_SSL_REDIRECT": "0",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'ops.sqlite3'}",
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        **extra,
    }


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )


@contextlib.contextmanager
def gunicorn(env, *options, stderr=None, ready_path="/robots.txt"):
    """A gunicorn with one worker on a free port (its ``gunicorn.conf.py`` included); yields the base URL.

    ``stderr``: a file path for gunicorn's error log and the portal's own log (discarded otherwise);
    ``ready_path``: a page that answers 200 once the worker has booted (``/healthz`` when HTTPS is enforced).
    """
    port = free_port()
    error_log = open(stderr, "w") if stderr else subprocess.DEVNULL
    server = subprocess.Popen(
        [BIN / "gunicorn", "portal.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1", *options],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=error_log,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 180  # booting Django takes seconds, on a busy machine tens of seconds
        while time.monotonic() < deadline and server.poll() is None:
            with contextlib.suppress(OSError):  # /robots.txt needs no database: ready means the worker has booted
                if fetch(f"http://127.0.0.1:{port}{ready_path}", timeout=60)[0] == 200:
                    break
            time.sleep(0.2)
        else:
            raise RuntimeError(f"gunicorn did not start (exit status {server.poll()})")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        try:  # a graceful stop; on a busy machine it can take longer than gunicorn's own 30 s grace
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()  # every access-log line is written when its request ends, so none is lost
            server.wait()
        if stderr:
            error_log.close()


def fetch(url, *, data=None, headers=None, timeout=25):
    """(status, headers, body) of one request, errors included; no redirects followed."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@contextlib.contextmanager
def silent_server():
    """A local TCP port that accepts connections and never sends a byte (a hung database or cache)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    accepted = []
    stop = threading.Event()

    def accept_forever():
        listener.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(TimeoutError, OSError):
                accepted.append(listener.accept()[0])

    thread = threading.Thread(target=accept_forever, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in accepted:
            conn.close()
        listener.close()


def closed_port():
    """A local port nobody listens on (connection refused at once)."""
    return free_port()
