"""WordPress posts and pages as articles and information pages: their fields, status and dates.

Each page is saved with a revision, published, scheduled or left a draft as WordPress
had it, and its dates are then set to WordPress' own: the history starts at the import,
the publication date is the original one.
"""

import html
import re
from datetime import datetime

from django.contrib.auth.models import Group
from django.utils.text import Truncator

from wagtail.models import Page, PageViewRestriction, Revision

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage, ArticlePageAuthor
from magazine.pages.models import InformationPage

from . import wxr
from .body import Body

UNTITLED = "Sans titre"
LIVE_STATUSES = {"publish", "private"}
# Blocks an information page has; the others become text or headings.
INFORMATION_BLOCKS = {"heading", "paragraph", "image", "quote"}


def decoded_title(item: wxr.Item) -> str:
    """Return the item's title with its HTML entities (and any tag) removed, or ''."""
    return re.sub(r"<[^>]+>", "", html.unescape(html.unescape(item.title))).strip()[:255]


def plain_text(markup: str) -> str:
    """Return the text of an HTML excerpt, on one line."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup or ""))
    return " ".join(text.split())


def summary(item: wxr.Item, body: Body, limit: int) -> str:
    """Return the excerpt, else the first paragraph, cut at a word under `limit` characters."""
    text = plain_text(item.excerpt) or body.first_paragraph
    return Truncator(text).chars(limit)


def fill_article(
    page: ArticlePage, item: wxr.Item, body: Body, title: str, authors: list, tags: list
) -> None:
    """Set an article's fields from a post (not its place in the tree nor its status)."""
    page.title = title
    page.standfirst = summary(item, body, 600) or title
    page.body = body.blocks
    page.authors = [
        ArticlePageAuthor(author=author, sort_order=order) for order, author in enumerate(authors)
    ]
    page.tags.set(tags)


def information_blocks(blocks: list[b.RawBlock]) -> list[b.RawBlock]:
    """Return an article body's blocks as an information page's: text where it has no block."""
    kept: list[b.RawBlock] = []
    for block in blocks:
        kind, value = block["type"], block["value"]
        if kind in INFORMATION_BLOCKS:
            kept.append(block)
        elif kind == "numbered_points":
            items = "".join(
                f"<li><b>{p['value']['title']}</b> {p['value']['body']}</li>" for p in value
            )
            kept.append(b.paragraph(f"<ol>{items}</ol>"))
        elif kind == "conclusion":
            kept.extend([b.heading(value["title"]), b.paragraph(value["body"])])
        elif kind == "embed":
            kept.append(
                b.paragraph(f'<p><a href="{html.escape(value)}">{html.escape(value)}</a></p>')
            )
    return kept


def fill_information(page: InformationPage, item: wxr.Item, body: Body, title: str) -> None:
    """Set an information page's fields from a WordPress page."""
    page.title = title
    page.introduction = summary(item, body, 300) or title
    page.body = information_blocks(body.blocks)


def restrict(page: Page, item: wxr.Item) -> None:
    """Give the page the view restriction WordPress' status asked for, and no other.

    Private posts are for signed-in users only; a password keeps Wagtail's password form.
    Set before publishing, so that the page is never public, even for an instant.
    """
    PageViewRestriction.objects.filter(page=page).delete()
    if item.password:
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password=item.password
        )
    elif item.status == "private":
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        # The newsroom reads private posts; readers never do.
        restriction.groups.set(Group.objects.filter(permissions__codename="access_admin"))


def save_with_status(page: Page, item: wxr.Item, publish: bool) -> Revision:
    """Save a revision of `page` and publish, schedule or keep it a draft as WordPress had it.

    Then date the revision and the publication as WordPress did.
    """
    restrict(page, item)
    scheduled = item.status == "future" and item.published_at is not None
    page.go_live_at = item.published_at if scheduled else None
    revision = page.save_revision()
    if publish and (item.status in LIVE_STATUSES or scheduled):
        revision.publish()
    dated(page, revision, item)
    return revision


def dated(page: Page, revision: Revision, item: wxr.Item) -> None:
    """Set the revision's and the page's dates to WordPress' own."""
    modified: datetime | None = item.modified_at or item.published_at
    if modified is None:
        return
    Revision.objects.filter(pk=revision.pk).update(created_at=modified)
    dates = {"latest_revision_created_at": modified}
    page.refresh_from_db(fields=["live", "first_published_at"])
    if page.live and item.published_at is not None:
        dates.update(first_published_at=item.published_at, last_published_at=modified)
    Page.objects.filter(pk=page.pk).update(**dates)
