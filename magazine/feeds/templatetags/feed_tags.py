"""Feed discovery: the <link rel="alternate"> of the feeds a page belongs to."""

from dataclasses import dataclass

from django import template
from django.urls import reverse

from taggit.models import Tag
from wagtail.models import Site

from magazine.articles.models import ArticlePage, CategoryPage
from magazine.authors.models import Author
from magazine.feeds.titles import feed_title, tag_subject

register = template.Library()


@dataclass(frozen=True)
class FeedLink:
    """A feed in both its formats, as a page announces it."""

    title: str
    rss_url: str
    atom_url: str


def feed_link(title: str, name: str, *args: str) -> FeedLink:
    """Return the feed whose URLs are named `name` and `name`_atom, with these arguments."""
    return FeedLink(
        title=title,
        rss_url=reverse(f"feeds:{name}", args=args),
        atom_url=reverse(f"feeds:{name}_atom", args=args),
    )


@register.inclusion_tag("includes/feed_links.html", takes_context=True)
def feed_links(context: template.Context) -> dict:
    """Render the links to the feeds of what the page shows, and to the site's feed.

    A listing (category, author, tag) announces its own feed first, since readers and
    browsers offer the first one; an article announces the site's, then its category's.
    No query: the site is the request's, already found, and the rest is in the context.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    site_feed = feed_link(feed_title(site), "site")
    page, category = context.get("page"), context.get("category")
    author, tag = context.get("author"), context.get("tag")
    if isinstance(page, CategoryPage):
        feeds = [feed_link(feed_title(site, page.title), "category", page.slug), site_feed]
    elif isinstance(page, ArticlePage) and isinstance(category, CategoryPage):
        feeds = [site_feed, feed_link(feed_title(site, category.title), "category", category.slug)]
    elif isinstance(author, Author):
        feeds = [feed_link(feed_title(site, author.name), "author", author.slug), site_feed]
    elif isinstance(tag, Tag):
        feeds = [feed_link(feed_title(site, tag_subject(tag.name)), "tag", tag.slug), site_feed]
    else:
        feeds = [site_feed]
    return {"feeds": feeds}
