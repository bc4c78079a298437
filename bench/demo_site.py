"""The portal with its demo content under gunicorn and production settings, in a throwaway folder.

Shared by ``bench/lighthouse.py`` and ``docs/screenshots.py``: DEBUG off, a SQLite database, static files collected
(WhiteNoise serves them compressed and cache-busted, as in production) and media files in the folder, uploads
served by Django itself (``PORTAL_SERVE_MEDIA=1``, the small single-server setup), plain HTTP on 127.0.0.1.
Nothing outside the folder changes; ``DATABASE_URL``, ``REDIS_URL`` and ``DJANGO_*``/``PORTAL_*`` of the calling
environment are ignored.
"""

import contextlib
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.portal.live_server import CHROMIUM_FLAGS, fetch, gunicorn, manage, production_env  # noqa: E402,F401


def log(message):
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def demo_site(folder, *, workers=1, warm_paths=()):
    """Set up the demo portal in ``folder`` and serve it; yields the base URL (``http://127.0.0.1:<port>``).

    ``warm_paths``: pages fetched once before the URL is handed out, so that the render cache holds them as it
    would on a site that has been running for a while.
    """
    folder = Path(folder)
    env = production_env(
        folder,
        DATABASE_URL=f"sqlite:///{folder / 'demo.sqlite3'}",
        DJANGO_STATIC_ROOT=str(folder / "static"),
        DJANGO_MEDIA_ROOT=str(folder / "media"),
        PORTAL_SERVE_MEDIA="1",
    )
    started = time.monotonic()
    log("demo site: migrating, collecting static files, loading the demo content ...")
    manage("migrate", "--noinput", "--verbosity", "0", env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    subprocess.run(
        [sys.executable, "manage.py", "load_demo_content"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )
    with gunicorn(env, "--workers", str(workers), stderr=folder / "gunicorn.log") as base:
        for path in warm_paths:
            status = fetch(f"{base}{path}", timeout=120)[0]
            if status != 200:
                raise RuntimeError(f"demo site: {path} answered {status} (log: {folder / 'gunicorn.log'})")
        log(f"demo site: {base} ready after {time.monotonic() - started:.0f} s")
        yield base
