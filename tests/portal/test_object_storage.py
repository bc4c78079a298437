"""Uploads on S3-compatible object storage, for real: a local S3 server (moto's server mode on 127.0.0.1) stands in
for MinIO. An upload through the portal's upload policy lands in the bucket and is linked at the public address
(``PORTAL_S3_PUBLIC_DOMAIN``); ``manage.py backup`` and ``restore`` carry the bucket's files."""

import io
import json
import shutil
import tarfile
import urllib.request

import boto3
import pytest
from moto.server import ThreadedMotoServer
from PIL import Image

from tests.portal.live_server import production_env
from tests.portal.test_settings import manage as run_manage
from tests.portal.uploadfiles import jpeg_with_gps

BUCKET = "portal-media"
KEYS = {"aws_access_key_id": "portal", "aws_secret_access_key": "not-a-real-secret", "region_name": "us-east-1"}
# What compose.yaml's minio-bucket service sets (mc anonymous set download): anyone may read, only the portal write.
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {"AWS": ["*"]},
            "Action": ["s3:GetObject"],
            "Resource": [f"arn:aws:s3:::{BUCKET}/*"],
        }
    ],
}


@pytest.fixture(scope="module")
def s3_server():
    """A local S3 server; yields its base URL (nothing leaves 127.0.0.1)."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def bucket(s3_server):
    """An empty, publicly readable bucket; yields the S3 client."""
    client = boto3.client("s3", endpoint_url=s3_server, **KEYS)
    client.create_bucket(Bucket=BUCKET)
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ))
    yield client
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET):
        for item in page.get("Contents", []):
            client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


@pytest.fixture
def portal_env(served_files, s3_server, tmp_path):
    """Production settings with uploads on the local S3 server, as compose.yaml configures MinIO."""
    shutil.copy(served_files / "ops.sqlite3", tmp_path / "ops.sqlite3")
    host = s3_server.removeprefix("http://")
    return production_env(
        tmp_path,
        DJANGO_STATIC_ROOT=str(served_files / "static"),  # collected once: pages name their hashed static files
        PORTAL_S3_BUCKET=BUCKET,
        PORTAL_S3_ENDPOINT_URL=s3_server,
        PORTAL_S3_ACCESS_KEY=KEYS["aws_access_key_id"],
        PORTAL_S3_SECRET_KEY=KEYS["aws_secret_access_key"],
        PORTAL_S3_REGION=KEYS["region_name"],
        PORTAL_S3_PUBLIC_DOMAIN=f"{host}/{BUCKET}",  # as compose's default: the bucket's address on the server
        PORTAL_S3_PUBLIC_PROTOCOL="http:",
    )


def manage(*args, env):
    result = run_manage(*args, env=env)
    assert result.returncode == 0, result.stderr
    return result


def objects(client):
    listed = client.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    return {item["Key"]: client.get_object(Bucket=BUCKET, Key=item["Key"])["Body"].read() for item in listed}


UPLOAD = """
import json, pathlib
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from portal.models import EditorialPage

def page(slug, upload):
    item = EditorialPage(
        slug=slug, title_de="Rathaus", body_de="<p>Eingang Ost.</p>", status="published",
        alt_text_de="Der Eingang des Rathauses",
    )
    item.image = upload
    item.full_clean()
    item.save()
    return item

photo = pathlib.Path({photo!r})
saved = page("rathaus", SimpleUploadedFile(photo.name, photo.read_bytes(), content_type="image/jpeg"))
try:
    program = b"MZ this is a program, not a picture" * 10
    page("falsch", SimpleUploadedFile("bild.jpg", program, content_type="image/jpeg"))
    refused = None
except ValidationError as error:
    refused = sorted(error.message_dict)
html = Client(SERVER_NAME="127.0.0.1").get("/de/info/rathaus/").content.decode()
print(json.dumps({{"name": saved.image.name, "url": saved.image.url, "refused": refused, "html": html}}))
"""


def test_an_upload_through_the_upload_policy_lands_in_the_bucket_at_its_public_address(
    bucket, portal_env, s3_server, tmp_path
):
    photo = tmp_path / "Foto vom Amt.JPG"
    photo.write_bytes(jpeg_with_gps().read())
    result = manage("shell", "--verbosity", "0", "-c", UPLOAD.format(photo=str(photo)), env=portal_env)
    uploaded = json.loads(result.stdout)
    assert uploaded["refused"] == ["image"]  # the policy's refusal: nothing of it is stored
    stored = objects(bucket)
    key = f"media/{uploaded['name']}"
    assert list(stored) == [key]
    assert key.startswith("media/portal/images/") and key.endswith(".jpg") and "foto-vom-amt" in key
    public = f"{s3_server}/{BUCKET}/{key}"
    assert uploaded["url"] == public  # PORTAL_S3_PUBLIC_DOMAIN with PORTAL_S3_PUBLIC_PROTOCOL, no signature
    assert f'src="{public}"' in uploaded["html"]
    body = urlopen_anonymous(public)
    assert body == stored[key]
    image = Image.open(io.BytesIO(body))
    assert image.format == "JPEG" and 0x8825 not in image.getexif()  # re-encoded without the GPS position


def urlopen_anonymous(url):
    """The file as a visitor's browser gets it: no credentials."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def test_backup_and_restore_carry_the_uploads_on_object_storage(bucket, portal_env, tmp_path):
    bucket.put_object(Bucket=BUCKET, Key="media/funding/documents/2027/antrag.pdf", Body=b"%PDF-1.4 before")
    bucket.put_object(Bucket=BUCKET, Key="media/portal/images/2027/eingang.jpg", Body=b"\xff\xd8 image")
    before = objects(bucket)
    folder = tmp_path / "backup"
    assert "media.tar.gz" in manage("backup", str(folder), env=portal_env).stdout
    with tarfile.open(folder / "media.tar.gz") as archive:
        assert sorted(archive.getnames()) == ["funding/documents/2027/antrag.pdf", "portal/images/2027/eingang.jpg"]

    bucket.put_object(Bucket=BUCKET, Key="media/funding/documents/2027/antrag.pdf", Body=b"%PDF-1.4 after")
    bucket.put_object(Bucket=BUCKET, Key="media/funding/documents/2027/later.pdf", Body=b"%PDF-1.4 later")
    bucket.delete_object(Bucket=BUCKET, Key="media/portal/images/2027/eingang.jpg")

    assert "Restored" in manage("restore", str(folder), "--yes", env=portal_env).stdout
    assert objects(bucket) == before


def test_a_backup_of_uploads_on_disk_restores_onto_object_storage(bucket, portal_env, tmp_path):
    """Moving the uploads to object storage: back up with uploads on disk, restore with the bucket configured."""
    media = tmp_path / "media"
    (media / "masterplan" / "documents").mkdir(parents=True)
    (media / "masterplan" / "documents" / "plan.pdf").write_bytes(b"%PDF-1.4 plan")
    on_disk = {name: value for name, value in portal_env.items() if not name.startswith("PORTAL_S3_")}
    manage("backup", str(tmp_path / "backup"), env={**on_disk, "DJANGO_MEDIA_ROOT": str(media)})
    manage("restore", str(tmp_path / "backup"), "--yes", env=portal_env)
    assert objects(bucket) == {"media/masterplan/documents/plan.pdf": b"%PDF-1.4 plan"}
