"""Permission matrix (see tests/workflow/matrix.py): editors."""

import pytest

from tests.workflow.matrix import ANONYMOUS, MATRIX, check_matrix

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["editor", "translator", ANONYMOUS])
def test_permission_matrix_every_admin_view_of_every_content_type(role, django_user_model, demo_site):
    checked, mismatches = check_matrix(role, django_user_model)
    assert checked >= 12 * len(MATRIX)  # every content type (12 and more), every view
    assert mismatches == []
