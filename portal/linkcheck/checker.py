"""Check links politely and keep the results (``manage.py check_links``).

Each address is asked with HEAD, and with GET where HEAD is refused (some servers answer HEAD with 403, 404, 405
or 501); redirects are followed (at most ``MAX_REDIRECTS``) to find the new address, but the verdict is the
first answer's: a permanent redirect (301, 308) means "moved, update the link"; a temporary one is judged by
where it leads. Requests to one host are at least ``interval`` seconds apart (the order interleaves hosts, so
the wait is short), each with a ``timeout``; no cookie is kept and nothing but the address is sent.
"""

import http.client
import ssl
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from portal.linkcheck import links
from portal.linkcheck.models import CheckedLink, LinkPlace, Verdict

MAX_REDIRECTS = 5
PERMANENT = {301, 308}
REDIRECTS = {301, 302, 303, 307, 308}


@dataclass
class Answer:
    status: int | None = None  # the first answer
    final_url: str = ""  # where redirects lead
    error: str = ""
    final_status: int | None = None  # the answer at the end of the redirects

    @property
    def verdict(self):
        if self.status is None:
            return Verdict.UNREACHABLE
        if self.status in PERMANENT:
            return Verdict.MOVED
        return Verdict.OK if self.final_status < 400 else Verdict.BROKEN


def user_agent():
    return f"MIA-DO-KI-Linkpruefer/1.0 (+{settings.PORTAL_SITE_URL})"


def _request(method, url, timeout):
    """(status, Location header) of one request; raises OSError/HTTPException on trouble."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(
            parts.hostname, parts.port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    target = parts.path or "/"
    if parts.query:
        target += f"?{parts.query}"
    try:
        connection.request(method, target, headers={"User-Agent": user_agent(), "Accept": "*/*"})
        response = connection.getresponse()
        return response.status, response.getheader("Location", "")
    finally:
        connection.close()


def _ask(url, timeout, wait):
    """HEAD, then GET where HEAD got an error answer."""
    wait(url)
    status, location = _request("HEAD", url, timeout)
    if status >= 400:
        wait(url)
        status, location = _request("GET", url, timeout)
    return status, location


def probe(url, *, timeout=10.0, wait=lambda url: None):
    """The ``Answer`` of ``url``: its first status, the address redirects lead to and the final status."""
    answer = Answer()
    current = url
    try:
        for hop in range(MAX_REDIRECTS + 1):
            status, location = _ask(current, timeout, wait)
            if hop == 0:
                answer.status = status
            answer.final_status = status
            if status not in REDIRECTS or not location:
                break
            current = urljoin(current, location)
            if urlsplit(current).scheme not in ("http", "https"):
                break
            answer.final_url = current
        else:
            answer.error = "too many redirects"
    except TimeoutError:
        answer.error = f"no answer within {timeout:g} s"
    except (OSError, http.client.HTTPException, ValueError) as error:
        answer.error = f"{type(error).__name__}: {error}"[:500]
    if answer.status is None:
        answer.final_status = None
    elif answer.error and answer.final_status in REDIRECTS:
        answer.final_status = 599  # the redirect leads nowhere
    return answer


class HostPacer:
    """At most one request per host every ``interval`` seconds."""

    def __init__(self, interval, *, clock=time.monotonic, sleep=time.sleep):
        self.interval, self.clock, self.sleep = interval, clock, sleep
        self.last = {}

    def __call__(self, url):
        host = (urlsplit(url).hostname or "").lower()
        if host in self.last:
            pause = self.last[host] + self.interval - self.clock()
            if pause > 0:
                self.sleep(pause)
        self.last[host] = self.clock()


def interleaved(urls):
    """The addresses ordered so that consecutive ones are on different hosts where possible."""
    by_host = defaultdict(deque)
    for url in sorted(urls):
        by_host[(urlsplit(url).hostname or "").lower()].append(url)
    queues = list(by_host.values())
    while queues:
        for queue in list(queues):
            yield queue.popleft()
            if not queue:
                queues.remove(queue)


def record_places(found):
    """Make the stored links and their places those of ``found``; links no longer in content are forgotten."""
    by_url = defaultdict(list)
    for place in found:
        by_url[place.url].append(place)
    with transaction.atomic():
        CheckedLink.objects.exclude(url__in=list(by_url)).delete()
        existing = {link.url: link for link in CheckedLink.objects.all()}
        for url in by_url:
            if url not in existing:
                existing[url] = CheckedLink.objects.create(url=url)
        LinkPlace.objects.all().delete()
        LinkPlace.objects.bulk_create(
            [
                LinkPlace(
                    link=existing[place.url],
                    content_type=ContentType.objects.get_for_model(place.model),
                    object_id=place.object_id,
                    field=place.field,
                    title=place.title,
                    page_url=place.page_url,
                )
                for places in by_url.values()
                for place in places
            ]
        )
    return existing


def check_links(*, interval=1.0, timeout=10.0, report=lambda link: None):
    """Find every external link of published content, check each, store the results. Returns the links."""
    stored = record_places(links.places())
    pace = HostPacer(interval)
    checked = []
    for url in interleaved(stored):
        answer = probe(url, timeout=timeout, wait=pace)
        link = stored[url]
        link.status = answer.status
        link.final_url = answer.final_url
        link.error = answer.error
        link.verdict = answer.verdict
        link.checked_at = timezone.now()
        link.save(update_fields=["status", "final_url", "error", "verdict", "checked_at"])
        report(link)
        checked.append(link)
    return checked
