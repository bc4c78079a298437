"""Check links politely and keep the results (``manage.py check_links``).

Each address is asked with HEAD, and with GET where HEAD is refused (some servers answer HEAD with 403, 404, 405
or 501); redirects are followed (at most ``MAX_REDIRECTS``) to find the new address, but the verdict is the
first answer's: a permanent redirect (301, 308) means "moved, update the link"; a temporary one is judged by
where it leads. Requests to one host are at least ``interval`` seconds apart (the order interleaves hosts, so
the wait is short), each with a ``timeout``; no cookie is kept and nothing but the address is sent.

No request goes to an internal address: the host is resolved first (and after each redirect), and where any of its
addresses is loopback, private, link-local, reserved, multicast or otherwise not global the link is "not checked:
internal address"; the connection goes to the address checked (no second lookup). Hosts in
``PORTAL_LINKCHECK_ALLOW_HOSTS`` are exempt (the tests' local server).
"""

import http.client
import ipaddress
import socket
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
from portal.linkcheck.models import CheckedLink, LinkPlace, Trouble, Verdict

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
        if self.error == Trouble.INTERNAL:  # at the start or after a redirect
            return Verdict.INTERNAL
        if self.status is None:
            return Verdict.UNREACHABLE
        if self.status in PERMANENT:
            return Verdict.MOVED
        return Verdict.OK if self.final_status < 400 else Verdict.BROKEN


def user_agent():
    return f"MIA-DO-KI-Linkpruefer/1.0 (+{settings.PORTAL_SITE_URL})"


class InternalAddress(Exception):
    """The link's host resolves to an address on an internal network."""


def _public_address(url):
    """The address to connect to for ``url``'s host: one that is global, or any for an allowed host.
    Raises ``InternalAddress`` where one of the host's addresses is not global."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port or (443 if parts.scheme == "https" else 80)
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if host not in settings.PORTAL_LINKCHECK_ALLOW_HOSTS:
        for address in addresses:
            mapped = getattr(address, "ipv4_mapped", None) or address
            if not mapped.is_global or mapped.is_multicast:
                raise InternalAddress(host)
    return str(addresses[0])


def _request(method, url, timeout):
    """(status, Location header) of one request; raises OSError/HTTPException on trouble."""
    parts = urlsplit(url)
    address = _public_address(url)
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(
            parts.hostname, parts.port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)

    def connect_to_checked_address(host_port, *args, **kwargs):
        return socket.create_connection((address, host_port[1]), *args, **kwargs)

    connection._create_connection = connect_to_checked_address  # the Host header and TLS keep the name
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
            answer.error = Trouble.REDIRECTS
    except InternalAddress:
        answer.error = Trouble.INTERNAL
    except TimeoutError:
        answer.error = Trouble.TIMEOUT
    except socket.gaierror:
        answer.error = Trouble.UNKNOWN_HOST
    except ConnectionRefusedError:
        answer.error = Trouble.REFUSED
    except ssl.SSLError:
        answer.error = Trouble.TLS
    except OSError:
        answer.error = Trouble.CONNECTION
    except (http.client.HTTPException, ValueError):
        answer.error = Trouble.BAD_ANSWER
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


def check_links(*, interval=1.0, timeout=10.0, host_timeouts=None, report=lambda link: None):
    """Find every external link of published content, check each, store the results. Returns the links.
    ``host_timeouts`` maps a host (``name`` or ``name:port``) to its own timeout."""
    host_timeouts = {key.lower(): value for key, value in (host_timeouts or {}).items()}
    stored = record_places(links.places())
    pace = HostPacer(interval)
    checked = []
    for url in interleaved(stored):
        parts = urlsplit(url)
        own = host_timeouts.get(parts.netloc.lower(), host_timeouts.get((parts.hostname or "").lower(), timeout))
        answer = probe(url, timeout=own, wait=pace)
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
