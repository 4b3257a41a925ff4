"""WordPress posts and pages as articles and information pages: their fields, status and dates.

Each page is saved with a revision, published, scheduled or left a draft as WordPress
had it, and its dates are then set to WordPress' own: the history starts at the import,
the publication date is the original one. A new page WordPress had published is added to
the tree already live (`add_published`), as Wagtail copies a live page, rather than added
as a draft and then published, which saves it and its relations a second time.
"""

import html
import re
from datetime import datetime

from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import Truncator

from wagtail.log_actions import log
from wagtail.models import Page, PageViewRestriction, Revision
from wagtail.signals import page_published

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage, ArticlePageAuthor
from magazine.pages.models import InformationPage

from . import wxr
from .body import Body

UNTITLED = "Sans titre"
LIVE_STATUSES = {"publish", "private"}
# Blocks an information page has; the others become text or headings.
INFORMATION_BLOCKS = {"heading", "paragraph", "image", "quote"}


def decoded_title(title: str) -> str:
    """Return a title of the export with its HTML entities (and any tag) removed, or ''."""
    return re.sub(r"<[^>]+>", "", html.unescape(html.unescape(title))).strip()[:255]


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


def restrict(page: Page, item: wxr.Item, new: bool = False) -> None:
    """Give the page the view restriction WordPress' status asked for, and no other.

    Private posts are for signed-in users only; a password keeps Wagtail's password form.
    Set before publishing, so that the page is never public, even for an instant. A page
    just created has no restriction to remove.
    """
    if not new:
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


def save_with_status(page: Page, item: wxr.Item, publish: bool, new: bool = False) -> Revision:
    """Save a revision of `page` and publish, schedule or keep it a draft as WordPress had it.

    Then date the revision and the publication as WordPress did. A `new` page has no view
    restriction to remove.
    """
    restrict(page, item, new)
    scheduled = item.status == "future" and item.published_at is not None
    page.go_live_at = item.published_at if scheduled else None
    revision = page.save_revision()
    if publish and (item.status in LIVE_STATUSES or scheduled):
        revision.publish()
    dated(page, revision, item)
    return revision


def add_published(parent: Page, page: Page, item: wxr.Item) -> Revision:
    """Add `page` under `parent` published, with its first revision, dated as WordPress had it.

    For an item WordPress had live (LIVE_STATUSES). Wagtail's own way of making a page that
    is live from the start (CopyPageAction with `keep_live`): the page saved live, which
    validates it (Page.full_clean); a revision that changes nothing, recorded as the live
    one; `page_published` sent and the publication logged. The item's transaction holds it
    all, so its view restriction, set just after, is there before anyone can see the page.
    Adding a draft and publishing it costs twice the queries: publishing saves the page and
    its relations again, from a copy rebuilt from the revision.
    """
    modified = item.modified_at or item.published_at
    now = timezone.now()
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = item.published_at or now
    page.last_published_at = modified if item.published_at else now
    parent.add_child(instance=page)
    restrict(page, item, new=True)
    revision = page.save_revision(changed=False, clean=False)
    if modified is not None:
        Revision.objects.filter(pk=revision.pk).update(created_at=modified)
        revision.created_at = page.latest_revision_created_at = modified
    page.live_revision = revision
    Page.objects.filter(pk=page.pk).update(
        live_revision=revision, latest_revision_created_at=page.latest_revision_created_at
    )
    page_published.send(sender=page.specific_class, instance=page, revision=revision)
    log(instance=page, action="wagtail.publish", revision=revision, content_changed=True)
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
