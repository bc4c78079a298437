"""Roles of the staff (Django groups) and what each may do.

- editor: creates and changes content; changes to live content wait for review; cannot publish.
- translator: changes only the non-German language fields of existing content.
- publisher: everything an editor does, plus publish, archive, restore and publish pending changes.
- administrator: everything, including deleting content, every staff tool and managing staff accounts, but
  never the superuser flag, single permissions or another person's password (portal/workflow/user_admin.py).

Besides content, each role reaches the staff tools its work needs (``TOOL_ACTIONS`` here, plus what each app
lists as ``STAFF_TOOLS`` in its ``site.py``): translators the translation records with the coverage page and the
XLIFF exchange, publishers site notices, redirects and visitor feedback; the services app gives editors and
publishers HSU classes, schools and the timetable CSV. Administrators get every permission of
every model the admin shows, except changing the roles (groups) themselves.

The groups are ensured by a data migration and by ``ensure_roles()`` after every ``migrate``/``flush`` (tests
flush the database). ``ensure_roles`` is idempotent: it sets each group's permissions to exactly the role's.
"""

from django.apps import apps as global_apps
from django.contrib import admin
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes

from portal.admin_base import ContentAdmin
from portal.registry import contributions
from portal.workflow.permissions import EDIT_SOURCE, PUBLISH

EDITOR, TRANSLATOR, PUBLISHER, ADMINISTRATOR = "editor", "translator", "publisher", "administrator"
ROLES = (EDITOR, TRANSLATOR, PUBLISHER, ADMINISTRATOR)

CONTENT_ACTIONS = {
    EDITOR: ("view", "add", "change"),
    TRANSLATOR: ("view", "change"),
    PUBLISHER: ("view", "add", "change"),
    ADMINISTRATOR: ("view", "add", "change", "delete"),
}
ALL_ACTIONS = ("view", "add", "change", "delete")
TOOL_ACTIONS = {
    EDITOR: {
        "linkcheck.checkedlink": ("view",),
    },
    TRANSLATOR: {
        "translations.translationrecord": ("view", "change"),
    },
    PUBLISHER: {
        "portal.sitenotice": ALL_ACTIONS,
        "portal.redirect": ALL_ACTIONS,
        "portal.feedback": ("view", "change"),
        "linkcheck.checkedlink": ("view",),
    },
}
# What administrators do not get although the admin shows the model: changing roles would hand out single
# permissions (only superusers do that).
ADMINISTRATOR_EXCLUDED = {("auth", "add_group"), ("auth", "change_group"), ("auth", "delete_group")}
EXTRA_PERMISSIONS = {
    EDITOR: (EDIT_SOURCE, "workflow.view_pendingchange"),
    TRANSLATOR: ("workflow.view_pendingchange",),
    PUBLISHER: (PUBLISH, EDIT_SOURCE, "workflow.view_pendingchange", "workflow.change_pendingchange"),
    ADMINISTRATOR: (
        PUBLISH,
        EDIT_SOURCE,
        "workflow.view_pendingchange",
        "workflow.change_pendingchange",
        "workflow.delete_pendingchange",
    ),
}


def content_admins():
    """The admins of every content type (each inherits ContentAdmin), by model."""
    return {
        model: model_admin
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, ContentAdmin)
    }


def content_permission_models():
    """Content models and the models of their inline rows: what the roles' permissions are about."""
    models = []
    for model, model_admin in content_admins().items():
        for candidate in [model, *(inline.model for inline in model_admin.inlines)]:
            if candidate not in models:
                models.append(candidate)
    return models


def tool_actions(role):
    """(model label, actions) of the staff tools ``role`` reaches: the portal's own and the installed apps'."""
    yield from TOOL_ACTIONS.get(role, {}).items()
    for tool_role, label, actions in contributions("STAFF_TOOLS"):
        if tool_role == role:
            yield label, actions


def role_permission_keys(role):
    keys = [
        (model._meta.app_label, f"{action}_{model._meta.model_name}")
        for model in content_permission_models()
        for action in CONTENT_ACTIONS[role]
    ]
    keys += [tuple(name.split(".", 1)) for name in EXTRA_PERMISSIONS[role]]
    for label, actions in tool_actions(role):
        app_label, model_name = label.split(".")
        keys += [(app_label, f"{action}_{model_name}") for action in actions]
    if role == ADMINISTRATOR:
        keys += [key for key in admin_site_permission_keys() if key not in ADMINISTRATOR_EXCLUDED]
    return list(dict.fromkeys(keys))


def admin_site_permission_keys():
    """view/add/change/delete of every model registered with the admin site (and of its inline rows)."""
    keys = []
    for model, model_admin in admin.site._registry.items():
        for candidate in [model, *(inline.model for inline in model_admin.inlines)]:
            opts = candidate._meta
            keys += [(opts.app_label, f"{action}_{opts.model_name}") for action in ALL_ACTIONS]
    return keys


def ensure_roles(*, verbosity=0):
    """Create the four groups (if missing) and give each exactly its role's permissions. Idempotent."""
    from django.contrib.auth.models import Group, Permission

    for app_config in global_apps.get_app_configs():
        create_contenttypes(app_config, verbosity=verbosity)
        create_permissions(app_config, verbosity=verbosity)
    by_key = {
        (app_label, codename): pk
        for pk, app_label, codename in Permission.objects.values_list("pk", "content_type__app_label", "codename")
    }
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role)
        wanted = {by_key[key] for key in role_permission_keys(role) if key in by_key}
        group.permissions.set(wanted)


def ensure_roles_after_migrate(sender, **kwargs):
    ensure_roles(verbosity=kwargs.get("verbosity", 0))
