"""The sections of /sitemap.xml: Wagtail's pages, then the author, tag and series pages, the
hubs of games and products, and the release calendar.

Pages come from Wagtail's sitemap generator; the others are Django views, listed by Django
sitemaps. Every address starts with the Wagtail Site's root URL, as the pages' canonical
links do.
"""

from datetime import datetime
from functools import cached_property
from urllib.parse import SplitResult, urlsplit

from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Case, Max, OuterRef, QuerySet, Subquery, When
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from taggit.models import Tag
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page, Site

from magazine.articles.models import ArticlePage
from magazine.articles.querysets import ArticlePageQuerySet, is_public, latest_note_date
from magazine.authors.models import Author
from magazine.reviews.models import Game, Product
from magazine.series.models import Series

from .indexable import in_publication_window, indexable_articles


class SiteRootedSitemap(Sitemap):
    """A Django sitemap for one request, its addresses on the Wagtail Site's root URL.

    Django would start them with the request's host; the Site's root URL is what Wagtail
    puts before every page's address, so all the addresses of a sitemap share one origin.
    """

    latest_lastmod: datetime | None = None

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    @cached_property
    def site(self) -> Site:
        """The Wagtail Site serving the request (the default one for an unknown host)."""
        return Site.find_for_request(self.request)

    @cached_property
    def root_url(self) -> SplitResult:
        return urlsplit(self.site.root_url)

    def get_protocol(self, protocol: str | None = None) -> str:
        return self.root_url.scheme

    def get_domain(self, site=None) -> str:
        return self.root_url.netloc


class SitemapSection:
    """What the sections of /sitemap.xml share: files of at most `limit` URLs, cheap dates.

    `limit` is also the most URLs /sitemap.xml lists itself before it becomes an index.
    """

    # sitemaps.org: one sitemap file lists at most 50 000 URLs.
    limit = 50_000
    # The field (or annotation) of `items()` that each URL's lastmod comes from.
    lastmod_field = "last_published_at"
    latest_lastmod: datetime | None = None

    @cached_property
    def paginator(self) -> Paginator:
        """The section's items in files of `limit`, counted once a request.

        Django builds a new paginator, and counts again, each time it reads this.
        """
        return Paginator(self.items(), self.limit)

    def get_latest_lastmod(self) -> datetime | None:
        """The newest lastmod of the section, in one query (Django's reads every item)."""
        self.latest_lastmod = self.items().aggregate(latest=Max(self.lastmod_field))["latest"]
        return self.latest_lastmod


class PageSitemap(SitemapSection, WagtailSitemap):
    """The site's indexable pages: home, categories, articles, information pages.

    Each page gives its URLs through Wagtail's `get_sitemap_urls()`: a category its first
    page of articles only, the one without `?page=`. Pages come as their specific class
    with only Page's fields loaded (one query whatever their types): an override of
    `get_sitemap_urls()` reading its model's own fields would cost a query per page. An
    article's lastmod (`ArticlePage.modified_at`) reads the date of its newest update note,
    annotated here; `lastmod_at` is the same rule for every page, in SQL, for the date of a
    whole file in the sitemap index.
    """

    lastmod_field = "lastmod_at"

    def items(self) -> QuerySet[Page]:
        # Cached by Django once read: no query per request.
        article_type = ContentType.objects.get_for_model(ArticlePage)
        return (
            self.get_wagtail_site()
            .root_page.get_descendants(inclusive=True)
            .live()
            .filter(is_public(), in_publication_window(timezone.now()))
            .annotate(latest_note_at=latest_note_date(ArticlePage))
            .annotate(
                lastmod_at=Case(
                    When(
                        content_type=article_type,
                        then=Coalesce("latest_note_at", "first_published_at"),
                    ),
                    default=Coalesce("last_published_at", "latest_revision_created_at"),
                )
            )
            .order_by("path")
            .specific(defer=True)
        )


def latest_article_date(articles: ArticlePageQuerySet) -> Subquery:
    """When the latest of `articles` (referring to their item via OuterRef) was last
    published: the last time the page listing them changed."""
    return Subquery(articles.order_by("-last_published_at").values("last_published_at")[:1])


def with_latest_article(items: QuerySet, articles: ArticlePageQuerySet) -> QuerySet:
    """`items` that `articles` refer to (via OuterRef), each with `latest_article_at`
    (`latest_article_date`).

    Items without any are left out, since their page lists nothing (an author, a series) or
    is a 404 (a tag).
    """
    return items.annotate(latest_article_at=latest_article_date(articles)).filter(
        latest_article_at__isnull=False
    )


class ListingSitemap(SitemapSection, SiteRootedSitemap):
    """Pages outside the page tree that list articles, each dated by its latest article
    (`latest_article_at`, annotated by `items()`), at the address `location()` gives or
    else the item's `get_absolute_url()`."""

    lastmod_field = "latest_article_at"

    def lastmod(self, item) -> datetime | None:
        return item.latest_article_at


class AuthorSitemap(ListingSitemap):
    """The pages of the authors who sign at least one indexable article, by name."""

    def items(self) -> QuerySet[Author]:
        articles = indexable_articles(timezone.now()).filter(authors__author=OuterRef("pk"))
        return with_latest_article(Author.objects.only("slug"), articles).order_by("name", "pk")

    def location(self, author: Author) -> str:
        return reverse("authors:detail", args=[author.slug])


class TagSitemap(ListingSitemap):
    """The pages of the tags that at least one indexable article carries, by name."""

    def items(self) -> QuerySet[Tag]:
        articles = indexable_articles(timezone.now()).filter(tagged_items__tag=OuterRef("pk"))
        return with_latest_article(Tag.objects.only("slug"), articles).order_by("name", "pk")

    def location(self, tag: Tag) -> str:
        return reverse("tags:detail", args=[tag.slug])


class SeriesSitemap(ListingSitemap):
    """The pages of the series with at least one indexable episode, by title."""

    def items(self) -> QuerySet[Series]:
        articles = indexable_articles(timezone.now()).filter(series=OuterRef("pk"))
        return with_latest_article(Series.objects.only("slug"), articles).order_by("title", "pk")


class GameSitemap(ListingSitemap):
    """The hubs of every game, by title.

    A hub shows the game's sheet before any article is about it (a game of the release
    calendar): it is listed all the same, undated until an article dates it.
    """

    def items(self) -> QuerySet[Game]:
        articles = indexable_articles(timezone.now()).filter(subject_rows__game=OuterRef("pk"))
        return (
            Game.objects.only("slug")
            .annotate(latest_article_at=latest_article_date(articles))
            .order_by("title", "pk")
        )


class ProductSitemap(ListingSitemap):
    """The hubs of every product, by brand and name (see GameSitemap)."""

    def items(self) -> QuerySet[Product]:
        articles = indexable_articles(timezone.now()).filter(subject_rows__product=OuterRef("pk"))
        return (
            Product.objects.only("slug")
            .annotate(latest_article_at=latest_article_date(articles))
            .order_by("brand", "name", "pk")
        )


class CalendarSitemap(SitemapSection, SiteRootedSitemap):
    """The release calendar, /sorties/ (its platforms' calendars are linked from it).

    Undated: it changes as games are rescheduled and as each day takes the past releases
    off it, and no date records either.
    """

    def items(self) -> list[str]:
        return ["reviews:calendar"]

    def location(self, name: str) -> str:
        return reverse(name)

    def get_latest_lastmod(self) -> None:
        return None


def site_sections(request: HttpRequest) -> dict[str, SitemapSection]:
    """The sections of /sitemap.xml for `request`, by their name in /sitemap-<name>.xml."""
    return {
        "pages": PageSitemap(request),
        "authors": AuthorSitemap(request),
        "tags": TagSitemap(request),
        "series": SeriesSitemap(request),
        "games": GameSitemap(request),
        "products": ProductSitemap(request),
        "releases": CalendarSitemap(request),
    }


def fits_in_one_file(sections: dict[str, SitemapSection]) -> bool:
    """Whether the sections' URLs, together, fit in one sitemap file."""
    return sum(section.paginator.count for section in sections.values()) <= SitemapSection.limit
