"""The search backend named in WAGTAILSEARCH_BACKENDS: Wagtail's database backend, tuned for French.

On PostgreSQL it is modelsearch's PostgreSQL backend with these changes:

- searches use `SEARCH_CONFIG` (`magazine_french`: accents folded, then the French stemmer) and
  autocompletes use `AUTOCOMPLETE_CONFIG` (`magazine_simple`: accents folded, no stemming), both
  created by this app's migration; modelsearch hard-codes "simple" for autocomplete, which keeps
  accents, so "ecr" would never suggest "Écran";
- an article's summary (title, standfirst and tag names, SUMMARY_WEIGHTS) is indexed in the
  index entry's `title` vector, the rest (the body) in its `body` vector, instead of weights
  derived from the boosts of all the project's models (an image title's boost of 10 demotes
  page titles to weight B there, and leaves the standfirst level with the body);
- results are ranked on the summary alone, RANK_WEIGHTS making a title outweigh a standfirst;
  the body decides whether an article matches, not how high. Ranking on the body too would
  read every matching body's vector from TOAST storage: two thirds of the time of a query
  matching half of 10 000 articles. Equally ranked articles come newest first;
- conjunctions of words, as the reader search sends, are matched term by term, each on the
  GIN index of either vector, rather than on the document vector (title || body) that
  modelsearch annotates, which makes PostgreSQL concatenate both vectors of every match for
  nothing; search queries run with PLANNER_SETTINGS so that PostgreSQL uses those indexes.
  Other queries (phrases, negations) are matched as modelsearch matches them.

On any other database (SQLite for `make run`) it is modelsearch's own backend for that database.

These changes reach into modelsearch's internals, so they touch as little of it as they can:
subclasses override the fewest methods, calling up to modelsearch's wherever it does the
same; `PostgresIndex.add_items` is run as it is with another indexer rather than copied;
only the steps of `PostgresSearchQueryCompiler.search` for conjunctions of words are
repeated. modelsearch is pinned (`~=1.3.2` in pyproject.toml), and
tests/search/test_upstream_guard.py records a hash of the source of every upstream function
this module copies, overrides or reruns: an upgrade that changes one fails there, with what to
re-check here.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import reduce
from operator import or_
from types import FunctionType

from django.db import connection, connections, transaction
from django.db.models import F, Func, IntegerField, Q
from django.db.models.lookups import Exact, GreaterThan

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.index import SearchField
from modelsearch.query import And, Or, PlainText

# PostgreSQL's tsvector weights of the fields indexed as the summary ("name": tag names).
SUMMARY_WEIGHTS = {"title": "A", "standfirst": "B", "name": "B"}
BODY_WEIGHT = "D"
# ts_rank's weights array, in PostgreSQL's order {D, C, B, A}: its documented defaults.
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"
# The planner's view of search queries. Testing a body vector reads it from TOAST storage,
# which the planner does not count: it filters thousands of candidates row by row (or scans
# the table) where the GIN indexes answer without reading a row: 60-340 ms instead of 25 for
# a common word at 10 000 articles (make bench). Pricing operators 40 times the default makes
# it use the indexes; plans priced that way would otherwise be compiled (JIT) or run in
# parallel, both slower for queries this short.
PLANNER_SETTINGS = {
    "cpu_operator_cost": "0.1",
    "jit": "off",
    "max_parallel_workers_per_gather": "0",
}


def SearchBackend(params: dict):  # noqa: N802 - the name modelsearch looks up in a backend module
    """Return the backend for the default database: French PostgreSQL, else modelsearch's own."""
    if connection.vendor == "postgresql":
        return FrenchPostgresSearchBackend(params)
    return DatabaseSearchBackend(params)


class SummaryObjectIndexer(ObjectIndexer):
    """modelsearch's indexer, with the summary fields in the `title` vector.

    modelsearch walks every search field of the object once for each vector and text it
    builds (title, body, autocomplete and their plain texts): what `prepare_field` yields
    for each field of the object is kept for the indexer's life, so an article's body is
    turned into text once rather than ten times.
    """

    def prepare_field(self, obj, field):
        if obj is not self.obj:
            # A related object's fields, walked once inside its own field's triples.
            return super().prepare_field(obj, field)
        prepared = self.__dict__.setdefault("_prepared", {})
        # By id: the field objects live as long as self.search_fields, which holds them.
        if id(field) not in prepared:
            prepared[id(field)] = list(super().prepare_field(obj, field))
        return iter(prepared[id(field)])

    def _texts(self, in_summary: bool) -> list[tuple[str, str]]:
        texts = []
        for field in self.search_fields:
            for current, _weight, value in self.prepare_field(self.obj, field):
                if isinstance(current, SearchField):
                    weight = SUMMARY_WEIGHTS.get(current.field_name)
                    if (weight is not None) == in_summary:
                        texts.append((value, weight or BODY_WEIGHT))
        return texts

    @property
    def title(self):
        return self.as_vector(self._texts(in_summary=True))

    @property
    def body(self):
        return self.as_vector(self._texts(in_summary=False))


class SummaryPostgresIndex(PostgresIndex):
    """modelsearch's PostgreSQL index, writing entries built by SummaryObjectIndexer.

    `PostgresIndex.add_items` names `ObjectIndexer`, a global of its module, rather than an
    attribute a subclass could override. Its code is reused unchanged, run with that one name
    bound to SummaryObjectIndexer, rather than copied with its SQL statement.
    """

    add_items = FunctionType(
        PostgresIndex.add_items.__code__,
        {**PostgresIndex.add_items.__globals__, "ObjectIndexer": SummaryObjectIndexer},
        "add_items",
        PostgresIndex.add_items.__defaults__,
        PostgresIndex.add_items.__closure__,
    )


class NumNode(Func):
    """PostgreSQL's numnode(): how many lexemes and operators a tsquery has (0: only stop words)."""

    function = "numnode"
    output_field = IntegerField()


class SummaryRankMixin:
    """Rank on the first vector (the summary), RANK_WEIGHTS; newest first among equals."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.sql_weights = RANK_WEIGHTS

    def _build_rank_expression(self, vectors: list, config):
        if self.fields is None:
            vectors = vectors[:1]
        return super()._build_rank_expression(vectors, config)

    def _apply_ordering_and_scoring(self, queryset, rank_expression, start, stop, score_field=None):
        if not self.order_by_relevance:
            return super()._apply_ordering_and_scoring(
                queryset, rank_expression, start, stop, score_field
            )
        queryset = queryset.order_by(rank_expression.desc(), *self._newest_first())
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: rank_expression})
        return queryset[start:stop]

    def _newest_first(self) -> list:
        """The order of equally ranked results: newest first for pages, else latest created."""
        fields = {field.name for field in self.queryset.model._meta.get_fields()}
        if "first_published_at" in fields:
            return [F("first_published_at").desc(nulls_last=True), "-pk"]
        return ["-pk"]


class FrenchSearchQueryCompiler(SummaryRankMixin, PostgresSearchQueryCompiler):
    """Whole-word search; conjunctions of words are matched term by term (see `_match`).

    Other queries (negations, phrases) go through modelsearch's own search method.
    """

    def search(self, config, start, stop, score_field=None, backend=None):
        terms = self._terms(self.query) if self.fields is None else None
        if terms is None:
            return super().search(config, start, stop, score_field, backend)
        # PostgresSearchQueryCompiler.search, with another filter.
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_search_vectors(search_query)
        queryset = self.queryset.filter(self._match(terms, search_query, vectors, config))
        rank_expression = self._build_rank_expression(vectors, config)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

    def _match(self, terms: list, search_query, vectors: list, config) -> Q:
        """The filter of the entries whose vectors, together, hold every term.

        modelsearch tests the vectors concatenated (title || body), which no index answers
        (and costs a concatenation per candidate). A conjunction matches when each term is in
        one vector or another, which each vector's GIN index answers. A term of stop words
        only is left out, as PostgreSQL's `&&` leaves it, and a query of stop words only
        matches nothing, as before.
        """
        condition = Q(GreaterThan(NumNode(search_query), 0))
        for term in terms:
            term_query = self.build_tsquery(term, config=config)
            in_a_vector = reduce(or_, (Q(**{vector.name: term_query}) for vector, _ in vectors))
            condition &= Q(Exact(NumNode(term_query), 0)) | in_a_vector
        return condition

    def _terms(self, query) -> list | None:
        """The terms of a conjunction of positive words, or None for any other query.

        Words are split as `build_tsquery_content` splits them.
        """
        if isinstance(query, And):
            terms = [self._terms(subquery) for subquery in query.subqueries]
            return None if None in terms else [term for part in terms for term in part]
        if isinstance(query, PlainText):
            words = [word for word in re.split(r"[\s\-]+", query.query_string) if word]
            if query.operator == "and":
                return [PlainText(word) for word in words]
            return [query]
        if isinstance(query, Or) and all(
            isinstance(subquery, PlainText) and len(subquery.query_string.split()) == 1
            for subquery in query.subqueries
        ):
            return [query]
        return None


class FrenchAutocompleteQueryCompiler(SummaryRankMixin, PostgresAutocompleteQueryCompiler):
    """Prefix search, the last word read as a prefix."""


@contextmanager
def index_matching(alias: str) -> Iterator[None]:
    """Run the enclosed queries with PLANNER_SETTINGS.

    Set for the transaction only, and the transaction (a savepoint when nested in another one)
    is rolled back at the end, which undoes them: the enclosed queries only read.
    """
    assignments = ", ".join("set_config(%s, %s, true)" for _ in PLANNER_SETTINGS)
    values = [item for setting in PLANNER_SETTINGS.items() for item in setting]
    with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
        cursor.execute(f"SELECT {assignments}", values)  # noqa: S608 - placeholders only
        yield
        transaction.set_rollback(True, using=alias)


class IndexMatchingResults(PostgresSearchResults):
    """modelsearch's PostgreSQL results, read through the indexes (see `index_matching`)."""

    def _do_search(self):
        with index_matching(self.query_compiler.queryset.db):
            return super()._do_search()

    def _do_count(self):
        with index_matching(self.query_compiler.queryset.db):
            return super()._do_count()


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    """modelsearch's PostgreSQL backend with French configurations and the magazine's ranking."""

    index_class = SummaryPostgresIndex
    query_compiler_class = FrenchSearchQueryCompiler
    autocomplete_query_compiler_class = FrenchAutocompleteQueryCompiler
    results_class = IndexMatchingResults

    def __init__(self, params: dict) -> None:
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", self.autocomplete_config)
