"""The production stack on this machine: the shipped nginx configuration in front of two gunicorn nodes.

Both nodes share one database (sessions, the cache table with the render cache and the rate limits) and one media
folder, as the production nodes share PostgreSQL, Redis and the object storage; nginx serves static files and
uploads itself. With ``REDIS_URL`` in the test's environment the nodes keep their cache in that Redis instead.
The tests show that nothing lives on one node: a staff session, the feedback rate limit, an upload and the
render cache each work across both.
"""

import os
import re
import secrets
import shutil
import sqlite3

import pytest

from tests.portal.live_server import gunicorn, manage, production_env
from tests.portal.stack import Visitor, fetch, nginx, nginx_binary, settled_log
from tests.portal.uploadfiles import jpeg_with_gps
from tests.workflow.conftest import form_data

PASSWORD = "stack-publisher-passphrase"
PUBLISHER = "publisher-on-stack"
# Pages for the tests below, one each, so that none sees another's changes.
PAGES = {
    "sprechzeiten": "Sprechzeiten im Rathaus",
    "zwischenspeicher": "Zwischenspeicher der Seiten",
    "anmeldung": "Anmeldung im Bürgerbüro",
}
SETUP = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from portal.models import EditorialPage
user = get_user_model().objects.create_user({PUBLISHER!r}, password={PASSWORD!r}, is_staff=True)
user.groups.add(Group.objects.get(name="publisher"))
for slug, title in {PAGES!r}.items():
    EditorialPage.objects.create(
        slug=slug, title_de=title, body_de="<p>Montag bis Freitag.</p>", status="published", is_decorative=True
    )
"""


@pytest.fixture(scope="module")
def stack(served_files, tmp_path_factory):
    """nginx in front of two gunicorn nodes; yields (proxy URL, node URLs, access log, static root, media root,
    database file)."""
    nginx_binary()  # fails with a clear message where nginx is missing
    tmp_path = tmp_path_factory.mktemp("stack")
    database = tmp_path / "ops.sqlite3"
    shutil.copy(served_files / "ops.sqlite3", database)
    media = tmp_path / "media"
    media.mkdir()
    shared = {"REDIS_URL": os.environ["REDIS_URL"]} if os.environ.get("REDIS_URL") else {}
    env = production_env(
        tmp_path,
        DJANGO_STATIC_ROOT=str(served_files / "static"),
        DJANGO_MEDIA_ROOT=str(media),
        PORTAL_SERVE_MEDIA="1",  # as in compose.yaml: a node answers /media/ too (nginx does before it)
        PORTAL_BEHIND_TLS_PROXY="1",  # the visitor's address is the one nginx forwards (README)
        **shared,
    )
    manage("shell", "--verbosity", "0", "-c", SETUP, env=env)  # also moves a Redis render cache's generation on
    with gunicorn(env) as first, gunicorn(env) as second:
        static = served_files / "static"
        with nginx(tmp_path, upstreams=[first, second], static_root=static, media_root=media) as (proxy, log):
            yield proxy, [first, second], log, static, media, database


def log_lines(log):
    return [line for line in log.read_text().splitlines() if line.strip()]


def node_of(url):
    return url.removeprefix("http://")


def test_requests_through_the_proxy_reach_both_nodes(stack):
    proxy, nodes, log, *_ = stack
    for _ in range(4):
        status, headers, _body = fetch(f"{proxy}/de/", headers={"Cookie": "sessionid=someone"})
        assert status == 200
        assert headers["X-Cache-Status"] == "BYPASS"
    reached = set(re.findall(r"upstream=(\S+)", log.read_text()))
    assert reached == {node_of(url) for url in nodes}


def test_second_anonymous_request_is_a_cache_hit(stack):
    proxy, _nodes, log, *_ = stack
    first = fetch(f"{proxy}/en/")
    second = fetch(f"{proxy}/en/")
    assert first[0] == second[0] == 200
    assert first[1]["X-Cache-Status"] == "MISS"
    assert second[1]["X-Cache-Status"] == "HIT"
    assert second[2] == first[2]
    assert log_lines(log)[-1].endswith("upstream=- cache=HIT")


def test_staff_and_forms_pass_through_uncached(stack):
    proxy, *_ = stack
    for cookie in ("sessionid=staff", "csrftoken=abc; portal_consent=x", "messages=abc"):
        fetch(f"{proxy}/de/", headers={"Cookie": cookie})
        assert fetch(f"{proxy}/de/", headers={"Cookie": cookie})[1]["X-Cache-Status"] == "BYPASS", cookie
    status, headers, _body = fetch(f"{proxy}/admin/login/")
    assert status == 200
    assert "X-Cache-Status" not in headers


def test_a_one_time_message_is_never_answered_from_the_cache(stack):
    """A page seen anonymously is in the proxy's cache; the visitor who just sent feedback carries a messages
    cookie and must get the page with the thank-you from a node, not the cached copy without it."""
    proxy, *_ = stack
    page = f"{proxy}/de/info/anmeldung/"
    assert fetch(page)[0] == 200
    assert fetch(page)[1]["X-Cache-Status"] == "HIT"
    visitor = Visitor()
    thanks = {"page": ["/de/info/anmeldung/"], "helpful": ["yes"]}
    status, headers, _body = visitor.post_form(f"{proxy}/de/feedback/helpful/", thanks)
    assert status == 302 and "messages" in visitor.cookies
    status, headers, body = visitor.request(page)
    assert status == 200 and headers["X-Cache-Status"] == "BYPASS"
    assert "Vielen Dank für Ihre Rückmeldung." in body.decode()
    assert "messages" not in visitor.cookies  # shown once
    status, headers, body = visitor.request(page)
    assert headers["X-Cache-Status"] == "HIT" and "Vielen Dank für Ihre Rückmeldung." not in body.decode()


@pytest.mark.parametrize("path", ["/de/search/?q=Sprechzeiten", "/de/consent/"])
def test_private_pages_are_never_served_from_the_proxy_cache(stack, path):
    proxy, *_ = stack
    answers = [fetch(f"{proxy}{path}") for _ in range(3)]
    assert [status for status, _headers, _body in answers] == [200, 200, 200]
    assert {headers["X-Cache-Status"] for _status, headers, _body in answers} == {"MISS"}
    assert all("private" in headers["Cache-Control"] for _status, headers, _body in answers)


def test_static_files_and_uploads_come_from_disk(stack):
    proxy, _nodes, log, static, media, _database = stack
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


# --- Nothing lives on one node --------------------------------------------------------------------------------
def log_in(proxy):
    """A publisher logged in through the proxy (the login form from one node, the login post to the other)."""
    visitor = Visitor(headers={"Accept-Language": "en"})
    status, _headers, page = visitor.request(f"{proxy}/admin/login/?next=/admin/")
    assert status == 200
    fields = form_data(page.decode(), "login-form")
    fields.update(username=[PUBLISHER], password=[PASSWORD])
    status, headers, _body = visitor.post_form(f"{proxy}/admin/login/?next=/admin/", fields)
    assert (status, headers["Location"]) == (302, "/admin/"), "the login failed"
    assert "sessionid" in visitor.cookies
    return visitor


def test_a_staff_session_works_on_both_nodes(stack):
    proxy, nodes, log, *_ = stack
    staff = log_in(proxy)
    session = staff.cookies["sessionid"]
    before = len(settled_log(proxy, log))
    pages = ["/admin/", "/admin/portal/editorialpage/", "/admin/portal/feedback/", "/admin/workflow/", "/admin/"]
    for path in pages:
        status, headers, body = staff.request(f"{proxy}{path}")
        assert status == 200, path  # a node that did not know the session would send the login page's redirect
        assert PUBLISHER in body.decode(), path
        assert "private" in headers["Cache-Control"] and "X-Cache-Status" not in headers, path
        assert staff.cookies["sessionid"] == session, path
    answered = [entry for entry in settled_log(proxy, log)[before:] if entry["path"].startswith("/admin/")]
    assert [entry["status"] for entry in answered] == ["200"] * len(pages)
    assert {entry["upstream"] for entry in answered} == {node_of(url) for url in nodes}


def test_the_feedback_rate_limit_counts_across_both_nodes(stack):
    """Ten posts a minute per visitor, wherever they land: the 11th is refused by whichever node gets it."""
    proxy, nodes, log, *_ = stack
    # A visitor address of our own (a documentation network), forwarded by nginx: no other test's posts count.
    visitor = {"X-Forwarded-For": f"2001:db8::{secrets.token_hex(2)}"}
    before = len(settled_log(proxy, log))
    statuses = []
    for _ in range(12):
        status, _headers, _body = fetch(
            f"{proxy}/de/feedback/helpful/", data=b"page=%2Fde%2F&helpful=yes", headers=visitor
        )
        statuses.append(status)
    assert statuses == [302] * 10 + [429, 429]
    posts = [entry for entry in settled_log(proxy, log)[before:] if entry["method"] == "POST"]
    assert {entry["upstream"] for entry in posts[:10]} == {node_of(url) for url in nodes}
    assert {entry["upstream"] for entry in posts[10:]} == {node_of(url) for url in nodes}  # both refuse
    other = {"X-Forwarded-For": f"2001:db8::{secrets.token_hex(2)}:1"}
    assert fetch(f"{proxy}/de/feedback/helpful/", data=b"page=%2Fde%2F&helpful=yes", headers=other)[0] == 302


def test_a_page_rendered_on_one_node_is_served_by_the_other_from_the_shared_render_cache(stack):
    """The render cache is shared: a change written behind the portal's back (no signal, no new generation) is
    not seen on the second node, which serves the first node's rendering; a change saved through the portal on
    one node retires that rendering for both."""
    proxy, (first, second), _log, _static, _media, database = stack
    page = "/de/info/zwischenspeicher/"
    status, _headers, rendered = fetch(f"{first}{page}")
    assert status == 200 and PAGES["zwischenspeicher"] in rendered.decode()
    with sqlite3.connect(database) as connection:
        connection.execute(
            "UPDATE portal_editorialpage SET title_de = 'Hinter dem Rücken' WHERE slug = 'zwischenspeicher'"
        )
    status, _headers, body = fetch(f"{second}{page}")
    assert status == 200 and body == rendered  # a node-local cache would have rendered the new title here
    staff = log_in(proxy)
    change = f"{first}/admin/portal/editorialpage/"
    status, _headers, listing = staff.request(f"{change}?q=zwischenspeicher")
    pk = re.search(r'href="/admin/portal/editorialpage/(\d+)/change/', listing.decode()).group(1)
    status, _headers, form = staff.request(f"{change}{pk}/change/")
    fields = form_data(form.decode())
    fields["title_de"] = ["Zwischenspeicher geleert"]
    status, headers, _body = staff.post_form(f"{change}{pk}/change/", fields)
    assert status == 302, "the publisher's change was not saved"
    status, _headers, body = fetch(f"{second}{page}")
    assert status == 200 and "Zwischenspeicher geleert" in body.decode()


def test_an_upload_through_one_node_is_served_by_the_other_and_the_proxy(stack):
    proxy, (first, second), log, _static, media, _database = stack
    staff = log_in(proxy)
    change = f"{first}/admin/portal/editorialpage/"
    status, _headers, listing = staff.request(f"{change}?q=sprechzeiten")
    pk = re.search(r'href="/admin/portal/editorialpage/(\d+)/change/', listing.decode()).group(1)
    status, _headers, form = staff.request(f"{change}{pk}/change/")
    assert status == 200
    fields = form_data(form.decode())
    fields.update(title_de=["Sprechzeiten mit Foto"], alt_text_de=["Der Eingang des Rathauses"], is_decorative=[])
    photo = jpeg_with_gps(name="Eingang Rathaus.jpg")
    status, _headers, body = staff.post_form(
        f"{change}{pk}/change/", fields, {"image": (photo.name, photo.read(), "image/jpeg")}
    )
    assert status == 302, body.decode()[:2000]
    status, _headers, page = fetch(f"{second}/de/info/sprechzeiten/")
    assert status == 200 and "Sprechzeiten mit Foto" in page.decode()
    source = re.search(r'<img[^>]+src="(/media/[^"]+)"', page.decode()).group(1)
    stored = media / source.removeprefix("/media/")
    assert stored.is_file()
    status, _headers, from_node = fetch(f"{second}{source}")
    assert status == 200 and from_node == stored.read_bytes() and from_node.startswith(b"\xff\xd8")
    status, _headers, from_proxy = fetch(f"{proxy}{source}")
    assert status == 200 and from_proxy == from_node
    assert settled_log(proxy, log)[-1]["upstream"] == "-"  # nginx served it from the shared folder


def test_missing_nginx_fails_with_a_clear_message(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr("tests.portal.stack.Path.exists", lambda self: False)
    with pytest.raises(RuntimeError, match="nginx is not installed"):
        nginx_binary()
