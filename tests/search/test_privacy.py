"""Search terms are never logged with anything identifying the visitor: not by Django, not in the access log."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_access_log_holds_neither_query_string_nor_client_address(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PORTAL_", "DATABASE_URL"))}
    env |= {"DJANGO_DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    log = tmp_path / "access.log"
    port = free_port()
    server = subprocess.Popen(
        [BIN / "gunicorn", "portal.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "--access-logfile", str(log)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/healthz?q=GeheimesSuchwort", headers={"Referer": "http://x/?q=AltesSuchwort",
                                                                             "User-Agent": "Agent/1.0"},
        )  # fmt: skip
        for _ in range(100):  # up to ~10 s for the worker to boot
            try:
                with urllib.request.urlopen(request, timeout=2) as response:
                    assert response.status == 200
                break
            except OSError:
                time.sleep(0.1)
        for _ in range(50):
            if log.exists() and log.read_text():
                break
            time.sleep(0.1)
    finally:
        server.terminate()
        server.wait(timeout=10)
    text = log.read_text()
    assert '"GET /healthz" 200' in text
    for secret in ("GeheimesSuchwort", "AltesSuchwort", "127.0.0.1", "Agent/1.0"):
        assert secret not in text
