"""The roles reach the staff tools their work needs (translation records, HSU classes and schools, site notices,
redirects, feedback; administrators every tool the admin shows): ``ensure_roles`` sets each role's permissions
to exactly ``portal.workflow.roles``' (it also runs after every migrate and flush, so the apps' own migrations
need not run first: this one depends on no app, and a portal without one of them still migrates)."""

from django.db import migrations


def ensure_roles(apps, schema_editor):
    from portal.workflow.roles import ensure_roles as ensure

    ensure()


class Migration(migrations.Migration):
    dependencies = [
        ("workflow", "0003_pending_base_kind"),
        ("translations", "0001_initial"),
        ("portal", "0001_initial"),
    ]

    operations = [migrations.RunPython(ensure_roles, migrations.RunPython.noop)]
