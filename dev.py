#!/usr/bin/env python3
"""The portal's two everyday commands, for a fresh machine with Python >= 3.12 and nothing else of ours.

    python3 dev.py serve     set everything up (virtual environment in .venv, pinned dependencies from
                             uv.lock, database migrations, demo content, static files) and serve the portal
                             at http://127.0.0.1:8000/ with DEVELOPMENT settings on the SQLite default
    python3 dev.py test      set up what the tests need (also the HTML checker, with npm) and run the whole suite
                             (extra arguments go to pytest)
    python3 dev.py messages  update the gettext catalogs (needs GNU xgettext) and compile them in pure Python
    python3 dev.py screenshots  take the screenshots in docs/screenshots/ anew (docs/screenshots.py: its own
                             server with the demo content, Chromium; arguments go to the script)

Only the standard library is used here, so this file runs before anything is installed.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
UV_VERSION = "0.13.8"


def run(*args, env=None):
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True, env=env)


def ensure_environment():
    if sys.version_info < (3, 12):
        sys.exit(f"dev.py: Python 3.12 or newer is needed; this is {sys.version.split()[0]}.")
    if not (BIN / "python").exists():
        run(sys.executable, "-m", "venv", VENV)
    uv = BIN / "uv"
    if not uv.exists():
        if subprocess.run([BIN / "python", "-m", "pip", "--version"], capture_output=True).returncode != 0:
            run(BIN / "python", "-m", "ensurepip", "--upgrade")
        run(BIN / "python", "-m", "pip", "install", "--quiet", f"uv=={UV_VERSION}")
    env = dict(os.environ, UV_PROJECT_ENVIRONMENT=str(VENV), UV_PYTHON=str(BIN / "python"))
    # --inexact keeps uv (installed above into the same environment) while installing exactly uv.lock
    run(uv, "sync", "--frozen", "--inexact", "--quiet", env=env)


def manage(*args, env=None):
    run(BIN / "python", "manage.py", *args, env=env)


def serve(args):
    ensure_environment()
    env = dict(os.environ)
    env.setdefault("DJANGO_DEBUG", "1")
    manage("migrate", "--noinput", env=env)
    manage("load_demo_content", env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    port = args[0] if args else "8000"
    print(
        "\nDEVELOPMENT SETTINGS: DEBUG is on, the database is the SQLite file db.sqlite3, the secret key is a "
        "fixed development key and e-mail is printed to this console. Never expose this server.\n"
        f"Portal: http://127.0.0.1:{port}/   Admin: http://127.0.0.1:{port}/admin/ "
        "(create a login with: .venv/bin/python manage.py createsuperuser)\n",
        flush=True,
    )
    os.execve(BIN / "python", [str(BIN / "python"), "manage.py", "runserver", f"127.0.0.1:{port}"], env)


def ensure_test_tools():
    """The Nu Html Checker that tests/browser/test_html_checker.py runs (package.json, pinned in package-lock.json;
    it runs on the system's Java 17). npm ci again whenever the lock file is newer than what is installed."""
    installed = ROOT / "node_modules" / ".package-lock.json"
    if installed.exists() and installed.stat().st_mtime >= (ROOT / "package-lock.json").stat().st_mtime:
        return
    npm = shutil.which("npm")
    if npm is None:
        # Everything else still runs; the checker's own test then fails and says what is missing.
        print(
            "dev.py: no npm here, so the HTML checker test will fail: it needs npm and Java 17 "
            "(apt-get install npm default-jre-headless).",
            file=sys.stderr,
            flush=True,
        )
        return
    run(npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error")


def ensure_chromium():
    system_chromium = os.environ.get("PORTAL_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(system_chromium).exists():
        # No system Chromium: the browser tests and the screenshots use Playwright's own build.
        run(BIN / "playwright", "install", "chromium")


def test(args):
    ensure_environment()
    ensure_test_tools()
    ensure_chromium()
    # Each of the suite's processes (pytest's workers, every gunicorn and manage.py it starts) imports Django and the
    # portal anew; from compiled bytecode that takes a third of the CPU time (1.8 s -> 0.6 s a process). So the
    # bytecode is kept, also where PYTHONDONTWRITEBYTECODE is set, in .venv/pycache (never beside the sources).
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(VENV / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    os.execve(BIN / "python", [str(BIN / "python"), "-m", "pytest", *args], env)


def messages(args):
    """makemessages for every site language, English filled with its own msgids, then pure-Python compiling."""
    ensure_environment()
    languages = subprocess.run(
        [BIN / "python", "-c", "from portal.settings import LANGUAGES; print(' '.join(c for c, _ in LANGUAGES))"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ, DJANGO_DEBUG="1"),
    ).stdout.split()
    flags = [f"--locale={code}" for code in languages]
    ignore = ["--ignore=.venv/*", "--ignore=staticfiles/*", "--ignore=media/*", "--ignore=tests/*"]
    ignore.append("--ignore=node_modules/*")
    manage("makemessages", "--no-location", "--no-obsolete", *flags, *ignore, env=dict(os.environ, DJANGO_DEBUG="1"))
    run(BIN / "python", "-m", "portal.catalogs", "compile")


def screenshots(args):
    ensure_environment()
    ensure_chromium()
    os.execv(BIN / "python", [str(BIN / "python"), str(ROOT / "docs" / "screenshots.py"), *args])


COMMANDS = {"serve": serve, "test": test, "messages": messages, "screenshots": screenshots}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    COMMANDS[sys.argv[1]](sys.argv[2:])
