"""Search terms are never logged with anything identifying the visitor: not by Django, not in the access log."""

import shutil

from tests.portal.live_server import fetch, gunicorn, production_env


def test_access_log_holds_neither_query_string_nor_client_address(tmp_path, served_files):
    shutil.copy(served_files / "ops.sqlite3", tmp_path / "ops.sqlite3")
    env = production_env(tmp_path, DJANGO_STATIC_ROOT=str(served_files / "static"))
    log = tmp_path / "access.log"
    with gunicorn(env, "--access-logfile", str(log)) as url:
        status, _headers, _body = fetch(
            f"{url}/healthz?q=GeheimesSuchwort",
            headers={"Referer": "http://x/?q=AltesSuchwort", "User-Agent": "Agent/1.0"},
        )
        assert status == 200
    # gunicorn has stopped: its access log is complete
    text = log.read_text()
    assert '"GET /healthz" 200' in text
    for secret in ("GeheimesSuchwort", "AltesSuchwort", "127.0.0.1", "Agent/1.0"):
        assert secret not in text
