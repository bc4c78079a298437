"""Per-client rate limits, counted in the cache every worker and server shares (the feedback forms, the open-data
API).

No IP address is stored: a client's key is a hash of its address with a salt that lives only in the cache and
is replaced every day. The count lives in the default cache (Redis in production, whose increment is atomic);
where that cache is the database cache (no Redis), and while Redis fails, it lives in the ``RateCount`` table,
which adds one in a single statement: the database cache's own increment reads and writes in two steps, so
requests counted at the same moment by several workers would be lost. If the database fails too, the request is
let through uncounted: a weaker limit for a while is better than refusing everybody.
"""

import datetime
import hashlib
import logging
import secrets

from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from portal.client_address import client_address
from portal.models import RateCount

logger = logging.getLogger(__name__)

SALT_KEY = "rate:salt"
SALT_LIFETIME = 24 * 60 * 60  # seconds: after a day the salt (and with it every key) is new


def _salt(cache):
    salt = cache.get(SALT_KEY)
    if salt is None:
        cache.add(SALT_KEY, secrets.token_hex(16), SALT_LIFETIME)
        salt = cache.get(SALT_KEY)
    return salt


def client_key(request, cache, *, scope):
    """A key for ``scope``'s limit that cannot be turned back into the client's IP address."""
    digest = hashlib.sha256(f"{_salt(cache)}|{client_address(request)}".encode()).hexdigest()
    return f"{scope}:rate:{digest}"


def count_in_table(key, window):
    """Add one to ``key``'s count in its current window (a new window of ``window`` seconds when there is none or
    it has ended) and return the count, in a single UPDATE that concurrent requests cannot interleave."""
    now = timezone.now()
    with transaction.atomic():
        if RateCount.objects.filter(key=key, expires_at__gt=now).update(count=F("count") + 1):
            return RateCount.objects.values_list("count", flat=True).get(key=key)
        RateCount.objects.filter(expires_at__lte=now).delete()  # this key's ended window and everybody else's
        try:
            with transaction.atomic():
                RateCount.objects.create(key=key, count=1, expires_at=now + datetime.timedelta(seconds=window))
            return 1
        except IntegrityError:  # another request opened the window a moment ago
            RateCount.objects.filter(key=key).update(count=F("count") + 1)
            return RateCount.objects.values_list("count", flat=True).get(key=key)


def _count(request, cache, *, scope, window):
    key = client_key(request, cache, scope=scope)
    if isinstance(cache, DatabaseCache):
        return count_in_table(key, window)
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def over_limit(request, *, scope, limit, window, log=logger):
    """Count this request; True when the client has already made ``limit`` requests of ``scope`` in the window
    (``window`` seconds from its first one). Warnings about a failing cache go to ``log``."""
    try:
        return _count(request, caches["default"], scope=scope, window=window) > limit
    except Exception as error:  # any cache backend's failure: connection refused, timeout, missing table
        log.warning("%s rate limit: default cache unavailable (%s), counting in the database", scope, error)
    try:
        return _count(request, caches["database"], scope=scope, window=window) > limit
    except Exception as error:
        log.warning("%s rate limit: database cache unavailable too (%s), post not counted", scope, error)
    return False
