"""Roles of the staff (Django groups) and what each may do.

- editor: creates and changes content; changes to live content wait for review; cannot publish.
- translator: changes only the non-German language fields of existing content.
- publisher: everything an editor does, plus publish, archive, restore and publish pending changes.
- administrator: everything, including deleting content and managing staff accounts.

The groups are ensured by a data migration and by ``ensure_roles()`` after every ``migrate``/``flush`` (tests
flush the database). ``ensure_roles`` is idempotent: it sets each group's permissions to exactly the role's.
"""

from django.apps import apps as global_apps
from django.contrib import admin
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes

EDITOR, TRANSLATOR, PUBLISHER, ADMINISTRATOR = "editor", "translator", "publisher", "administrator"
ROLES = (EDITOR, TRANSLATOR, PUBLISHER, ADMINISTRATOR)

PUBLISH = "workflow.publish_content"
EDIT_SOURCE = "workflow.edit_source_language"

CONTENT_ACTIONS = {
    EDITOR: ("view", "add", "change"),
    TRANSLATOR: ("view", "change"),
    PUBLISHER: ("view", "add", "change"),
    ADMINISTRATOR: ("view", "add", "change", "delete"),
}
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
        "auth.view_user",
        "auth.add_user",
        "auth.change_user",
        "auth.view_group",
        "axes.view_accessattempt",
        "axes.delete_accessattempt",
        "otp_totp.view_totpdevice",
        "otp_totp.add_totpdevice",
        "otp_totp.change_totpdevice",
        "otp_totp.delete_totpdevice",
    ),
}


def can_publish(user):
    return bool(user and user.is_active and user.has_perm(PUBLISH))


def can_edit_source(user):
    return bool(user and user.is_active and user.has_perm(EDIT_SOURCE))


def content_admins():
    """The admins of every content type (each inherits ContentAdmin), by model."""
    from portal.admin_base import ContentAdmin

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


def role_permission_keys(role):
    keys = [
        (model._meta.app_label, f"{action}_{model._meta.model_name}")
        for model in content_permission_models()
        for action in CONTENT_ACTIONS[role]
    ]
    keys += [tuple(name.split(".", 1)) for name in EXTRA_PERMISSIONS[role]]
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
