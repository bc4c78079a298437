"""Configuration from the environment: secret key required in production, check --deploy clean, documented."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "t3st-only-" + "k" * 60,
    "DJANGO_ALLOWED_HOSTS": "integration.example.org",
    "PORTAL_SITE_URL": "https://integration.example.org",
}


def manage(*args, env):
    ours = ("DJANGO_", "PORTAL_", "DATABASE_URL", "REDIS_URL")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
    clean.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def test_production_without_secret_key_stops_with_one_clear_line():
    result = manage("check", env={"DJANGO_DEBUG": "0"})
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert lines[0].startswith("portal: DJANGO_SECRET_KEY is not set")


def test_check_deploy_is_clean_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "DEBUG", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_no_system_check_is_silenced():
    from django.conf import settings

    assert settings.SILENCED_SYSTEM_CHECKS == []


def settings_variables():
    source = (ROOT / "portal" / "settings.py").read_text()
    names = set(re.findall(r"env(?:_bool|_list)?\(\s*\"([A-Z][A-Z0-9_]+)\"", source))
    names |= set(re.findall(r"os\.environ\.get\(\s*\"([A-Z][A-Z0-9_]+)\"", source))
    return names


def test_every_setting_variable_is_documented_and_in_compose():
    names = settings_variables()
    assert {"DATABASE_URL", "DJANGO_SECRET_KEY", "PORTAL_SITE_URL", "REDIS_URL"} <= names
    readme = (ROOT / "README.md").read_text()
    compose = (ROOT / "compose.yaml").read_text()
    undocumented = sorted(name for name in names if f"`{name}`" not in readme)
    missing_in_compose = sorted(name for name in names if not re.search(rf"^\s+{name}:", compose, re.M))
    assert undocumented == []
    assert missing_in_compose == []


def test_database_and_cache_come_from_the_environment():
    script = (
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'], s.CACHES['default']['BACKEND'])"
    )
    env = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://portal:secret@db:5432/portal", "REDIS_URL": "redis://r:6379/0"}
    result = manage("shell", "--verbosity", "0", "-c", script, env=env)
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "portal",
        "django.core.cache.backends.redis.RedisCache",
    ]
    default = manage("shell", "--verbosity", "0", "-c", script, env=PRODUCTION_ENV).stdout.split()
    assert default[0] == "django.db.backends.sqlite3" and default[1].endswith("db.sqlite3")
    # Without Redis the default cache is still shared by every worker: a table in the database.
    assert default[2] == "django.core.cache.backends.db.DatabaseCache"


def test_redis_cache_waits_at_most_the_configured_time():
    script = "from django.conf import settings as s; print(s.CACHES['default']['OPTIONS'])"
    env = {**PRODUCTION_ENV, "REDIS_URL": "redis://r:6379/0", "PORTAL_CACHE_TIMEOUT": "0.5"}
    options = manage("shell", "--verbosity", "0", "-c", script, env=env).stdout
    assert options.strip() == "{'socket_connect_timeout': 0.5, 'socket_timeout': 0.5}"
