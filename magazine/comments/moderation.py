"""What becomes of a new comment: published at once, or held for a moderator."""

from .models import Comment
from .spam import MAX_LINKS, link_count


def is_trusted(email: str) -> bool:
    """Whether `email` already has an approved comment and none marked as spam (blocked)."""
    statuses = set(
        Comment.objects.of_email(email)
        .filter(status__in=[Comment.Status.APPROVED, Comment.Status.SPAM])
        .values_list("status", flat=True)
        .distinct()
    )
    return statuses == {Comment.Status.APPROVED}


def initial_status(comment: Comment, limits_known: bool) -> str:
    """Return the status a new reader's comment starts with.

    Held for moderation unless its author is trusted; held anyway when it holds more than
    MAX_LINKS links, or when the rate limits could not be checked (the cache was down).
    """
    if limits_known and link_count(comment.body) <= MAX_LINKS and is_trusted(comment.email):
        return Comment.Status.APPROVED
    return Comment.Status.PENDING
