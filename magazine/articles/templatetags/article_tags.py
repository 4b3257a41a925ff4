"""Template helpers for articles: French dates and spacing, images, related articles."""

import re
from datetime import datetime

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe

from wagtail.images.models import AbstractImage, ResponsiveImage
from wagtail.images.shortcuts import get_renditions_or_not_found

from magazine.articles.body_cache import cached_body_html
from magazine.articles.card_html import cards_html
from magazine.articles.episodes import series_position
from magazine.articles.images import IMAGE_VARIANTS
from magazine.articles.models import ArticlePage, CategoryPage
from magazine.articles.related import similar_cards

register = template.Library()

NARROW_NBSP = "\u202f"
# A plain space before : ; ? ! or », and after «.
FRENCH_SPACES = re.compile(r" (?=[:;?!»])")
FRENCH_SPACES_AFTER = re.compile(r"(?<=«) ")


@register.filter
def french_date(value: datetime | None) -> str:
    """Return a date as French readers write it: « 1er mars 2026 », « 24 novembre 2026 »."""
    if not value:
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {date_format(value, 'F Y')}"


@register.filter
def french_spacing(value: str) -> str:
    """Return text whose spaces before « : ; ? ! » and inside « guillemets » never break.

    French puts a space before double punctuation; a line must not start with the mark.
    """
    return FRENCH_SPACES.sub(NARROW_NBSP, FRENCH_SPACES_AFTER.sub(NARROW_NBSP, str(value or "")))


@register.simple_tag
def srcset_variant(image: AbstractImage | None, variant: str, **attrs) -> ResponsiveImage | str:
    """Return Wagtail's srcset <img> of `image` in the renditions `variant` declares.

    What `{% srcset_image %}` renders, but with the specs of IMAGE_VARIANTS: that tag takes
    its specs only as literals of the template, and listings prefetch these same specs.
    """
    if image is None:
        return ""
    declared = IMAGE_VARIANTS[variant]
    renditions = get_renditions_or_not_found(image, declared.specs)
    return ResponsiveImage(renditions, {"sizes": declared.sizes, **attrs})


@register.simple_tag
def article_body(page: ArticlePage) -> SafeString:
    """Render the body with its table of contents, from the cache once rendered."""

    def render() -> str:
        return render_to_string("includes/article_body.html", {"outline": page.outline})

    return mark_safe(cached_body_html(page.body_digest, render))  # noqa: S308 -- our template's output


@register.simple_tag(takes_context=True)
def article_main(
    context: template.Context, page: ArticlePage, category: CategoryPage
) -> SafeString:
    """The article itself: header, byline, hero, body, tags, share links, follow box.

    Kept in the cache with the related articles by article_page.html's `{% piece %}`.
    """
    return render_to_string(
        "includes/article_main.html",
        {"page": page, "category": category},
        context.get("request"),
    )


@register.simple_tag(takes_context=True)
def article_cards(
    context: template.Context,
    articles,
    show_category: bool = False,
    show_standfirst: bool = False,
) -> list[SafeString]:
    """The HTML of the cards of a grid (article_grid.html), from the cache once rendered."""
    return cards_html(
        list(articles),
        context.get("request"),
        show_category=bool(show_category),
        show_standfirst=bool(show_standfirst),
    )


@register.simple_tag(takes_context=True)
def lead_card(
    context: template.Context, article: ArticlePage, show_category: bool = False
) -> SafeString:
    """The HTML of a lead card (the home page's lead, a category's featured article)."""
    [html] = cards_html(
        [article],
        context.get("request"),
        lead=True,
        heading_level=2,
        show_category=bool(show_category),
    )
    return html


@register.inclusion_tag("includes/related_articles.html", takes_context=True)
def related_articles(context: template.Context, article: ArticlePage) -> dict:
    """Render « Publications similaires » for `article`: picks first, then the closest."""
    request = context.get("request")
    return {"articles": similar_cards(article, request), "request": request}


@register.inclusion_tag("includes/series_nav.html", takes_context=True)
def series_navigation(context: template.Context, article: ArticlePage) -> dict:
    """« Épisode 3 sur 7 », the previous and next episodes, the series' page."""
    return {"position": series_position(article), "request": context.get("request")}
