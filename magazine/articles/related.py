"""« Publications similaires »: editor picks first, then the closest published articles."""

from typing import NamedTuple

from django.http import HttpRequest

from wagtail.models import Page

from magazine.cache.fragments import generation_cached
from magazine.cache.tags import (
    RELATED_ANY,
    related_by_category_tag,
    related_by_tag_tag,
    tag_request,
)

from .cards import card_refs, cards_by_id, in_order
from .models import ArticlePage
from .refs import CardRef

RELATED_ARTICLES_COUNT = 4


class RelatedChoice(NamedTuple):
    """The related articles chosen for a page, and the cache tags of the articles that
    would enter the list if published now (see `openings`)."""

    ids: list[int]
    openings: list[str]


def related_choice(page: ArticlePage, limit: int = RELATED_ARTICLES_COUNT) -> RelatedChoice:
    """The ids of up to `limit` live, public articles to read after `page`, in order.

    The editor's picks come first in their order; the rest is filled with the articles
    sharing the most tags, then those of the same category, then the most recent. The page
    itself, drafts and private pages never appear. Choosing them weighs every article of
    the site, so the choice is kept in the cache until the next publish.
    """

    def choose() -> RelatedChoice:
        similar = ArticlePage.objects.published().similar_to(page)
        rows = list(similar.values_list("pk", "pick_order", "shared_tags", "same_category")[:limit])
        return RelatedChoice([row[0] for row in rows], openings(page, rows, limit))

    return generation_cached("related", (page.pk, limit), choose)


def openings(page: ArticlePage, rows: list[tuple], limit: int) -> list[str]:
    """The cache tags under which a newly published article would enter `page`'s list.

    A new article is the newest, so it takes the place of the list's last one as soon as it
    ranks as high on the criteria before the date: sharing a tag if the last one shares
    some, or else being of the same category if the last one is. A list that is short, or
    ends with articles related by date alone, opens to any article. Every publish purges
    the tags of the article's own tags, category and RELATED_ANY
    (ArticlePage.listing_cache_tags), so the cache in front drops exactly these pages.
    """
    if len(rows) < limit:
        return [RELATED_ANY]
    _pk, pick_order, shared_tags, same_category = rows[-1]
    if pick_order is not None:  # the editor picked every one: no article enters
        return []
    if not (shared_tags or same_category):
        return [RELATED_ANY]
    tag_ids = ArticlePage.tags.through.objects.filter(content_object_id=page.pk)
    tags = [related_by_tag_tag(tag_id) for tag_id in tag_ids.values_list("tag_id", flat=True)]
    if not shared_tags:
        tags.append(related_by_category_tag(page.path[: -Page.steplen]))
    return tags


def similar_articles(
    page: ArticlePage, request: HttpRequest | None = None, limit: int = RELATED_ARTICLES_COUNT
) -> list[ArticlePage]:
    """The articles of related_choice(), ready for cards, still live and public."""
    chosen = related_choice(page, limit).ids
    return in_order(chosen, cards_by_id(chosen, request))


def similar_cards(
    page: ArticlePage, request: HttpRequest | None = None, limit: int = RELATED_ARTICLES_COUNT
) -> list[CardRef]:
    """References to the cards of related_choice() still live and public, for card_html.

    The response being made for `request` carries the list's openings, so that publishing
    an article that would enter it purges the page from the cache in front.
    """
    chosen = related_choice(page, limit)
    if request is not None:
        tag_request(request, *chosen.openings)
    return in_order(chosen.ids, card_refs(chosen.ids))
