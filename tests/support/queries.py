"""Counting the SQL queries a page costs."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def warm_query_count(client: Client, url: str) -> int:
    """Return the queries of the second request to `url`, once caches hold renditions."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
