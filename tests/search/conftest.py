"""Fixtures for the search tests."""

from django.db import connection

import pytest


@pytest.fixture
def postgresql(db) -> None:
    """Skip the test unless the database is PostgreSQL (French stemming, weights)."""
    if connection.vendor != "postgresql":
        pytest.skip("French stemming and field weights need PostgreSQL")
