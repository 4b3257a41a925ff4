"""search/backend.py is built on modelsearch's internals: an upgrade that changes them fails here.

Each function of modelsearch that the backend copies, overrides or runs with its own indexer
is recorded with a hash of its source. When an upgrade within the pin of pyproject.toml
changes one, the test names it and says what to re-check in search/backend.py; once that is
done (and the search tests pass), record the new hash below.
"""

import hashlib
import inspect
from collections.abc import Callable
from importlib.metadata import version
from typing import Any

from django.utils.functional import cached_property

from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)

import pytest

# (owner, attribute, hash of its source, what search/backend.py takes from it).
UPSTREAM = [
    (
        database,
        "SearchBackend",
        "afd842ead344ebd1",
        "SearchBackend picks FrenchPostgresSearchBackend on PostgreSQL and this function's "
        "choice elsewhere: re-check how modelsearch chooses a backend for a database.",
    ),
    (
        ObjectIndexer,
        "title",
        "b5b7387fc268da6f",
        "SummaryObjectIndexer.title replaces it: re-check which fields modelsearch puts in the "
        "title vector, and that the summary (SUMMARY_WEIGHTS) still belongs there.",
    ),
    (
        ObjectIndexer,
        "body",
        "dbc50b5663b106bb",
        "SummaryObjectIndexer.body replaces it: re-check which fields modelsearch puts in the "
        "body vector.",
    ),
    (
        ObjectIndexer,
        "prepare_field",
        "990890679afcf4db",
        "SummaryObjectIndexer reads the (field, weight, value) triples it yields, and keeps "
        "those of the object's own fields: re-check them, and that they depend on nothing but "
        "the object and the field.",
    ),
    (
        ObjectIndexer,
        "as_vector",
        "19f1d48118a0df23",
        "SummaryObjectIndexer builds its vectors with it from (text, weight) pairs: re-check "
        "its arguments and the text search configuration it applies.",
    ),
    (
        PostgresIndex,
        "add_items",
        "62bf7488351e3864",
        "SummaryPostgresIndex runs this code with the name ObjectIndexer bound to "
        "SummaryObjectIndexer: re-check that it still builds every entry through that name "
        "and writes the indexer's title, autocomplete and body vectors.",
    ),
    (
        PostgresSearchQueryCompiler,
        "__init__",
        "9da6de3c97edef50",
        "SummaryRankMixin.__init__ replaces the sql_weights set here by RANK_WEIGHTS: re-check "
        "that the attribute still holds the weights ts_rank is given.",
    ),
    (
        PostgresSearchQueryCompiler,
        "search",
        "8a732f3f3c613105",
        "FrenchSearchQueryCompiler.search repeats its steps for conjunctions of words "
        "(tsquery, vectors, filter, rank, ordering) with another filter: re-check each step.",
    ),
    (
        PostgresSearchQueryCompiler,
        "build_tsquery_content",
        "1a16c13d549dfe7a",
        "FrenchSearchQueryCompiler._terms splits words as this method does and builds one "
        "tsquery per term with it: re-check the split and how PlainText, And and Or become "
        "tsqueries.",
    ),
    (
        PostgresSearchQueryCompiler,
        "get_index_vectors",
        "a225255fec0b0fd1",
        "the ranking takes the first vector as the summary (the entry's title vector) and the "
        "term-by-term filter names each vector's column: re-check the vectors and their order.",
    ),
    (
        PostgresSearchQueryCompiler,
        "_build_rank_expression",
        "48a64c62f7e1873d",
        "SummaryRankMixin passes it the first vector only: re-check its arguments and result.",
    ),
    (
        PostgresSearchQueryCompiler,
        "_apply_ordering_and_scoring",
        "710a76686d989310",
        "SummaryRankMixin replaces its ordering by relevance (equals newest first instead of by "
        "primary key): re-check the ordering, the score annotation and the slicing.",
    ),
    (
        PostgresAutocompleteQueryCompiler,
        "get_index_vectors",
        "4c1fa0abc8d45458",
        "the admin's autocompletes are ranked on the first vector: re-check that the "
        "autocomplete vector is still the only one.",
    ),
    (
        PostgresSearchResults,
        "_do_search",
        "9fbea120d6f6eecb",
        "IndexMatchingResults runs it with PLANNER_SETTINGS: re-check that it still runs the "
        "query for the page of results itself.",
    ),
    (
        PostgresSearchResults,
        "_do_count",
        "9f9ff49e9537d064",
        "IndexMatchingResults runs it with PLANNER_SETTINGS: re-check that it still runs the "
        "count query itself.",
    ),
    (
        PostgresSearchBackend,
        "__init__",
        "df87d2824f88d8e3",
        "FrenchPostgresSearchBackend sets autocomplete_config after it (modelsearch hard-codes "
        '"simple"): re-check the configurations and other attributes it sets.',
    ),
]


def function_of(owner: Any, attribute: str) -> Callable:
    """Return the function behind `owner.attribute`, even when a property wraps it."""
    found = inspect.getattr_static(owner, attribute)
    if isinstance(found, cached_property):
        return found.func
    if isinstance(found, property):
        return found.fget
    return found


def source_hash(function: Callable) -> str:
    """Return the first 16 hexadecimal digits of the SHA-256 of the function's source."""
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]


@pytest.mark.parametrize(
    ("owner", "attribute", "recorded", "recheck"),
    UPSTREAM,
    ids=[f"{owner.__name__}.{attribute}" for owner, attribute, _, _ in UPSTREAM],
)
def test_upstream_code_is_what_the_backend_was_written_for(owner, attribute, recorded, recheck):
    current = source_hash(function_of(owner, attribute))
    assert current == recorded, (
        f"modelsearch {version('modelsearch')} changed {owner.__name__}.{attribute} "
        f"(source hash {current}, recorded {recorded}). In search/backend.py, {recheck} "
        f"Then record the new hash in {__name__}.UPSTREAM."
    )
