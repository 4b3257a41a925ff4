"""The roles again, now that search promotions are installed: the chief editors manage them."""

from django.db import migrations

from magazine.newsroom.roles import sync_roles


def sync(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):

    dependencies = [
        ("newsroom", "0001_roles_and_review"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
