"""Indexes of game and product names as the search matches them, on PostgreSQL.

The search finds games by title and products by brand and name (search/catalogue.py), with
the expressions below, in the `magazine_french` configuration: without an index PostgreSQL
computes them row by row, 50 ms at 10 000 games and 10 000 products. These indexes hold
them. They must be the very expressions Django writes for `SearchVector`:
tests/search/test_catalogue_search.py fails when they part. Nothing is done on other
databases.
"""

from django.db import migrations

INDEXES = {
    "search_game_title_words": (
        "reviews_game",
        "to_tsvector('magazine_french'::regconfig, COALESCE(title, ''))",
    ),
    "search_product_name_words": (
        "reviews_product",
        "to_tsvector('magazine_french'::regconfig, COALESCE(brand, '') || ' ' || "
        "COALESCE(name, ''))",
    ),
}


def create_indexes(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (table, expression) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}))"
        )


def drop_indexes(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_title_suggestions_index"),
        ("reviews", "0002_review_settings"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
