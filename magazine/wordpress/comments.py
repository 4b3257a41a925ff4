"""WordPress comments as the article's reader comments, moderation and dates kept.

Approved comments (`wp:comment_approved` 1) are published, held ones (0) wait for
moderation; spam and the bin are left out, and so are pingbacks and trackbacks, which are
not readers' words. Our comments have one level of replies: a reply deeper in a WordPress
thread answers the thread's first comment that is kept. Each comment is keyed by its
WordPress id, so a second run creates none twice. The author's e-mail is stored for the
newsroom, like a reader's, and never printed.
"""

import hashlib
import re
from dataclasses import dataclass

from django.utils import timezone

from bs4 import BeautifulSoup

from magazine.articles.models import ArticlePage
from magazine.comments.models import Comment

from . import wxr
from .ledger import Ledger
from .report import ImportReport

STATUSES = {"1": Comment.Status.APPROVED, "0": Comment.Status.PENDING}
# What WordPress writes in `wp:comment_approved` for comments that are not to be kept.
DISCARDED = frozenset({"spam", "trash", "post-trashed"})
PINGS = frozenset({"pingback", "trackback"})
ANONYMOUS = "Anonyme"
NAME_MAX = Comment._meta.get_field("name").max_length
WEBSITE_MAX = Comment._meta.get_field("website").max_length
EMAIL_MAX = Comment._meta.get_field("email").max_length


@dataclass(frozen=True)
class Kept:
    """A WordPress comment to import, and the WordPress id of the comment it answers."""

    comment: wxr.Comment
    answers: int | None


def kept_comments(comments: tuple[wxr.Comment, ...], report: ImportReport) -> list[Kept]:
    """Return the comments to import, top-level ones first; count those left out.

    A reply answers its highest kept ancestor, which is itself top-level: the file's order
    does not matter (a reply may come before the comment it answers).
    """
    by_id = {comment.comment_id: comment for comment in comments}
    kept_ids = set()
    for comment in comments:
        if comment.comment_type in PINGS:
            report.count("pingback", "skipped")
        elif comment.approved in DISCARDED or comment.comment_type != "comment":
            report.count("comment", "skipped")
        else:
            kept_ids.add(comment.comment_id)
    kept = []
    for comment in comments:
        if comment.comment_id not in kept_ids:
            continue
        answers, seen, parent = None, {comment.comment_id}, comment.parent
        while parent in by_id and parent not in seen:
            seen.add(parent)
            if parent in kept_ids:
                answers = parent
            parent = by_id[parent].parent
        kept.append(Kept(comment, answers))
    return sorted(kept, key=lambda entry: entry.answers is not None)


def plain_text(content: str) -> str:
    """Return a comment's text without its HTML, paragraphs kept as blank lines."""
    soup = BeautifulSoup(content, "html.parser")
    for line_break in soup.find_all("br"):
        line_break.replace_with("\n")
    for paragraph in soup.find_all("p"):
        paragraph.append("\n\n")
    lines = [line.strip() for line in soup.get_text().strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def comment_fields(comment: wxr.Comment, item: wxr.Item) -> dict:
    """Return the fields of our comment for a WordPress one."""
    website = comment.url.strip()
    if len(website) > WEBSITE_MAX or not website.startswith(("http://", "https://")):
        website = ""
    email = comment.email.strip()
    return {
        "name": (comment.author.strip() or ANONYMOUS)[:NAME_MAX],
        "email": email if len(email) <= EMAIL_MAX and "@" in email else "",
        "website": website,
        "body": plain_text(comment.content),
        "status": STATUSES.get(comment.approved, Comment.Status.PENDING),
        "created_at": comment.date or item.published_at or timezone.now(),
    }


def comment_digest(comment: wxr.Comment, answers: int | None) -> str:
    """Return a digest of what the export says of a comment and of the thread it is in."""
    return hashlib.sha256(repr((comment, answers)).encode()).hexdigest()


def import_comments(
    article: ArticlePage, item: wxr.Item, ledger: Ledger, report: ImportReport
) -> None:
    """Import the post's comments under `article`, once each, counting what was done.

    Runs inside the post's transaction: a post that fails takes its comments with it.
    """
    kept = kept_comments(item.comments, report)
    known = ledger.known_many("comment", [entry.comment.comment_id for entry in kept])
    existing = Comment.objects.in_bulk([row.object_id for row in known.values()] if known else [])
    ours: dict[int, Comment] = {}
    for entry in kept:
        wp_id = entry.comment.comment_id
        digest = comment_digest(entry.comment, entry.answers)
        row = known.get(str(wp_id))
        comment = existing.get(row.object_id) if row is not None else None
        if comment is not None and row.digest == digest:
            ours[wp_id] = comment
            report.count("comment", "unchanged")
            continue
        outcome = "created" if comment is None else "updated"
        comment = comment or Comment(article=article)
        for name, value in comment_fields(entry.comment, item).items():
            setattr(comment, name, value)
        comment.parent = ours.get(entry.answers) if entry.answers is not None else None
        comment.save()
        ledger.remember("comment", wp_id, comment, digest)
        ours[wp_id] = comment
        report.count("comment", outcome)
