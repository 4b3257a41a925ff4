"""Article querysets that fetch, in a fixed number of queries, what listings print."""

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db.models import Exists, F, OuterRef, Prefetch, Q
from django.db.models.functions import Substr
from django.http import HttpRequest

from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from .images import prefetch_renditions

if TYPE_CHECKING:
    from .models import ArticlePage


class ArticlePageQuerySet(PageQuerySet):
    """Querysets of articles, with a method per way the site lists them."""

    def published(self) -> "ArticlePageQuerySet":
        """Live, public articles, newest first."""
        return self.live().filter(is_public()).order_by("-first_published_at", "-pk")

    def for_cards(self) -> "ArticlePageQuerySet":
        """Everything an article card prints: image and renditions, authors; no body.

        Hero renditions come along too, for the card that leads a page.
        """
        from .models import ArticlePageAuthor

        return (
            self.defer_streamfields()
            .select_related("hero_image")
            .prefetch_related(
                prefetch_renditions("hero_image", "card", "hero"),
                Prefetch("authors", queryset=ArticlePageAuthor.objects.select_related("author")),
            )
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


def is_public() -> Q:
    """A filter keeping pages that no view restriction covers (neither theirs nor an ancestor's).

    Wagtail's `public()` reads every restriction in a query of its own each time it is
    called; this does the same in a subquery of the listing's own query.
    """
    covering = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
    )
    return ~Q(Exists(covering))


def attach_categories(articles: Iterable["ArticlePage"], request: HttpRequest | None) -> list:
    """Set `category` (a CategoryLink) on each article, and return them as a list.

    An article's category is its parent page; the site's categories come from the cache,
    so cards print theirs without a query per card, or any query at all once warm.
    """
    from .categories import request_categories

    articles = list(articles)
    by_path = {category.path: category for category in request_categories(request)}
    for article in articles:
        article.category = by_path.get(article.path[: -Page.steplen])
    return articles
