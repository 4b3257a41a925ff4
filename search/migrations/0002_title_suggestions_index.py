"""An index of page titles as the reader's suggestions search them, on PostgreSQL.

The suggestions look for words of titles only (`autocomplete(fields=["title"])`): the entry
modelsearch keeps of each article also holds its standfirst, body, tags and authors' names,
for the admin's searches. modelsearch matches a title-only autocomplete on the page's own
title, with the expression below, which it computes row by row: 200 ms at 10 000 articles.
This index holds that expression, so PostgreSQL finds the matching titles in it (3 ms).
It must be the very expression modelsearch writes, with `magazine_simple`, the autocomplete
configuration: tests/search/test_suggestions_index.py fails when they part. Nothing is done on
other databases.
"""

from django.db import migrations

INDEX = "search_page_title_suggestions"
TITLE_VECTOR = (
    "setweight(to_tsvector('magazine_simple'::regconfig, "
    "COALESCE(title, ''::character varying)::text), 'D'::\"char\")"
)


def create_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page USING gin (({TITLE_VECTOR}))"
        )


def drop_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_french_text_search"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
