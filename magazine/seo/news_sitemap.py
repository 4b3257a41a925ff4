"""The Google News sitemap: the articles first published in the last 48 hours."""

from datetime import datetime, timedelta

from django.db.models import Max
from django.http import HttpRequest
from django.utils import timezone

from magazine.articles.models import ArticlePage
from magazine.articles.querysets import ArticlePageQuerySet

from .indexable import indexable_articles
from .sitemaps import SiteRootedSitemap

# Google News reads only the articles published in the last two days, at most 1 000 a file.
NEWS_WINDOW = timedelta(hours=48)


class NewsSitemap(SiteRootedSitemap):
    """The site's indexable articles first published in `NEWS_WINDOW`, newest first.

    At most `limit` of them, in one file: older ones are in /sitemap.xml all the same.
    """

    limit = 1000

    def __init__(self, request: HttpRequest) -> None:
        super().__init__(request)
        self.now = timezone.now()

    def site_articles(self) -> ArticlePageQuerySet:
        """The indexable articles of the site serving the request, whatever their age."""
        return indexable_articles(self.now).descendant_of(self.site.root_page)

    def items(self) -> ArticlePageQuerySet:
        return (
            self.site_articles()
            .filter(first_published_at__gte=self.now - NEWS_WINDOW)
            .defer_streamfields()
            .with_latest_note()
            .order_by("-first_published_at", "-pk")[: self.limit]
        )

    def location(self, article: ArticlePage) -> str:
        return article.relative_url(self.site, self.request)

    def lastmod(self, article: ArticlePage) -> datetime:
        return article.modified_at

    def latest_departure(self) -> datetime | None:
        """When the last article to leave the window by age left it.

        Leaving the window makes no listed date later, yet it changes the sitemap: its
        Last-Modified must pass that moment.
        """
        aged = self.site_articles().filter(first_published_at__lt=self.now - NEWS_WINDOW)
        latest = aged.aggregate(latest=Max("first_published_at"))["latest"]
        return latest + NEWS_WINDOW if latest else None
