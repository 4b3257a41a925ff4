"""Article cards rendered once and kept in the cache until the next publish.

Listings print many cards, and rendering them is most of a listing's cost. A card depends
on its article (title, standfirst, date, image, authors, category: any change renews the
content generation), on how it is shown (lead, category, standfirst, heading level), on
the site (its links) and on the number of approved comments, which is read with the
listing's own query and so is part of the key: an approved comment shows at once.
"""

from collections.abc import Sequence

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from magazine.cache.fragments import generation_cached_many, site_id
from magazine.cache.tags import page_tag, tag_request

from .cards import cards_by_id
from .models import ArticlePage
from .refs import CardRef

CARD_TEMPLATE = "includes/article_card.html"


def cards_html(
    articles: Sequence[ArticlePage | CardRef],
    request: HttpRequest | None,
    template: str = CARD_TEMPLATE,
    **options,
) -> list[SafeString]:
    """The HTML of each article's card, shown with `options` (the `template`'s variables:
    article_card.html's unless another, a search result's).

    `articles` are pages ready for cards, or references to them (a CardRef), fetched whole
    only when the cache lacks their card. The response is tagged with every article shown,
    whether its card came from the cache or not, so that a change of one purges the pages
    that list it.
    """
    site = site_id(request)
    shown = ",".join([template, *(f"{name}={value}" for name, value in sorted(options.items()))])
    parts = [(article.pk, article.comment_count, site, shown) for article in articles]

    def render(indexes: list[int]) -> list[str]:
        wanted = [articles[index] for index in indexes]
        refs = [article.pk for article in wanted if isinstance(article, CardRef)]
        pages = cards_by_id(refs, request) if refs else {}
        return [
            render_to_string(
                template, {"article": pages.get(article.pk, article), **options}, request
            )
            for article in wanted
        ]

    if request is not None:
        tag_request(request, *(page_tag(article.pk) for article in articles))
    # Our own template's output, escaped when it was rendered.
    return [mark_safe(html) for html in generation_cached_many("card", parts, render)]  # noqa: S308
