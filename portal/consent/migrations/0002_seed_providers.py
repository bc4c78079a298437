from django.db import migrations


def seed(apps, schema_editor):
    from portal.consent.providers import ensure_providers

    ensure_providers(apps.get_model("consent", "Provider"))


class Migration(migrations.Migration):
    dependencies = [("consent", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
