"""Backups of the database and the uploads, and restoring them (``manage.py backup`` / ``manage.py restore``).

A backup is a folder with ``database.dump`` (PostgreSQL: ``pg_dump`` custom format) or ``database.sqlite3``
(SQLite: the online backup API, consistent while the portal runs) and ``media.tar.gz`` (the uploads folder, when
uploads are on local disk; a bucket on object storage is backed up by the storage's own tools).
"""

import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.core.files.storage import FileSystemStorage, storages
from django.db import connection

POSTGRES_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA_ARCHIVE = "media.tar.gz"


class BackupError(Exception):
    pass


def _postgres_env():
    config = connection.settings_dict
    env = {**os.environ, "PGDATABASE": config["NAME"], "PGUSER": config.get("USER") or ""}
    env.update({"PGHOST": str(config.get("HOST") or ""), "PGPORT": str(config.get("PORT") or "")})
    if config.get("PASSWORD"):
        env["PGPASSWORD"] = config["PASSWORD"]
    return env


def _run(command):
    result = subprocess.run(command, env=_postgres_env(), capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def _local_media_root():
    """The uploads folder when uploads are on local disk, else None."""
    storage = storages["default"]
    return Path(storage.location) if isinstance(storage, FileSystemStorage) else None


def backup(folder):
    """Write a backup into ``folder`` (created); returns the names of the files written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    if connection.vendor == "postgresql":
        _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(folder / POSTGRES_DUMP)])
        written.append(POSTGRES_DUMP)
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(folder / SQLITE_COPY) as copy:
            connection.connection.backup(copy)
        written.append(SQLITE_COPY)
    else:
        raise BackupError(f"no backup for the {connection.vendor} database")
    media = _local_media_root()
    if media is not None:
        with tarfile.open(folder / MEDIA_ARCHIVE, "w:gz") as archive:
            if media.exists():
                archive.add(media, arcname=".")
        written.append(MEDIA_ARCHIVE)
    return written


def restore(folder):
    """Put the database and the uploads of the backup in ``folder`` back (replacing the current ones)."""
    folder = Path(folder)
    if connection.vendor == "postgresql":
        if not (folder / POSTGRES_DUMP).exists():
            raise BackupError(f"{folder / POSTGRES_DUMP} does not exist")
        connection.close()
        command = ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error"]
        _run([*command, "--dbname", connection.settings_dict["NAME"], str(folder / POSTGRES_DUMP)])
    elif connection.vendor == "sqlite":
        if not (folder / SQLITE_COPY).exists():
            raise BackupError(f"{folder / SQLITE_COPY} does not exist")
        connection.ensure_connection()
        with sqlite3.connect(folder / SQLITE_COPY) as copy:
            copy.backup(connection.connection)
    else:
        raise BackupError(f"no restore for the {connection.vendor} database")
    media = _local_media_root()
    if media is not None and (folder / MEDIA_ARCHIVE).exists():
        if media.exists():
            shutil.rmtree(media)
        media.mkdir(parents=True)
        with tarfile.open(folder / MEDIA_ARCHIVE, "r:gz") as archive:
            archive.extractall(media, filter="data")
