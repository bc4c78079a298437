"""The production static files storage gives each name's hashed address, worked out once per process."""

import json

import pytest
from django.test import override_settings

from portal.static_storage import StaticFilesStorage


@pytest.fixture
def storage(tmp_path):
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "portal.abc123.css").write_text("body{}")
    manifest = {"paths": {"css/portal.css": "css/portal.abc123.css"}, "version": "1.1", "hash": "x"}
    (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
    with override_settings(DEBUG=False, STATIC_URL="/static/"):
        yield StaticFilesStorage(location=str(tmp_path), base_url="/static/")


def test_hashed_address_kept_after_the_first_lookup(storage, monkeypatch):
    assert storage.url("css/portal.css") == "/static/css/portal.abc123.css"
    monkeypatch.setattr(storage, "hashed_files", {})  # a second lookup would now fail
    assert storage.url("css/portal.css") == "/static/css/portal.abc123.css"


def test_a_name_missing_from_the_manifest_still_raises_and_is_not_kept(storage):
    for _ in range(2):
        with pytest.raises(ValueError):
            storage.url("css/missing.css")
    assert "css/missing.css" not in storage._urls
