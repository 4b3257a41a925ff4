"""Cache tags: the names a response carries for each thing it shows, purged when it changes.

A response served to anonymous readers carries, in the `X-Cache-Tags` header, one tag per
page whose content it prints (`p<id>`: the page itself, each article card, the related
articles), the tag of the listing it is (an author's page `a<id>`, a tag's page `t<id>`,
a game's or a product's hub `game-<id>`, `product-<id>`, search, feeds, sitemaps),
the openings of an article's related list (`related-…`, magazine/articles/related.py) and
`site`, which every response carries: the menu, the footer and the site settings are on
every page. A category's or the home page's listing is the page itself, so its tag is its
page tag. The cache in front (Varnish, deploy/varnish/) indexes
responses by these tags, and a purge of a few tags drops every cached response that shows
what changed, whatever the number of pages, paginated listings included.

Views tag what they show with `tag_response(response, …)` or the `cache_tags(…)` decorator;
templates tag the pages they print with `{% cache_tag page %}` (library `cache_tags`).
"""

import re
from collections.abc import Callable, Iterable
from functools import wraps

from django.http import HttpRequest, HttpResponseBase

HEADER = "X-Cache-Tags"
# Every public response: menu, footer, settings. Purged when those change.
SITE = "site"
FEEDS = "feeds"
SITEMAPS = "sitemaps"
SEARCH = "search"
# The release calendar (/sorties/), purged when any game changes.
RELEASES = "releases"
# Pages whose « Publications similaires » any newly published article would enter: a list
# shorter than it may be, or filled up with the latest articles of the whole site.
RELATED_ANY = "related-any"

# Tags go into one header, separated by spaces, and into the cache's index as they are.
TAG_PATTERN = re.compile(r"[a-z0-9-]+")


def page_tag(page_id: int) -> str:
    """Return the tag of a page (article, category, home or information page)."""
    return f"p{page_id}"


def author_tag(author_id: int) -> str:
    """Return the tag of an author's page (`/auteurs/<slug>/`, every page of it)."""
    return f"a{author_id}"


def keyword_tag(tag_id: int) -> str:
    """Return the tag of a tag's page (`/tags/<slug>/`, every page of it)."""
    return f"t{tag_id}"


def game_tag(game_id: int) -> str:
    """Return the tag of a game: its hub (`/jeux/<slug>/`) and every article showing its sheet
    or its test, all purged when the game changes or an article newly mentions it."""
    return f"game-{game_id}"


def product_tag(product_id: int) -> str:
    """Return the tag of a product: its hub (`/produits/<slug>/`) and the articles showing it."""
    return f"product-{product_id}"


def series_tag(series_id: int) -> str:
    """Return the tag of a series: its page (`/series/<slug>/`) and every episode, which
    names the series and its neighbours."""
    return f"series-{series_id}"


def related_by_tag_tag(tag_id: int) -> str:
    """Return the tag of the pages whose « Publications similaires » an article with this
    keyword tag would enter: their own articles with the tag, whose related lists end with
    articles sharing tags (or, after them, their category's)."""
    return f"related-t{tag_id}"


def related_by_category_tag(parent_path: str) -> str:
    """Return the tag of the pages whose related lists end with articles of the category at
    `parent_path` (a tree path, known without a query), which a new article there would join."""
    return f"related-c{parent_path}"


def checked(tags: Iterable[str]) -> set[str]:
    """Return `tags` as a set, or raise ValueError for one the header could not carry."""
    tags = set(tags)
    for tag in tags:
        if not TAG_PATTERN.fullmatch(tag):
            raise ValueError(f"Not a cache tag: {tag!r}")
    return tags


def tag_request(request: HttpRequest, *tags: str) -> None:
    """Add `tags` to the response being made for `request` (templates rendering it)."""
    request.cache_tags = getattr(request, "cache_tags", set()) | checked(tags)


def tag_response(response: HttpResponseBase, *tags: str) -> HttpResponseBase:
    """Add `tags` to `response` and return it."""
    response[HEADER] = " ".join(sorted(response_tags(response) | checked(tags)))
    return response


def response_tags(response: HttpResponseBase) -> set[str]:
    """Return the tags `response` carries."""
    return set(response.get(HEADER, "").split())


def cache_tags(*tags: str) -> Callable:
    """Decorate a view so that its responses carry `tags` (feeds, sitemaps…)."""
    checked(tags)

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def tagged_view(request: HttpRequest, *args, **kwargs) -> HttpResponseBase:
            return tag_response(view(request, *args, **kwargs), *tags)

        return tagged_view

    return decorator
