"""On PostgreSQL the suggestions read matching titles from their index (search/migrations/0002).

The index holds the expression modelsearch writes for a title-only autocomplete; if an
upgrade of modelsearch or Django writes it otherwise, PostgreSQL can no longer use the index
and the suggestions read every title: this test then fails. Re-create the index with the
expression the query now holds (a new migration), then run the search tests and `make bench`.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.support.search import article


def test_title_suggestions_are_read_from_their_index(client, category, postgresql):
    article(category, "Écrans OLED : le grand comparatif")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/recherche/suggestions/", {"q": "ecr"}).json()["suggestions"]
    matching = next(query["sql"] for query in queries if "to_tsvector" in query["sql"])
    with connection.cursor() as cursor:
        # A test's tables are tiny, read whole or by primary key whatever their indexes:
        # leave PostgreSQL the bitmap scans only, which read an index for a condition.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {matching}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_page_title_suggestions" in plan, plan
