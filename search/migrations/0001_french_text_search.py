"""PostgreSQL text search configurations for French: accents folded before stemming.

`magazine_french` is the search configuration (unaccent, then the French Snowball stemmer);
`magazine_simple` is the autocomplete one (unaccent, no stemming, so prefixes stay prefixes).
Both only re-map the token types that can hold non-ASCII letters; ASCII words keep the
mappings copied from `french` and `simple`. Nothing is done on other databases.
"""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

CONFIGURATIONS = {
    "magazine_french": ("pg_catalog.french", "unaccent, french_stem"),
    "magazine_simple": ("pg_catalog.simple", "unaccent, simple"),
}


def create_configurations(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (template, dictionaries) in CONFIGURATIONS.items():
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {template})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR word, hword, hword_part WITH {dictionaries}"
        )


def drop_configurations(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [
        UnaccentExtension(),
        migrations.RunPython(create_configurations, drop_configurations, elidable=False),
    ]
