"""The games and products a search finds, their hubs shown above the articles.

On PostgreSQL, names are matched in the database with the articles' French configuration
(`SEARCH_CONFIG`: accents folded, then stemmed), every word of the query, or a word starting
with it, in a game's title or a product's brand and name: « casques » finds « Casque ».
The names' vectors are read from their indexes (search/migrations/0003). Games and products
are ranked in the same query: the name typed exactly first (case, accents and punctuation
aside), then the names starting with it, then the shortest.

On any other database (SQLite for `make run`), the search backend finds them (accents folded,
no stemming) and the same ranking is applied to what it finds.

The matches for a query are kept like the search's pages (results.py): `SEARCH_TIMEOUT`
seconds, or until the next change of content.
"""

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import Case, Expression, F, Func, IntegerField, QuerySet, Value, When
from django.db.models.functions import Concat, Length, Lower, Trim
from django.urls import reverse

from modelsearch.backends.base import BaseSearchBackend
from wagtail.search.backends import get_search_backend

from magazine.cache.fragments import generation_cached
from magazine.reviews.models import Game, Product

from .backend import FrenchPostgresSearchBackend
from .query import ReaderQuery, number_variants
from .results import SEARCH_TIMEOUT

# Games and products shown above the articles: a few, the best matches.
CATALOGUE_MATCHES = 4
# How many the search backend is asked for, to be ranked, where PostgreSQL does not rank.
BACKEND_CANDIDATES = 50
KIND_URLS = {"game": "reviews:game", "product": "reviews:product"}


@dataclass(frozen=True)
class CatalogueMatch:
    """A game or product a search found: its name, what it is and its hub's address."""

    name: str
    kind: str
    url: str


def catalogue_matches(query: ReaderQuery) -> list[CatalogueMatch]:
    """The games and products that `query` finds, best first, at most CATALOGUE_MATCHES:
    no query when asked again before the content changes."""
    if query.is_empty:
        return []
    key = hashlib.blake2b(repr((query.text, query.words)).encode(), digest_size=12).hexdigest()
    return generation_cached(
        "search-catalogue", (key,), lambda: find_in_catalogue(query), SEARCH_TIMEOUT
    )


def find_in_catalogue(query: ReaderQuery) -> list[CatalogueMatch]:
    """The games and products that `query` finds, best first: one query on PostgreSQL."""
    backend = get_search_backend()
    if isinstance(backend, FrenchPostgresSearchBackend):
        rows = ranked_in_postgresql(query, backend.config)
    else:
        rows = ranked_in_python(query, backend)
    return [
        CatalogueMatch(name, kind, reverse(KIND_URLS[kind], args=[slug]))
        for name, kind, slug in rows[:CATALOGUE_MATCHES]
    ]


def folded(text: Expression) -> Func:
    """`text` as names are compared, in SQL: lower case, without accents, every run of
    punctuation or spaces one space."""
    unaccented = Func(Lower(text), function="UNACCENT")
    spaced = Func(
        unaccented, Value("[^[:alnum:]]+"), Value(" "), Value("g"), function="REGEXP_REPLACE"
    )
    return Trim(spaced)


def words_query(query: ReaderQuery, config: str) -> SearchQuery:
    """Every word of `query`, in either number (`number_variants`), as a whole word or the
    start of one, stemmed by `config`.

    The reader's words are letters and digits only (query.py), so quoted they are one
    operand each, never tsquery syntax.
    """
    combined = None
    for word in query.words:
        either = None
        for variant in number_variants(word):
            one = SearchQuery(f"'{variant}':*", search_type="raw", config=config)
            either = one if either is None else either | one
        combined = either if combined is None else combined & either
    return combined


def ranked_names(
    queryset: QuerySet,
    name: Expression,
    fields: Iterable[str],
    kind: str,
    query: ReaderQuery,
    config: str,
) -> QuerySet:
    """(name, kind, slug, closeness, size) of the rows of `queryset` whose `fields` hold
    every word of `query`; closeness 0 for the name typed exactly, 1 for a name starting
    with it, 2 for the others."""
    typed = folded(Value(query.text))
    return (
        queryset.annotate(
            document=SearchVector(*fields, config=config),
            found_name=name,
            folded_name=folded(name),
        )
        .filter(document=words_query(query, config))
        .annotate(
            kind=Value(kind),
            closeness=Case(
                When(folded_name=typed, then=Value(0)),
                When(folded_name__startswith=typed, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            ),
            size=Length("found_name"),
        )
        .order_by()
        .values_list("found_name", "kind", "slug", "closeness", "size")
    )


def ranked_in_postgresql(query: ReaderQuery, config: str) -> list[tuple[str, str, str]]:
    """(name, kind, slug) of the best games and products for `query`, in one query."""
    games = ranked_names(Game.objects.all(), F("title"), ["title"], "game", query, config)
    product_name = Concat("brand", Value(" "), "name")
    products = ranked_names(
        Product.objects.all(), product_name, ["brand", "name"], "product", query, config
    )
    best = games.union(products, all=True).order_by("closeness", "size", "found_name", "slug")
    return [(name, kind, slug) for name, kind, slug, *_ in best[:CATALOGUE_MATCHES]]


def folded_text(text: str) -> str:
    """`text` as names are compared, in Python: as `folded` does in SQL."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.split())


def ranked_in_python(query: ReaderQuery, backend: BaseSearchBackend) -> list[tuple[str, str, str]]:
    """(name, kind, slug) of the games and products the search `backend` finds for `query`,
    ranked as on PostgreSQL."""
    search_query = query.search_query()
    games = backend.search(search_query, Game.objects.only("title", "slug"))
    products = backend.search(search_query, Product.objects.only("brand", "name", "slug"))
    found = [
        *((game.title, "game", game.slug) for game in games[:BACKEND_CANDIDATES]),
        *((p.full_name, "product", p.slug) for p in products[:BACKEND_CANDIDATES]),
    ]
    typed = folded_text(query.text)

    def rank(row: tuple[str, str, str]) -> tuple:
        name = folded_text(row[0])
        closeness = 0 if name == typed else 1 if name.startswith(typed) else 2
        return (closeness, len(row[0]), row[0], row[2])

    return sorted(found, key=rank)
