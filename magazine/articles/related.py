"""Related articles: editor picks first, then the closest published articles."""

from typing import TYPE_CHECKING

from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.http import HttpRequest

from wagtail.models import Page

from .querysets import attach_categories

if TYPE_CHECKING:
    from .models import ArticlePage

RELATED_ARTICLES_COUNT = 4


def similar_articles(
    page: "ArticlePage", request: HttpRequest | None = None, limit: int = RELATED_ARTICLES_COUNT
) -> list:
    """Return up to `limit` live, public articles to read after `page`, in one query.

    The editor's picks come first in their order; the rest is filled with the articles
    sharing the most tags, then those of the same category, then the most recent. The page
    itself, drafts and private pages never appear.
    """
    from .models import ArticlePage, ArticlePageRelatedArticle, ArticlePageTag

    pick_order = ArticlePageRelatedArticle.objects.filter(
        page_id=page.pk, article_id=OuterRef("pk")
    ).values("sort_order")[:1]
    page_tags = ArticlePageTag.objects.filter(content_object_id=page.pk).values("tag_id")
    parent_path = page.path[: -Page.steplen]

    articles = (
        ArticlePage.objects.published()
        .for_cards()
        .exclude(pk=page.pk)
        .annotate(
            pick_order=Subquery(pick_order, output_field=IntegerField()),
            shared_tags=Count("tagged_items", filter=Q(tagged_items__tag_id__in=page_tags)),
            same_category=Case(
                When(path__startswith=parent_path, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
        )
        .order_by(
            F("pick_order").asc(nulls_last=True),
            "-shared_tags",
            "-same_category",
            "-first_published_at",
            "-pk",
        )[:limit]
    )
    return attach_categories(articles, request)
