"""Operations: gunicorn serves the WSGI application, whitenoise serves compressed cache-busted static files."""

import json
import shutil

from tests.portal.live_server import fetch, gunicorn, production_env


def test_collectstatic_writes_compressed_cache_busted_files(served_files):
    static = served_files / "static"  # collected once per session under production settings (conftest)
    hashed = [p.name for p in (static / "css").glob("portal.*.css")]
    assert hashed, "no cache-busted portal.css"
    assert any((static / "css").glob("portal.*.css.gz"))
    assert any((static / "css").glob("portal.*.css.br"))
    assert (static / "staticfiles.json").exists()
    # source maps (for developer tools) are collected with their scripts but not compressed
    maps = list(static.rglob("*.js.map"))
    assert maps, "no source map collected"
    assert not [path for path in maps if path.with_name(path.name + ".gz").exists()]
    assert any(static.rglob("*.js.gz"))


def test_gunicorn_serves_the_wsgi_application(tmp_path, served_files):
    shutil.copy(served_files / "ops.sqlite3", tmp_path / "ops.sqlite3")
    # Production settings as they ship: plain HTTP is redirected to HTTPS (the health check is exempt).
    env = production_env(tmp_path, DJANGO_STATIC_ROOT=str(served_files / "static"), PORTAL_SSL_REDIRECT="1")
    with gunicorn(env, ready_path="/healthz") as url:
        status, _headers, body = fetch(f"{url}/healthz")
        assert status == 200 and json.loads(body) == {"status": "ok", "database": "ok", "cache": "ok"}
        status, headers, _body = fetch(f"{url}/de/")
        assert status == 301 and headers["Location"].startswith("https://127.0.0.1")
        assert headers["Location"].endswith("/de/")
