"""How long shared caches keep the sitemaps and robots.txt, and how crawlers revalidate them."""

from collections.abc import Callable
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.http import HttpResponse
from django.utils.http import http_date
from django.views.decorators.cache import cache_control
from django.views.decorators.http import conditional_page, require_safe

from wagtail.models import ModelLogEntry, PageLogEntry, Site

from magazine.authors.models import Author
from magazine.reviews.models import Game, Product
from magazine.series.models import Series

# A shared cache or CDN keeps them this long; past that, crawlers and caches revalidate with
# ETag or Last-Modified, which costs the site a render but no transfer.
SITEMAP_MAX_AGE = 5 * 60
ROBOTS_MAX_AGE = 60 * 60


def cacheable(max_age: int) -> Callable:
    """Decorate a view whose response every reader shares: GET and HEAD only, public for
    `max_age` seconds, with an ETag of its body and a 304 when the client's copy is current.

    That is Django's ConditionalGetMiddleware, on these views only: the ETag is the body's
    hash, so any change to the URLs listed gives a new one.
    """

    def decorator(view: Callable) -> Callable:
        return require_safe(cache_control(public=True, max_age=max_age)(conditional_page(view)))

    return decorator


def latest_recorded_change() -> datetime | None:
    """When Wagtail's audit log last recorded anything about a page, or a change to an
    author, a series, a game, a product or a site.

    Unpublishing, deleting, moving or restricting a page, renaming an author, a series, a
    game or a product, or moving the site remove or change URLs without making any listed
    date later; the log records each of them. It records draft edits too: a date later
    than need be only costs a crawler asking If-Modified-Since a full response, never a
    stale copy.
    """
    pages = PageLogEntry.objects.aggregate(latest=Max("timestamp"))["latest"]
    content_types = ContentType.objects.get_for_models(Author, Series, Game, Product, Site).values()
    others = ModelLogEntry.objects.filter(content_type__in=content_types).aggregate(
        latest=Max("timestamp")
    )["latest"]
    return max(filter(None, (pages, others)), default=None)


def mark_last_modified(response: HttpResponse, *moments: datetime | None) -> HttpResponse:
    """Set `response`'s Last-Modified to the latest of `moments` and of the audit log.

    Django's sitemap views set it to the newest lastmod listed, which an unpublished page
    does not change: a crawler asking If-Modified-Since would be told nothing changed.
    """
    latest = max(filter(None, (*moments, latest_recorded_change())), default=None)
    if latest is not None:
        response.headers["Last-Modified"] = http_date(latest.timestamp())
    return response
