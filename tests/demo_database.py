"""The demo content of every app, loaded once per test process and copied into each test's database.

``load_demo_content`` takes seconds (tens of seconds on a busy machine), and many tests need its result and
nothing else. The first test that asks for it runs the real command on a copy of the freshly migrated database
and keeps a copy of the result and of the media files it wrote; every later test gets those copies back in
milliseconds. On SQLite's in-memory test database the copy is SQLite's own backup (outside a transaction, for
transactional and browser tests) or a table-by-table copy inside the test's transaction (rolled back with it).
On any other database (PostgreSQL) the command simply runs again for each test.

After a transactional test, the freshly migrated database comes back the same way (``restore_migrated``), instead
of Django's flush, whose post_migrate handlers build content types, permissions and roles anew each time.

Tests of the command itself (idempotence, first versions, its summary) still run it.
"""

import io
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import override_settings


@dataclass
class Snapshot:
    database: sqlite3.Connection | None  # None: not SQLite in memory, the command runs for each test
    media: Path


def _in_memory_sqlite():
    return connection.vendor == "sqlite" and connection.is_in_memory_db()


def _raw():
    connection.ensure_connection()
    return connection.connection


def _copy_of(raw):
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    raw.backup(copy)
    return copy


_migrated = None


def remember_migrated():
    """Keep a copy of the freshly migrated test database (called once per process, before any test runs)."""
    global _migrated
    if _in_memory_sqlite():
        _migrated = _copy_of(_raw())


def restore_migrated():
    """Put the test database back to its freshly migrated state, as a transactional test's flush (with the
    post_migrate handlers it runs) means to; True where that was done (SQLite in memory), else False."""
    if _migrated is None or not _in_memory_sqlite() or connection.in_atomic_block:
        return False
    _migrated.backup(_raw())
    forget_cached_rows()
    return True


def build(media):
    """Run ``load_demo_content`` on the migrated database (media files into ``media``); return the Snapshot.

    Must run outside any transaction (a session fixture, before the test's own database fixture); the test
    database is left exactly as it was found.
    """
    if not _in_memory_sqlite() or _migrated is None:
        return Snapshot(database=None, media=media)
    assert not connection.in_atomic_block, "the demo snapshot is made outside any transaction"
    raw = _raw()
    before = _copy_of(raw)
    try:
        _migrated.backup(raw)
        forget_cached_rows()
        with override_settings(MEDIA_ROOT=media):
            call_command("load_demo_content", stdout=io.StringIO())
        for alias in caches:  # nothing cached while loading (the database cache lives in a table) is kept
            caches[alias].clear()
        return Snapshot(database=_copy_of(raw), media=media)
    finally:
        before.backup(raw)
        before.close()
        forget_cached_rows()


def restore(snapshot, media_root):
    """Give the test database the demo content of ``snapshot``, and ``media_root`` its media files."""
    Path(media_root).mkdir(parents=True, exist_ok=True)
    if snapshot.database is None:
        with override_settings(MEDIA_ROOT=media_root):
            call_command("load_demo_content", stdout=io.StringIO())
        return
    shutil.copytree(snapshot.media, media_root, dirs_exist_ok=True)
    raw = _raw()
    if connection.in_atomic_block:
        _copy_tables(snapshot.database, raw)
    else:
        snapshot.database.backup(raw)
    forget_cached_rows()  # a flush of an earlier transactional test made content types anew


def forget_cached_rows():
    """Django keeps content types in memory by id; after a copy, rollback or flush those ids may be others."""
    ContentType.objects.clear_cache()


def _copy_tables(source, target):
    """Every table of ``target`` gets the rows of the same table in ``source`` (same schema), inside the
    transaction ``target`` is in; foreign keys are checked when it ends (Django's SQLite keys are deferred)."""
    tables = [name for (name,) in target.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        target.execute(f'DELETE FROM "{table}"')
        rows = source.execute(f'SELECT * FROM "{table}"').fetchall()
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            target.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
