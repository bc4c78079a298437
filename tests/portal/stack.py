"""The shipped reverse proxy for tests and bench: nginx (Debian's) with deploy/nginx's configuration, non-daemon."""

import contextlib
import getpass
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.portal.live_server import ROOT, free_port

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
