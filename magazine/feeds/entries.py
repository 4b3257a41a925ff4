"""The articles a feed lists, fetched with everything their entries print in a fixed number
of queries."""

from django.db.models import Prefetch, Q
from django.http import HttpRequest
from django.utils import timezone

from magazine.articles.categories import attach_categories
from magazine.articles.models import ArticlePage, ArticlePageTag
from magazine.articles.querysets import ArticlePageQuerySet

from .enclosures import prefetch_enclosures

# How many articles a feed lists: the newest, enough for a reader who checks once a week.
FEED_LENGTH = 20


def in_feeds(articles: ArticlePageQuerySet) -> ArticlePageQuerySet:
    """Of `articles`, the live and public ones whose time has come, newest first.

    `published()` is the site's rule (live, no view restriction on the article or above it);
    a feed also leaves out an article whose expiry date has passed before Wagtail's scheduler
    has unpublished it, and one dated in the future: a reader's feed keeps what it has seen.
    """
    now = timezone.now()
    return articles.published().filter(
        Q(expire_at__isnull=True) | Q(expire_at__gt=now), first_published_at__lte=now
    )


def feed_entries(articles: ArticlePageQuerySet, request: HttpRequest) -> list[ArticlePage]:
    """Return the newest `FEED_LENGTH` of `articles` that feeds show, ready for their entries.

    One query for the articles with the date of their newest note (body left out: the full
    content comes from the cache, see content.py), one each for their authors, tags and
    enclosure renditions, three for the scores of tests (`with_test_scores()`); categories
    come from the cached category links.
    """
    tag_links = ArticlePageTag.objects.select_related("tag").order_by("tag__name")
    entries = (
        in_feeds(articles)
        .defer_streamfields()
        .select_related("hero_image")
        .prefetch_related(Prefetch("tagged_items", queryset=tag_links), prefetch_enclosures())
        .with_authors()
        .with_latest_note()
        .with_test_scores()[:FEED_LENGTH]
    )
    return attach_categories(entries, request)
