"""What a game's or a product's hub shows: the articles about it and its latest test."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q

from magazine.articles.models import ArticlePage
from magazine.articles.querysets import ArticlePageQuerySet
from magazine.articles.review_blocks import subject_refs

from .models import ArticleSubject, Game, Product, RatingScale, ScoredTest


def subject_filter(item: Game | Product) -> Q:
    """The rows of the subject table about `item`."""
    return Q(game=item) if isinstance(item, Game) else Q(product=item)


def articles_about(item: Game | Product) -> ArticlePageQuerySet:
    """The live, public articles that show or name `item`, newest first."""
    rows = ArticleSubject.objects.filter(subject_filter(item)).values("article_id")
    return ArticlePage.objects.published().filter(pk__in=rows)


@dataclass(frozen=True)
class LatestReview(ScoredTest):
    """The newest live test of an item: the article, and its score when it has one."""

    article: ArticlePage
    scale: RatingScale | None
    score: Decimal | None


def latest_review(item: Game | Product) -> LatestReview | None:
    """The newest live, public test of `item`, or None."""
    row = (
        ArticleSubject.objects.filter(subject_filter(item), role=ArticleSubject.Role.REVIEW)
        .filter(article__in=ArticlePage.objects.published())
        .select_related("scale")
        .prefetch_related("scale__ranges")
        .order_by("-article__first_published_at", "-article_id")
        .first()
    )
    if row is None:
        return None
    article = ArticlePage.objects.defer_streamfields().get(pk=row.article_id)
    return LatestReview(article=article, scale=row.scale, score=row.score)


def tested_item_filter(article: ArticlePage) -> Q | None:
    """The subject rows of tests of the item `article` tests, or None if it is no test."""
    ref = next((ref for ref in subject_refs(article.body.raw_data) if ref.role == "review"), None)
    if ref is None:
        return None
    return Q(game_id=ref.game_id) if ref.game_id else Q(product_id=ref.product_id)


def newer_tests(article: ArticlePage, limit: int = 3) -> list[ArticlePage]:
    """The live, public tests of the same game or product published after `article`,
    newest first."""
    item = tested_item_filter(article)
    if item is None or article.first_published_at is None:
        return []
    rows = ArticleSubject.objects.filter(item, role=ArticleSubject.Role.REVIEW)
    return list(
        ArticlePage.objects.published()
        .defer_streamfields()
        .filter(pk__in=rows.values("article_id"), first_published_at__gt=article.first_published_at)
        .exclude(pk=article.pk)
        .order_by("-first_published_at")[:limit]
    )
