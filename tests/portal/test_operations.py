"""Operations: gunicorn serves the WSGI application, whitenoise serves compressed cache-busted static files."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def production_env(tmp_path, **extra):
    ours = ("DJANGO_", "PORTAL_", "DATABASE_URL", "REDIS_URL")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
    return {
        **clean,
        "DJANGO_SECRET_KEY": "t3st-only-" + "k" * 60,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'ops.sqlite3'}",
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        **extra,
    }


def test_collectstatic_writes_compressed_cache_busted_files(tmp_path):
    env = production_env(tmp_path)
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    static = tmp_path / "static"
    hashed = [p.name for p in (static / "css").glob("portal.*.css")]
    assert hashed, "no cache-busted portal.css"
    assert any((static / "css").glob("portal.*.css.gz"))
    assert any((static / "css").glob("portal.*.css.br"))
    assert (static / "staticfiles.json").exists()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gunicorn_serves_the_wsgi_application(tmp_path):
    env = production_env(tmp_path)
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True
    )
    port = free_port()
    server = subprocess.Popen(
        [BIN / "gunicorn", "portal.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        body = None
        for _ in range(100):  # up to ~10 s for the worker to boot
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    body = (response.status, response.read())
                break
            except OSError:
                time.sleep(0.1)
        assert body[0] == 200 and json.loads(body[1]) == {"status": "ok", "database": "ok", "cache": "ok"}
        request = urllib.request.Request(f"http://127.0.0.1:{port}/de/")
        # Production settings redirect plain HTTP to HTTPS (the health check is exempt).
        opener = urllib.request.build_opener(NoRedirect)
        try:
            opener.open(request, timeout=5)
            status = 200
        except urllib.error.HTTPError as error:
            status = error.code
        assert status == 301
    finally:
        server.terminate()
        server.wait(timeout=10)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
