"""Template tags that print a page's meta tags and structured data, one per kind of page.

Each renders `includes/page_meta.html` from the `PageMeta` that magazine/seo/metadata.py
builds; base.html calls `page_meta` in its `meta` block, which page templates override with
their own tag. Descriptions fall back on the tagline base.html puts in the context.
"""

from django import template
from django.core.paginator import Page as ListingPage
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from taggit.models import Tag
from wagtail.models import Page

from magazine.articles.models import ArticlePage, CategoryPage
from magazine.authors.models import Author
from magazine.cache.fragments import page_piece
from magazine.comments.models import Comment
from magazine.reviews.models import Game, Product
from magazine.seo import metadata
from magazine.seo.structured_data import json_ld
from magazine.series.models import Series

register = template.Library()

META_TEMPLATE = "includes/page_meta.html"


def tagline(context: template.Context) -> str:
    """The site's tagline, set by base.html: the description of last resort."""
    return context.get("site_tagline", "")


@register.inclusion_tag(META_TEMPLATE, takes_context=True)
def page_meta(context: template.Context) -> dict:
    """A page of the tree without a tag of its own, such as an information page."""
    page: Page = context["page"]
    return {"meta": metadata.page_meta(context["request"], page, tagline(context))}


@register.simple_tag(takes_context=True)
def home_meta(context: template.Context, page: Page) -> SafeString:
    """The home page: the site with its search, and the magazine as an organisation (a
    fifth of the page's time, kept in the cache until the next change)."""
    request = context["request"]

    def render() -> str:
        meta = metadata.home_meta(request, page, tagline(context))
        return render_to_string(META_TEMPLATE, {"meta": meta})

    return page_piece(request, "home-meta", (page.pk,), render)


@register.simple_tag(takes_context=True)
def category_meta(
    context: template.Context, page: CategoryPage, listing: ListingPage
) -> SafeString:
    """A category, on the page of its listing shown (kept until the next change)."""
    request = context["request"]

    def render() -> str:
        meta = metadata.category_meta(request, page, listing, tagline(context))
        return render_to_string(META_TEMPLATE, {"meta": meta})

    return page_piece(request, "category-meta", (page.pk, listing.number), render)


@register.simple_tag(takes_context=True)
def article_meta(
    context: template.Context, page: ArticlePage, category: CategoryPage
) -> SafeString:
    """An article in its category: kept in the cache until the next change (its images'
    renditions in three ratios, the publisher, the social profiles cost the article page a
    sixth of its time); never for a preview, which shows what is not published."""
    request = context["request"]

    def render() -> str:
        meta = metadata.article_meta(request, page, category)
        return render_to_string(META_TEMPLATE, {"meta": meta})

    return page_piece(request, "article-meta", (page.pk,), render)


@register.inclusion_tag(META_TEMPLATE, takes_context=True)
def author_meta(context: template.Context, author: Author, listing: ListingPage) -> dict:
    """An author's page, on the page of their articles shown."""
    return {"meta": metadata.author_meta(context["request"], author, listing)}


@register.inclusion_tag(META_TEMPLATE, takes_context=True)
def tag_meta(context: template.Context, tag: Tag, listing: ListingPage) -> dict:
    """A tag's page, on the page of its articles shown."""
    return {"meta": metadata.tag_meta(context["request"], tag, listing)}


@register.inclusion_tag(META_TEMPLATE, takes_context=True)
def hub_meta(context: template.Context, item: Game | Product, listing: ListingPage) -> dict:
    """A game's or a product's hub, on the page of its articles shown."""
    return {"meta": metadata.hub_meta(context["request"], item, listing)}


@register.inclusion_tag(META_TEMPLATE, takes_context=True)
def series_meta(context: template.Context, series: Series, listing: ListingPage) -> dict:
    """A series' page, on the page of its episodes shown."""
    return {"meta": metadata.series_meta(context["request"], series, listing)}


@register.inclusion_tag(META_TEMPLATE, takes_context=True)
def category_tests_meta(
    context: template.Context, category: CategoryPage, listing: ListingPage
) -> dict:
    """A category's tests, on the page of them shown."""
    return {"meta": metadata.category_tests_meta(context["request"], category, listing)}


@register.inclusion_tag(META_TEMPLATE, takes_context=True)
def calendar_meta(context: template.Context, platform: str) -> dict:
    """The release calendar, on every platform or on `platform`."""
    return {"meta": metadata.calendar_meta(context["request"], platform)}


@register.inclusion_tag(META_TEMPLATE, takes_context=True)
def search_meta(context: template.Context, text: str, listing: ListingPage | None) -> dict:
    """The search results for `text` (not indexed)."""
    return {"meta": metadata.search_meta(context["request"], text, listing)}


@register.inclusion_tag(META_TEMPLATE, takes_context=True)
def reply_meta(context: template.Context, comment: Comment, article: ArticlePage) -> dict:
    """The page to reply to `comment` on `article` (not indexed)."""
    return {"meta": metadata.reply_meta(context["request"], comment, article)}


@register.inclusion_tag(META_TEMPLATE, takes_context=True)
def noindex_meta(context: template.Context, title: str, description: str) -> dict:
    """A page kept out of search engines (error pages, the Mastodon share page)."""
    return {"meta": metadata.noindex_meta(context["request"], title, description)}


@register.filter(name="json_ld")
def json_ld_filter(data: dict) -> SafeString:
    """Return `data` as a JSON-LD script element whose values cannot end it."""
    return json_ld(data)
