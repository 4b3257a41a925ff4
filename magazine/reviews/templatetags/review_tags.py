"""Template tags of tests: the notice an old test shows, and whether it shows one; whether a
category has tests to list; the links from an article to the hubs of what it is about.

The article's page is a piece kept in the cache until the content changes; the notice
depends on the day as well. `review_age` gives the piece one more part of its key, which
changes on the day the test becomes old, so the piece is rebuilt then and not before.
"""

from django import template
from django.http import HttpRequest
from django.utils import timezone

from magazine.articles.models import ArticlePage, CategoryPage
from magazine.cache.tags import page_tag, tag_request
from magazine.reviews.ages import is_old
from magazine.reviews.hubs import newer_tests, tested_item_filter
from magazine.reviews.listings import has_tests
from magazine.reviews.models import ReviewSettings
from magazine.reviews.subjects import article_subjects

register = template.Library()


def shows_age(request: HttpRequest | None, page: ArticlePage) -> bool:
    """Whether `page` is a test older than the site's setting, today."""
    if request is None or tested_item_filter(page) is None:
        return False
    months = ReviewSettings.for_request(request).old_after_months
    return is_old(page.first_published_at, months, timezone.now())


@register.simple_tag(takes_context=True)
def review_age(context: template.Context, page: ArticlePage) -> str:
    """« old » for a test that shows its age today, else "": a part of the article piece's
    key (templates/articles/article_page.html)."""
    return "old" if shows_age(context.get("request"), page) else ""


@register.inclusion_tag("includes/review_age_notice.html", takes_context=True)
def review_age_notice(context: template.Context, page: ArticlePage) -> dict:
    """« Ce test date de … » on an old test, with our newer tests of the same item."""
    request = context.get("request")
    if not shows_age(request, page):
        return {"published_at": None}
    newer = newer_tests(page)
    tag_request(request, *(page_tag(article.pk) for article in newer))
    return {"published_at": page.first_published_at, "newer": newer, "request": request}


@register.simple_tag
def category_has_tests(category: CategoryPage) -> bool:
    """Whether `category` has a live test, for its link to « Nos tests »."""
    return has_tests(category)


@register.inclusion_tag("includes/subject_links.html", takes_context=True)
def subject_links(context: template.Context, page: ArticlePage) -> dict:
    """Links to the hubs of the games and products the article shows or names."""
    subjects = article_subjects(page)
    request = context.get("request")
    if request is not None:
        # Kept with the article's piece: a renamed game purges the pages linking to it.
        tag_request(request, *(item.cache_tag() for item in subjects))
    return {"subjects": subjects}
