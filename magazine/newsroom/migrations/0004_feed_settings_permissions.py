"""The roles again, now that the feeds are installed: chief editors set their site setting."""

from django.db import migrations

from magazine.newsroom.roles import sync_roles


def sync(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):

    dependencies = [
        ("newsroom", "0003_comment_moderation_permissions"),
        ("feeds", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
