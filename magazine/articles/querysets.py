"""Article querysets that fetch, in a fixed number of queries, what listings print."""

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db.models import Prefetch

from wagtail.images import get_image_model
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from .images import IMAGE_VARIANTS

if TYPE_CHECKING:
    from .models import ArticlePage



class ArticlePageQuerySet(PageQuerySet):
    """Querysets of articles, with a method per way the site lists them."""

    def published(self) -> "ArticlePageQuerySet":
        """Live, public articles, newest first."""
        return self.live().public().order_by("-first_published_at", "-pk")

    def for_cards(self) -> "ArticlePageQuerySet":
        """Everything an article card prints: image and renditions, authors; no body."""
        images = get_image_model().objects.prefetch_renditions(*IMAGE_VARIANTS["card"].specs)
        return self.defer_streamfields().prefetch_related(
            Prefetch("hero_image", queryset=images),
            "authors__author",
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


def attach_categories(articles: Iterable["ArticlePage"]) -> list["ArticlePage"]:
    """Set `category` on each article from one query, and return them as a list.

    An article's category is its parent page: fetching it per article would cost a query
    per card, so the parents of the whole list are read at once by their tree paths.
    """
    from .models import CategoryPage

    articles = list(articles)
    parent_paths = {article.path[: -Page.steplen] for article in articles}
    if not parent_paths:
        return articles
    categories = {
        category.path: category
        for category in CategoryPage.objects.filter(path__in=parent_paths).defer_streamfields()
    }
    for article in articles:
        article.category = categories.get(article.path[: -Page.steplen])
    return articles
