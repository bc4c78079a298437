"""Fixtures of the shared page layer's tests."""

import pytest


@pytest.fixture
def english_admin(admin_client_logged_in):
    """The admin as an editor whose browser asks for English (admin pages follow Accept-Language)."""
    admin_client_logged_in.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return admin_client_logged_in
