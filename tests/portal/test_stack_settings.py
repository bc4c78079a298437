"""Production stack settings from the environment: object storage for uploads, connection reuse, gunicorn workers."""

import json
import os
import re
import runpy

from tests.portal.test_settings import PRODUCTION_ENV, ROOT, manage

STORAGE_SCRIPT = (
    "import json; from django.conf import settings as s; from django.core.files.storage import storages; "
    "d = s.DATABASES['default']; "
    "print(json.dumps({'storage': s.STORAGES['default'], 'class': type(storages['default']).__name__, "
    "'conn_max_age': d['CONN_MAX_AGE'], 'health_checks': d['CONN_HEALTH_CHECKS']}))"
)


def settings_with(**env):
    result = manage("shell", "--verbosity", "0", "-c", STORAGE_SCRIPT, env={**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_uploads_go_to_object_storage_when_a_bucket_is_configured():
    built = settings_with(
        PORTAL_S3_BUCKET="portal-media",
        PORTAL_S3_ENDPOINT_URL="http://minio:9000",
        PORTAL_S3_ACCESS_KEY="portal",
        PORTAL_S3_SECRET_KEY="not-a-real-secret",
        PORTAL_S3_PUBLIC_DOMAIN="media.example.org",
    )
    assert built["class"] == "S3Storage"  # built without reaching the network
    assert built["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    options = built["storage"]["OPTIONS"]
    assert options["bucket_name"] == "portal-media"
    assert options["endpoint_url"] == "http://minio:9000"
    assert (options["access_key"], options["secret_key"]) == ("portal", "not-a-real-secret")
    assert options["custom_domain"] == "media.example.org"
    assert options["querystring_auth"] is False
    assert options["file_overwrite"] is False


def test_uploads_stay_on_local_disk_without_a_bucket():
    built = settings_with()
    assert built["storage"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert built["class"] == "FileSystemStorage"


def test_database_connections_are_reused_and_checked():
    built = settings_with(DATABASE_URL="postgres://portal:secret@db:5432/portal", DJANGO_DB_CONN_MAX_AGE="60")
    assert (built["conn_max_age"], built["health_checks"]) == (60, True)


def test_gunicorn_workers_follow_the_machine_or_the_environment(monkeypatch):
    monkeypatch.delenv("PORTAL_WORKERS", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3})
    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["workers"] == 9
    monkeypatch.setenv("PORTAL_WORKERS", "5")
    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["workers"] == 5


def test_compose_runs_the_whole_stack_with_the_shipped_proxy_configuration():
    compose = (ROOT / "compose.yaml").read_text()
    services = set(re.findall(r"^  ([a-z][a-z-]*):$", compose, re.M))
    assert {"proxy", "web", "db", "redis", "minio"} <= services
    assert "./deploy/nginx/portal.conf.template:/etc/nginx/portal.conf.template:ro" in compose
    template = (ROOT / "deploy" / "nginx" / "portal.conf.template").read_text()
    placeholders = set(re.findall(r"\$\{([A-Z_]+)\}", template))
    substituted = set(re.findall(r"\$\$([A-Z_]+)", compose.split("  web:")[0]))
    proxy_environment = set(re.findall(r"^      ([A-Z_]+):", compose.split("  web:")[0], re.M))
    assert placeholders == substituted == proxy_environment
    render = runpy.run_path(str(ROOT / "deploy" / "nginx" / "render.py"))
    assert placeholders == (set(render["DEFAULTS"]) - {"PORTAL_UPSTREAMS"}) | {"PORTAL_UPSTREAM_SERVERS"}


# The one PostgreSQL major version each Debian release ships (other versions only come from apt.postgresql.org).
DEBIAN_POSTGRESQL = {"bookworm": 15, "trixie": 17}


def dockerfile_stages():
    """{stage name: (base image, the stage's instructions)} of the Dockerfile."""
    stages = {}
    for part in re.split(r"^(?=FROM )", (ROOT / "Dockerfile").read_text(), flags=re.M)[1:]:
        image, name = re.match(r"FROM (\S+) AS (\S+)", part).groups()
        stages[name] = (image, part)
    return stages


def test_runtime_image_has_the_postgresql_client_of_the_compose_database():
    """`manage.py backup` in the web container runs pg_dump, which must not be older than the server."""
    server = re.search(r"^    image: postgres:(\d+)", (ROOT / "compose.yaml").read_text(), re.M)
    assert server, "compose.yaml names the PostgreSQL image with its major version"
    stages = dockerfile_stages()
    image, runtime = stages["runtime"]
    assert re.findall(r"postgresql-client-(\d+)", runtime) == [server.group(1)]
    release = re.fullmatch(r"python:3\.13-slim-([a-z]+)", image)
    assert release, "the base image names its Debian release, so the client's version cannot move under us"
    assert DEBIAN_POSTGRESQL[release.group(1)] == int(server.group(1))
    assert stages["build"][0] == image  # the virtual environment moves between the stages
    assert "--no-install-recommends" in runtime and "rm -rf /var/lib/apt/lists/*" in runtime  # slim
    assert "postgresql-client" not in stages["build"][1]


def test_every_compose_image_is_pinned():
    """No service follows ``latest`` (or no tag at all): what a deployment runs changes only when this file does."""
    images = re.findall(r"^    image: (\S+)", (ROOT / "compose.yaml").read_text(), re.M)
    assert len(images) >= 5  # proxy, PostgreSQL, Redis, MinIO and its bucket set-up
    unpinned = [image for image in images if ":" not in image or image.rsplit(":", 1)[1] == "latest"]
    assert unpinned == []
