"""The categories of a site as light links, cached until a category changes (see page_links)."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.http import HttpRequest

from wagtail.models import Page

from .models import ArticlePage, CategoryPage
from .page_links import PageLinks


@dataclass(frozen=True)
class CategoryLink:
    """What a menu or an article card prints of a category."""

    title: str
    slug: str
    url: str
    path: str
    in_menu: bool


def category_link(category: CategoryPage, request: HttpRequest | None) -> CategoryLink:
    """Return the link a menu or a card prints for `category`."""
    return CategoryLink(
        title=category.title,
        slug=category.slug,
        url=category.get_url(request),
        path=category.path,
        in_menu=category.show_in_menus,
    )


CATEGORY_LINKS = PageLinks("categories", CategoryPage, category_link)


def request_categories(request: HttpRequest | None) -> list[CategoryLink]:
    """Return the categories of the site serving `request` (the default site without one)."""
    return CATEGORY_LINKS.for_request(request)


def attach_categories(
    articles: Iterable[ArticlePage], request: HttpRequest | None
) -> list[ArticlePage]:
    """Set `category` (a CategoryLink) on each article, and return them as a list.

    An article's category is its parent page; the site's categories come from the cache,
    so cards print theirs without a query per card, or any query at all once warm.
    """
    articles = list(articles)
    by_path = {category.path: category for category in request_categories(request)}
    for article in articles:
        article.category = by_path.get(article.path[: -Page.steplen])
    return articles
