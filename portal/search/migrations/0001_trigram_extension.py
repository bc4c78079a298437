"""Enable pg_trgm for typo-tolerant search. Django's CreateExtension does nothing on other databases (SQLite)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = []

    operations = [TrigramExtension()]
