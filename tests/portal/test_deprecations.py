"""No deprecation warning from the project's own code: the suite turns such a warning into an error."""

import warnings

import pytest
from django.contrib import admin
from django.utils.inspect import get_func_args

PROJECT_MODULES = ["portal.workflow.pending", "services.admin", "funding.views", "masterplan.models", "tests.conftest"]


@pytest.mark.parametrize("category", [DeprecationWarning, PendingDeprecationWarning])
@pytest.mark.parametrize("module", PROJECT_MODULES)
def test_deprecation_warning_from_project_module_fails_the_test(module, category):
    with pytest.raises(category):
        warnings.warn_explicit("an API that goes away", category, "somewhere.py", 1, module=module)


@pytest.mark.parametrize("module", ["django.db.transaction", "portalpages", "servicesx.admin"])
def test_deprecation_warning_from_other_module_stays_a_warning(module):
    with pytest.warns(DeprecationWarning):
        warnings.warn_explicit("an API that goes away", DeprecationWarning, "somewhere.py", 1, module=module)


def test_admin_action_hooks_take_the_action_location():
    """Django 6.1 deprecates get_actions()/get_action_choices() overrides without ``action_location``."""
    old_style = [
        f"{type(model_admin).__name__}.{hook}"
        for model_admin in admin.site._registry.values()
        for hook in ("get_actions", "get_action_choices")
        if "action_location" not in get_func_args(getattr(model_admin, hook))
    ]
    assert old_style == []
