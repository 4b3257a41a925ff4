"""The roots of the page tree and of the collections are « Racine », not « Root ».

Wagtail's own migrations create them, and its placeholder home page, with English names
that its admin shows as data (explorer, breadcrumbs, collection lists), where no
translation reaches. Only a name Wagtail gave and nobody changed is renamed.
"""

from django.db import migrations

ROOT = ("Root", "Racine")
WELCOME = ("Welcome to your new Wagtail site!", "Bienvenue sur votre nouveau site Wagtail\u00a0!")


def rename(apps, old: int, new: int) -> None:
    """Rename from the names at index `old` of each pair to those at index `new`."""
    pages = apps.get_model("wagtailcore", "Page").objects
    for depth, names in ((1, ROOT), (2, WELCOME)):
        pages.filter(depth=depth, title=names[old]).update(title=names[new], draft_title=names[new])
    collections = apps.get_model("wagtailcore", "Collection").objects
    collections.filter(depth=1, name=ROOT[old]).update(name=ROOT[new])


def to_french(apps, schema_editor) -> None:
    rename(apps, 0, 1)


def to_english(apps, schema_editor) -> None:
    rename(apps, 1, 0)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(to_french, to_english)]
