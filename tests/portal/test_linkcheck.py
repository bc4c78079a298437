"""The link checker against a local test server only (127.0.0.1): an address answering 200, one answering 301,
one 404 and one that accepts the connection and never answers. Exactly the three failures are reported, each with
the pages that carry it; drafts and links to the portal itself are not checked. 127.0.0.1 is asked only because the
tests allow it (``PORTAL_LINKCHECK_ALLOW_HOSTS``); internal addresses are otherwise never asked. The answering
server gets a generous timeout (a loaded machine is slow), only the silent one the short one."""

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import translation
from django.utils.functional import Promise

from funding.models import FundingCall
from portal.linkcheck.checker import HostPacer, interleaved, probe
from portal.linkcheck.models import CheckedLink, Trouble, Verdict
from services.models import Topic
from tests.funding.factories import berlin, make_call
from tests.services.factories import make_topic
from tests.workflow.conftest import client_for, make_staff

pytestmark = pytest.mark.django_db


class Handler(BaseHTTPRequestHandler):
    seen = []

    def answer(self, body):
        self.seen.append((self.command, self.path))
        if self.path.startswith("/ok"):
            self.send_response(200)
        elif self.path.startswith("/moved"):
            self.send_response(301)
            self.send_header("Location", "/ok-new")
        elif self.path.startswith("/to-"):  # /to-<address>: a redirect there
            self.send_response(302)
            self.send_header("Location", f"http://{self.path[4:]}/secret")
        elif self.path.startswith("/head-refused"):
            self.send_response(405 if self.command == "HEAD" else 200)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self.answer(False)

    def do_GET(self):
        self.answer(True)

    def log_message(self, *args):
        pass


@pytest.fixture
def server(settings):
    settings.PORTAL_LINKCHECK_ALLOW_HOSTS = ["127.0.0.1"]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    silent = socket.socket()  # accepts connections (the kernel does) and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    Handler.seen = []
    yield {
        "base": f"http://127.0.0.1:{httpd.server_address[1]}",
        "never": f"http://127.0.0.1:{silent.getsockname()[1]}/never",
        "timeouts": ["--timeout", "30", "--host-timeout", f"127.0.0.1:{silent.getsockname()[1]}=0.5"],
    }
    httpd.shutdown()
    httpd.server_close()
    silent.close()


@pytest.fixture
def content(server):
    base = server["base"]
    good = make_topic(
        slug="gut",
        title="Thema mit guten Links",
        body=f'<p><a href="{base}/ok">gut</a> und <a href="http://127.0.0.1:8000/de/">die eigene Seite</a>'
        f' und <a href="/de/services/">intern</a> und <a href="mailto:a@example.org">Mail</a></p>',
    )
    mixed = make_topic(
        slug="gemischt",
        title="Thema mit kaputten Links",
        body=f'<p><a href="{base}/moved">alt</a>, <a href="{base}/missing#teil">weg</a>,'
        f' <a href="{server["never"]}">still</a></p>',
    )
    call = make_call(
        opens_at=berlin(2026, 1, 1),
        deadline=berlin(2026, 2, 1),
        title_de="Aufruf mit Antragslink",
        application_url=f"{base}/missing",
    )
    draft = make_topic(slug="entwurf", title="Entwurf", body=f'<p><a href="{base}/draft-only">x</a></p>')
    Topic.objects.filter(pk=draft.pk).update(status="draft")
    return {"good": good, "mixed": mixed, "call": call}


def failures():
    return {
        link.url: (link.verdict, sorted((place.title, place.field) for place in link.places.all()))
        for link in CheckedLink.objects.problems()
    }


def test_check_links_reports_exactly_the_three_failures_with_their_pages(server, content):
    base, out = server["base"], StringIO()
    call_command("check_links", "--interval", "0", *server["timeouts"], stdout=out)
    assert failures() == {
        f"{base}/moved": (Verdict.MOVED, [("Thema mit kaputten Links", "body_de")]),
        f"{base}/missing": (
            Verdict.BROKEN,
            [("Aufruf mit Antragslink", "application_url"), ("Thema mit kaputten Links", "body_de")],
        ),
        server["never"]: (Verdict.UNREACHABLE, [("Thema mit kaputten Links", "body_de")]),
    }
    assert set(CheckedLink.objects.values_list("url", flat=True)) == {
        f"{base}/ok", f"{base}/moved", f"{base}/missing", server["never"],
    }  # fmt: skip
    ok = CheckedLink.objects.get(url=f"{base}/ok")
    assert ok.verdict == Verdict.OK and ok.status == 200 and ok.checked_at is not None
    moved = CheckedLink.objects.get(url=f"{base}/moved")
    assert moved.status == 301 and moved.final_url == f"{base}/ok-new"
    never = CheckedLink.objects.get(url=server["never"])
    assert never.status is None and never.error == Trouble.TIMEOUT
    assert ("GET", "/draft-only") not in Handler.seen and ("HEAD", "/draft-only") not in Handler.seen
    report = out.getvalue()
    assert "4 links checked, 3 to fix." in report and "Thema mit kaputten Links" in report


def test_a_second_run_forgets_links_no_longer_in_published_content(server, content):
    call_command("check_links", "--interval", "0", *server["timeouts"], stdout=StringIO())
    Topic.objects.filter(pk=content["mixed"].pk).update(status="archived")
    FundingCall.objects.filter(pk=content["call"].pk).update(application_url="")
    call_command("check_links", "--interval", "0", *server["timeouts"], stdout=StringIO())
    assert failures() == {}
    assert list(CheckedLink.objects.values_list("url", flat=True)) == [f"{server['base']}/ok"]


def test_head_refused_falls_back_to_get(server):
    answer = probe(f"{server['base']}/head-refused", timeout=30)
    assert answer.status == 200 and answer.verdict == Verdict.OK
    assert Handler.seen == [("HEAD", "/head-refused"), ("GET", "/head-refused")]


def test_requests_to_one_host_are_paced_and_hosts_interleaved():
    now, pauses = [100.0], []

    def sleep(seconds):
        pauses.append(round(seconds, 3))
        now[0] += seconds

    pace = HostPacer(1.0, clock=lambda: now[0], sleep=sleep)
    for url in ["https://a.example/1", "https://b.example/1", "https://a.example/2"]:
        pace(url)
        now[0] += 0.25
    assert pauses == [0.5]  # a.example again after 0.5 s: it waits the other 0.5 s
    urls = ["https://a.example/1", "https://a.example/2", "https://a.example/3", "https://b.example/1"]
    assert list(interleaved(urls)) == [
        "https://a.example/1", "https://b.example/1", "https://a.example/2", "https://a.example/3",
    ]  # fmt: skip


@pytest.mark.parametrize("option", [["--timeout", "0"], ["--host-timeout", "a.example"], ["--host-timeout", "=3"]])
def test_bad_options_are_refused(option):
    with pytest.raises(CommandError):
        call_command("check_links", *option, stdout=StringIO())


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/ok",
        "http://localhost:{port}/ok",
        "http://[::1]:{port}/ok",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://0.0.0.0:{port}/ok",
        "http://224.0.0.1/",
        "http://[::ffff:127.0.0.1]:{port}/ok",
        "https://240.0.0.1/",
    ],
)
def test_internal_addresses_are_never_asked(server, settings, url):
    settings.PORTAL_LINKCHECK_ALLOW_HOSTS = []
    answer = probe(url.format(port=server["base"].rsplit(":", 1)[1]), timeout=30)
    assert answer.verdict == Verdict.INTERNAL and answer.error == Trouble.INTERNAL and answer.status is None
    assert Handler.seen == []


@pytest.mark.parametrize("target", ["169.254.169.254", "10.1.2.3:8080", "localhost:{port}"])
def test_a_redirect_to_an_internal_address_is_not_followed(server, target):
    port = server["base"].rsplit(":", 1)[1]
    answer = probe(f"{server['base']}/to-{target.format(port=port)}", timeout=30)
    assert answer.verdict == Verdict.INTERNAL and answer.status == 302
    assert Handler.seen == [("HEAD", f"/to-{target.format(port=port)}")]  # nothing reached /secret


def test_internal_links_in_content_are_recorded_as_not_checked(server, settings):
    settings.PORTAL_LINKCHECK_ALLOW_HOSTS = []
    make_topic(slug="intern", title="Intern", body=f'<p><a href="{server["base"]}/ok">x</a></p>')
    call_command("check_links", "--interval", "0", *server["timeouts"], stdout=StringIO())
    link = CheckedLink.objects.get()
    assert link.verdict == Verdict.INTERNAL and not link.is_problem and Handler.seen == []
    with translation.override("en"):
        assert str(link.get_verdict_display()) == "Not checked: internal address"


def test_errors_are_stored_as_codes_and_shown_in_the_editors_language(server, content, django_user_model):
    call_command("check_links", "--interval", "0", *server["timeouts"], stdout=StringIO())
    link = CheckedLink.objects.get(url=server["never"])
    assert link.error == "timeout"
    assert isinstance(Trouble.TIMEOUT.label, Promise)  # translated when shown
    assert link.error_label == Trouble.TIMEOUT.label
    editor = client_for(Client, make_staff(django_user_model, "editor"))
    page = editor.get(f"/admin/linkcheck/checkedlink/{link.pk}/change/").content.decode()
    assert str(Trouble.TIMEOUT.label) in page and ">timeout<" not in page
    assert CheckedLink(error="an old free text").error_label == "an old free text"


def test_the_results_list_shows_problems_with_their_pages_to_editors(server, content, django_user_model):
    call_command("check_links", "--interval", "0", *server["timeouts"], stdout=StringIO())
    editor = client_for(Client, make_staff(django_user_model, "editor"))
    page = editor.get("/admin/linkcheck/checkedlink/?problem=1").content.decode()
    topic_type = ContentType.objects.get_for_model(Topic)
    assert f"{server['base']}/moved" in page and f"{server['base']}/ok<" not in page
    assert f"/admin/services/topic/{content['mixed'].pk}/change/" in page
    assert topic_type.pk
    link = CheckedLink.objects.get(url=server["never"])
    assert editor.get(f"/admin/linkcheck/checkedlink/{link.pk}/change/").status_code == 200
    assert editor.post(f"/admin/linkcheck/checkedlink/{link.pk}/delete/").status_code == 403


def test_content_types_without_a_search_entry_are_checked_too(server):
    from tests.translation_workflow.conftest import make_video

    make_video(title_de="Gebärdensprache: Video", description_de=f'<p><a href="{server["base"]}/gone">mehr</a></p>')
    call_command("check_links", "--interval", "0", *server["timeouts"], stdout=StringIO())
    assert failures() == {f"{server['base']}/gone": (Verdict.BROKEN, [("Gebärdensprache: Video", "description_de")])}
