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
from magazine.cache.generations import renew_comment_generation
from magazine.comments.counts import forget_pending_count
from magazine.comments.models import Comment, normalize_email

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
# The fields comment_fields() sets.
UPDATED_FIELDS = ("name", "email", "website", "body", "status", "created_at")


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
    # Comment.save() would normalise it; comments are saved in bulk, without save().
    email = normalize_email(comment.email)
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

    Runs inside the post's transaction: a post that fails takes its comments with it. The
    queries are the same few whatever the number of comments: the rows already imported in
    one, then the thread's first comments, their replies (which need their ids) and the
    ledger's rows, each written in bulk.
    """
    kept = kept_comments(item.comments, report)
    known = ledger.known_many("comment", [entry.comment.comment_id for entry in kept])
    existing = Comment.objects.in_bulk([row.object_id for row in known.values()] if known else [])
    ours: dict[int, Comment] = {}
    created: list[Comment] = []
    updated: list[Comment] = []
    remembered: list[tuple[int, Comment, str]] = []
    # First comments, then replies: kept_comments() sorts them so, and a reply answers a
    # first comment, whose id it needs.
    for replies in (False, True):
        new: list[Comment] = []
        changed: list[Comment] = []
        for entry in kept:
            if (entry.answers is not None) is not replies:
                continue
            wp_id = entry.comment.comment_id
            digest = comment_digest(entry.comment, entry.answers)
            row = known.get(str(wp_id))
            comment = existing.get(row.object_id) if row is not None else None
            if comment is not None and row.digest == digest:
                ours[wp_id] = comment
                report.count("comment", "unchanged")
                continue
            if comment is None:
                comment = Comment(article=article)
                new.append(comment)
            else:
                changed.append(comment)
            for name, value in comment_fields(entry.comment, item).items():
                setattr(comment, name, value)
            comment.parent = ours.get(entry.answers) if entry.answers is not None else None
            ours[wp_id] = comment
            remembered.append((wp_id, comment, digest))
        Comment.objects.bulk_create(new)
        if changed:
            Comment.objects.bulk_update(changed, [*UPDATED_FIELDS, "parent"])
        created += new
        updated += changed
    ledger.remember_many("comment", remembered)
    report.count("comment", "created", len(created))
    report.count("comment", "updated", len(updated))
    saved_in_bulk(created, updated)


def saved_in_bulk(created: list[Comment], updated: list[Comment]) -> None:
    """Do once for comments saved in bulk what Comment's post_save receivers do per save.

    Bulk saves send no signal. The moderators' count of held comments is forgotten; the
    comment generation is renewed unless every save is a new comment held for moderation,
    which readers do not see (the rule of magazine.comments.changes.comment_saved).
    """
    if not created and not updated:
        return
    forget_pending_count()
    if updated or any(comment.status == Comment.Status.APPROVED for comment in created):
        renew_comment_generation()
