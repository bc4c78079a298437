"""The production stack on this machine: the shipped nginx configuration in front of two gunicorn nodes.

Both nodes share one database (sessions, cache table, rate limits) and one media folder, as the production nodes
share PostgreSQL, Redis and the object storage; nginx serves static files and uploads itself.
"""

import re
import shutil

import pytest

from tests.portal.live_server import fetch, gunicorn, production_env
from tests.portal.stack import nginx, nginx_binary


@pytest.fixture(scope="module")
def stack(served_files, tmp_path_factory):
    """nginx in front of two gunicorn nodes; yields (proxy URL, node URLs, access log, static root, media root)."""
    nginx_binary()  # fails with a clear message where nginx is missing
    tmp_path = tmp_path_factory.mktemp("stack")
    shutil.copy(served_files / "ops.sqlite3", tmp_path / "ops.sqlite3")
    media = tmp_path / "media"
    media.mkdir()
    env = production_env(tmp_path, DJANGO_STATIC_ROOT=str(served_files / "static"), DJANGO_MEDIA_ROOT=str(media))
    with gunicorn(env) as first, gunicorn(env) as second:
        static = served_files / "static"
        with nginx(tmp_path, upstreams=[first, second], static_root=static, media_root=media) as (proxy, log):
            yield proxy, [first, second], log, static, media


def log_lines(log):
    return [line for line in log.read_text().splitlines() if line.strip()]


def test_requests_through_the_proxy_reach_both_nodes(stack):
    proxy, nodes, log, _static, _media = stack
    for _ in range(4):
        status, headers, _body = fetch(f"{proxy}/de/", headers={"Cookie": "sessionid=someone"})
        assert status == 200
        assert headers["X-Cache-Status"] == "BYPASS"
    reached = set(re.findall(r"upstream=(\S+)", log.read_text()))
    assert reached == {url.removeprefix("http://") for url in nodes}


def test_second_anonymous_request_is_a_cache_hit(stack):
    proxy, _nodes, log, _static, _media = stack
    first = fetch(f"{proxy}/en/")
    second = fetch(f"{proxy}/en/")
    assert first[0] == second[0] == 200
    assert first[1]["X-Cache-Status"] == "MISS"
    assert second[1]["X-Cache-Status"] == "HIT"
    assert second[2] == first[2]
    assert log_lines(log)[-1].endswith("upstream=- cache=HIT")


def test_staff_and_forms_pass_through_uncached(stack):
    proxy, _nodes, _log, _static, _media = stack
    for cookie in ("sessionid=staff", "csrftoken=abc; portal_consent=x"):
        fetch(f"{proxy}/de/", headers={"Cookie": cookie})
        assert fetch(f"{proxy}/de/", headers={"Cookie": cookie})[1]["X-Cache-Status"] == "BYPASS"
    status, headers, _body = fetch(f"{proxy}/admin/login/")
    assert status == 200
    assert "X-Cache-Status" not in headers


def test_static_files_and_uploads_come_from_disk(stack):
    proxy, _nodes, log, static, media = stack
    stylesheet = next((static / "css").glob("portal.*.css"))
    status, headers, body = fetch(f"{proxy}/static/css/{stylesheet.name}")
    assert status == 200
    assert body == stylesheet.read_bytes()
    assert headers["Content-Type"].startswith("text/css")
    (media / "plan.pdf").write_bytes(b"%PDF-1.4 shared upload")
    status, headers, body = fetch(f"{proxy}/media/plan.pdf")
    assert (status, body) == (200, b"%PDF-1.4 shared upload")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert all("upstream=- " in line for line in log_lines(log)[-2:])  # no node was asked


def test_missing_nginx_fails_with_a_clear_message(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr("tests.portal.stack.Path.exists", lambda self: False)
    with pytest.raises(RuntimeError, match="nginx is not installed"):
        nginx_binary()
