"""The roles again, now that reader comments are installed: moderators and chief editors
moderate them, chief editors set their site settings."""

from django.db import migrations

from magazine.newsroom.roles import sync_roles


def sync(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):

    dependencies = [
        ("newsroom", "0002_search_promotion_permissions"),
        ("comments", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
