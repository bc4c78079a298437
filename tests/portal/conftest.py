"""Fixtures of the shared page layer's tests."""

import pytest

from tests.portal.live_server import manage, production_env


@pytest.fixture
def english_admin(admin_client_logged_in):
    """The admin as an editor whose browser asks for English (admin pages follow Accept-Language)."""
    admin_client_logged_in.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return admin_client_logged_in


@pytest.fixture(scope="session")
def served_files(tmp_path_factory):
    """A database migrated and static files collected once under production settings, for real gunicorn servers
    (``ops.sqlite3`` and ``static/`` in the folder returned; copy the database before writing to it)."""
    folder = tmp_path_factory.mktemp("production")
    env = production_env(folder)
    manage("migrate", "--noinput", "--verbosity", "0", env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    return folder
