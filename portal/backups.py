"""Backups of the database and the uploads, and restoring them (``manage.py backup`` / ``manage.py restore``).

A backup is a folder with ``database.dump`` (PostgreSQL: ``pg_dump`` custom format) or ``database.sqlite3``
(SQLite: the online backup API, consistent while the portal runs) and ``media.tar.gz``: every upload, from the
uploads folder on local disk or, with uploads on object storage (``PORTAL_S3_BUCKET``), every file of the storage
read through Django's storage API (one file at a time, so a bucket of any size fits; the storage's own tools,
such as MinIO's ``mc mirror``, are an alternative for very large buckets). The archive holds the files' names
relative to the storage's root either way, so a backup of uploads on disk restores onto object storage and back.
"""

import os
import posixpath
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.core.files import File
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
    with tarfile.open(folder / MEDIA_ARCHIVE, "w:gz") as archive:
        if media is None:
            _archive_storage(storages["default"], archive)
        elif media.exists():
            archive.add(media, arcname=".")
    written.append(MEDIA_ARCHIVE)
    return written


# --- Uploads on object storage (any storage that is not a local folder) ---------------------------------------
def _stored_names(storage, folder=""):
    """Every file's name in ``storage`` under ``folder``, recursively."""
    directories, files = storage.listdir(folder)
    for name in files:
        yield posixpath.join(folder, name)
    for directory in directories:
        yield from _stored_names(storage, posixpath.join(folder, directory))


def _archive_storage(storage, archive):
    for name in sorted(_stored_names(storage)):
        with storage.open(name, "rb") as stored:
            info = tarfile.TarInfo(name)
            info.size = storage.size(name)
            info.mtime = int(storage.get_modified_time(name).timestamp())
            archive.addfile(info, stored)


def _archived_name(member):
    """The storage name of an archived file (``./`` of an archive of the local folder dropped); None for what is
    not a regular file; an error for a name that leaves the storage's root."""
    if not member.isfile():
        return None
    name = posixpath.normpath(member.name)
    if name.startswith(("/", "../")) or name == "..":
        raise BackupError(f"{MEDIA_ARCHIVE} holds a name outside the uploads: {member.name}")
    return name


def _restore_storage(storage, archive):
    """Make ``storage`` hold exactly the archive's files: the archive is read whole first (a damaged one changes
    nothing), then files it lacks are deleted and each of its files is written under its own name."""
    members = {}
    for member in archive.getmembers():
        name = _archived_name(member)
        if name is not None:
            members[name] = member
    for name in set(_stored_names(storage)) - set(members):
        storage.delete(name)
    for name, member in members.items():
        storage.delete(name)  # a storage that never overwrites would store the file under another name
        saved = storage.save(name, File(archive.extractfile(member), name=posixpath.basename(name)))
        if saved != name:
            raise BackupError(f"the storage stored {name} as {saved}")


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
    if not (folder / MEDIA_ARCHIVE).exists():
        return
    media = _local_media_root()
    if media is None:
        with tarfile.open(folder / MEDIA_ARCHIVE, "r:gz") as archive:
            _restore_storage(storages["default"], archive)
        return
    if media.exists():
        shutil.rmtree(media)
    media.mkdir(parents=True)
    with tarfile.open(folder / MEDIA_ARCHIVE, "r:gz") as archive:
        archive.extractall(media, filter="data")
