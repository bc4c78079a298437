"""The staff style guide: staff only, never indexed; it shows every colour token and pair with its ratio."""

import pytest

from portal import design_tokens
from tests.workflow.conftest import make_staff

pytestmark = pytest.mark.django_db


def test_styleguide_sends_visitors_to_the_staff_login(client):
    response = client.get("/de/styleguide/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_styleguide_shows_tokens_pairs_icons_and_components_to_staff(client, django_user_model, role):
    client.force_login(make_staff(django_user_model, role))
    response = client.get("/ar/styleguide/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<meta name="robots" content="noindex' in html
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    for name, value in design_tokens.colour_tokens():
        assert f"<code>{name}</code>" in html and value in html
    for pair in design_tokens.pairs():
        assert f"{pair.ratio:.2f}:1" in html
    assert 'class="icon icon--phone"' in html and 'class="icon icon--step-free"' in html
    assert 'class="office-status office-status--open"' in html
