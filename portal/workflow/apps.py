from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class WorkflowConfig(AppConfig):
    name = "portal.workflow"
    label = "workflow"
    verbose_name = _("Staff workflow: review, history, roles")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib import admin

        from portal.workflow.login import OptionalOTPAdminAuthenticationForm
        from portal.workflow.roles import ensure_roles_after_migrate

        # Two-factor login is optional: staff who set up a TOTP device must enter its code.
        admin.site.login_form = OptionalOTPAdminAuthenticationForm
        admin.site.login_template = "workflow/admin/login.html"
        # Roles are data: ensured after every migrate and flush (transactional tests flush the database).
        post_migrate.connect(ensure_roles_after_migrate, sender=self, dispatch_uid="workflow_ensure_roles")
