"""The roles again, now that games, products, scales, series and the test settings exist."""

from django.db import migrations

from magazine.newsroom.roles import sync_roles


def sync(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):

    dependencies = [
        ("newsroom", "0004_feed_settings_permissions"),
        ("reviews", "0002_review_settings"),
        ("series", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
