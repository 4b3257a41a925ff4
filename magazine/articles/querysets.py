"""Article querysets that fetch, in a fixed number of queries, what listings print.

This module sits below `models`: it reaches the article's inlines through `self.model`
and the ORM, never by importing the models that use it.
"""

from django.db.models import (
    Case,
    Count,
    DateTimeField,
    Exists,
    F,
    IntegerField,
    Max,
    Model,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Substr

from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from .images import prefetch_renditions

# The rows of the subjects relation (magazine/reviews, which stands on this app: named by
# their relation only) with their scales and words: three queries, whatever the articles.
TEST_SCORE_PREFETCH = ("subject_rows__scale__ranges",)


def is_public() -> Q:
    """A filter keeping pages that no view restriction covers (neither theirs nor an ancestor's).

    Wagtail's `public()` reads every restriction in a query of its own each time it is
    called; this does the same in a subquery of the listing's own query.
    """
    covering = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
    )
    return ~Q(Exists(covering))


class ArticlePageQuerySet(PageQuerySet):
    """Querysets of articles, with a method per way the site lists them."""

    def published(self) -> "ArticlePageQuerySet":
        """Live, public articles, newest first."""
        return self.live().filter(is_public()).order_by("-first_published_at", "-pk")

    def for_cards(self) -> "ArticlePageQuerySet":
        """Everything an article card prints: image and renditions, authors; no body.

        Hero renditions come along too, for the card that leads a page.
        """
        return (
            self.defer_streamfields()
            .select_related("hero_image")
            .prefetch_related(prefetch_renditions("hero_image", "card", "hero"))
            .with_authors()
            .with_comment_count()
            .with_test_scores()
        )

    def with_test_scores(self) -> "ArticlePageQuerySet":
        """With the score of their test, when they are one (`ArticlePage.test_review`): the
        subjects relation of magazine/reviews, its scales and their words."""
        return self.prefetch_related(*TEST_SCORE_PREFETCH)

    def with_latest_note(self) -> "ArticlePageQuerySet":
        """These articles, each with `latest_note_at`: the date of its newest update or
        correction note, None without one, in the same query (`ArticlePage.updated_at`)."""
        return self.annotate(latest_note_at=latest_note_date(self.model))

    def with_comment_count(self) -> "ArticlePageQuerySet":
        """These articles, each with `comment_count`: its approved comments, in the same query.

        The comments app stands on this one, so its model is reached through the reverse
        relation it declares (`comments`) and its `approved()` queryset, never imported.
        """
        comments = self.model._meta.get_field("comments").related_model
        counts = (
            comments.objects.approved()
            .filter(article=OuterRef("pk"))
            .order_by()
            .values("article")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(
            comment_count=Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))
        )

    def with_authors(self) -> "ArticlePageQuerySet":
        """These articles with their authors, in signing order, fetched in one query."""
        author_links = self.model._meta.get_field("authors").related_model
        return self.prefetch_related(
            Prefetch("authors", queryset=author_links.objects.select_related("author"))
        )

    def featuring(self, article_id: int | None) -> "ArticlePageQuerySet":
        """These articles, newest first, with `article_id` first and marked `is_featured`.

        The one rule for featuring an article, on the home page and on a category page: it
        is featured only if it belongs to this queryset (live and public: `published()`), so
        a draft, unpublished or view-restricted article is never featured, and it is listed
        once, in the same query as the others.
        """
        return self.annotate(
            is_featured=Case(
                When(pk=article_id or 0, then=Value(True)),
                default=Value(False),
            )
        ).order_by("-is_featured", "-first_published_at", "-pk")

    def similar_to(self, page: Page) -> "ArticlePageQuerySet":
        """These articles but `page`, in the order to read them after it.

        The editor's picks come first in their order, then the articles sharing the most
        tags with `page`, then those of its category, then the most recent.
        """
        picks = self.model._meta.get_field("related_articles").related_model
        pick_order = picks.objects.filter(page_id=page.pk, article_id=OuterRef("pk")).values(
            "sort_order"
        )[:1]
        page_tags = self.model.tags.through.objects.filter(content_object_id=page.pk)
        parent_path = page.path[: -Page.steplen]
        return (
            self.exclude(pk=page.pk)
            .annotate(
                pick_order=Subquery(pick_order, output_field=IntegerField()),
                shared_tags=Count(
                    "tagged_items", filter=Q(tagged_items__tag_id__in=page_tags.values("tag_id"))
                ),
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
            )
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


def latest_note_date(article_model: type[Model]) -> Subquery:
    """The date of the newest update or correction note of the outer query's page, None
    without one (or if it is no article)."""
    notes = article_model._meta.get_field("updates").related_model
    latest = (
        notes.objects.filter(page=OuterRef("pk"))
        .order_by()
        .values("page")
        .annotate(latest=Max("date"))
        .values("latest")
    )
    return Subquery(latest, output_field=DateTimeField())
