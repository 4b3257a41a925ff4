"""The categories of a site as light links, cached until the page tree changes.

Every page prints the menu of categories and article cards print their category, so the
list is read once per site and kept in the cache, as plain data rather than pages. It is
forgotten whenever a category page is saved (published, unpublished, renamed), moved or
deleted: see `clear_category_cache_for_page` and the app's `ready()`.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest

from wagtail.models import Page, Site

from .models import ArticlePage, CategoryPage
from .querysets import is_public

CACHE_KEY = "articles:categories:{site_id}"


@dataclass(frozen=True)
class CategoryLink:
    """What a menu or an article card prints of a category."""

    title: str
    slug: str
    url: str
    path: str
    in_menu: bool


def site_categories(site: Site, request: HttpRequest | None = None) -> list[CategoryLink]:
    """Return the site's live, public categories in tree order."""

    def build() -> list[CategoryLink]:
        categories = (
            CategoryPage.objects.descendant_of(site.root_page)
            .live()
            .filter(is_public())
            .defer_streamfields()
            .order_by("path")
        )
        return [
            CategoryLink(
                title=category.title,
                slug=category.slug,
                url=category.get_url(request),
                path=category.path,
                in_menu=category.show_in_menus,
            )
            for category in categories
        ]

    return cache.get_or_set(CACHE_KEY.format(site_id=site.pk), build, timeout=None)


def request_categories(request: HttpRequest | None) -> list[CategoryLink]:
    """Return the categories of the site serving `request` (the default site without one)."""
    site = (
        Site.find_for_request(request)
        if request
        else Site.objects.filter(is_default_site=True).first()
    )
    return site_categories(site, request) if site else []


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


def clear_category_cache() -> None:
    """Forget the cached categories of every site."""
    site_ids = Site.objects.values_list("pk", flat=True)
    cache.delete_many([CACHE_KEY.format(site_id=site_id) for site_id in site_ids])


def clear_category_cache_for_page(instance: Page | None = None, **kwargs) -> None:
    """Signal receiver: forget the cached categories when a category page changes."""
    if isinstance(instance, CategoryPage):
        clear_category_cache()
