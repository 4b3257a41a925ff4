"""Articles made of chosen words, the titles the results page lists, and the queries of a
search the cache has forgotten."""

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage, CategoryPage
from magazine.cache.local_copies import copies
from tests.factories.pages import ArticlePageFactory

from .html import page_soup
from .queries import warm_query_count


def article(
    parent: CategoryPage, title: str, standfirst: str = "", text: str = "", **kwargs
) -> ArticlePage:
    """Return a live article whose words are only the ones given (and a neutral standfirst)."""
    return ArticlePageFactory(
        parent=parent,
        title=title,
        standfirst=standfirst or "Un article du magazine.",
        body=b.body(b.paragraph(f"<p>{text or 'Sans autre précision.'}</p>")),
        **kwargs,
    )


def result_titles(client: Client, **params: str) -> list[str]:
    """Return the titles the results page lists for `params`, in order."""
    page = page_soup(client, "/recherche/", params)
    return [link.get_text(strip=True) for link in page.select(".search-result__title a")]


def forget_searches() -> None:
    """Drop the searches' pieces, in the shared cache and in this process's copies."""
    copies.clear()  # the cards stay in the shared cache
    if hasattr(cache, "delete_pattern"):  # Redis, the PostgreSQL run's
        assert cache.delete_pattern("piece:search-*")
    else:  # LocMemCache, the SQLite run's: no pattern, its own keys are read instead
        # Its keys are made as `prefix:version:key`.
        searches = [key.split(":", 2)[2] for key in cache._cache if ":piece:search-" in key]
        assert searches
        cache.delete_many(searches)


def new_search_query_count(client: Client, url: str) -> int:
    """The queries of `url` once warm (renditions, cards), its search no longer cached."""
    warm_query_count(client, url)
    forget_searches()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
