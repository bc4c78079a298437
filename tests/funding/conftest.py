import pytest


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded and demo files go to a temporary folder, never into the project's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
