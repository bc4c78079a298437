"""The four staff roles (groups editor, translator, publisher, administrator) with their permissions.

The same function runs after every migrate/flush (``post_migrate``), so permissions of content types added
later reach the roles too, and a flushed test database gets its roles back.
"""

from django.db import migrations


def ensure_roles(apps, schema_editor):
    from portal.workflow.roles import ensure_roles as ensure

    ensure()


class Migration(migrations.Migration):
    dependencies = [
        ("workflow", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(ensure_roles, migrations.RunPython.noop)]
