"""The staff workflow's own permissions and the checks the admin asks: may this user publish, and may they
change the German source text? (Which role holds which permission: ``portal.workflow.roles``.)"""

PUBLISH = "workflow.publish_content"
EDIT_SOURCE = "workflow.edit_source_language"


def can_publish(user):
    return bool(user and user.is_active and user.has_perm(PUBLISH))


def can_edit_source(user):
    return bool(user and user.is_active and user.has_perm(EDIT_SOURCE))
