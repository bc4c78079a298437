"""Restore drill: back up, change data and uploads, restore, and find the old state (the database in use)."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from services.models import Service
from tests.search import factories

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


def test_restore_drill_brings_back_database_and_uploads(media, tmp_path):
    kept = factories.service(title="Einbürgerung beantragen")
    (media / "documents").mkdir()
    (media / "documents" / "flyer.pdf").write_bytes(b"%PDF-1.4 before")
    out = io.StringIO()
    call_command("backup", str(tmp_path / "backup"), stdout=out)
    assert "media.tar.gz" in out.getvalue()

    kept.title_de = "Geändert nach der Sicherung"
    kept.save()
    factories.service(title="Neu nach der Sicherung")
    (media / "documents" / "flyer.pdf").write_bytes(b"%PDF-1.4 after")
    (media / "documents" / "later.pdf").write_bytes(b"%PDF-1.4 later")

    call_command("restore", str(tmp_path / "backup"), "--yes", stdout=io.StringIO())
    assert list(Service.objects.values_list("title_de", flat=True)) == ["Einbürgerung beantragen"]
    assert (media / "documents" / "flyer.pdf").read_bytes() == b"%PDF-1.4 before"
    assert not (media / "documents" / "later.pdf").exists()


def test_restore_from_a_folder_without_a_backup_fails_clearly_and_changes_nothing(media, tmp_path):
    factories.service(title="Bleibt erhalten")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CommandError, match="does not exist"):
        call_command("restore", str(tmp_path / "empty"), "--yes", stdout=io.StringIO())
    assert list(Service.objects.values_list("title_de", flat=True)) == ["Bleibt erhalten"]


def test_restore_asks_before_replacing(media, tmp_path, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="cancelled"):
        call_command("restore", str(tmp_path), stdout=io.StringIO())
