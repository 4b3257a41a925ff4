"""How many comments wait for moderation, cached for the admin menu every admin page shows."""

from django.core.cache import cache

from .models import Comment

PENDING_COUNT_KEY = "comments:pending-count"
# Every change the site makes forgets the count at once; this bounds any other (raw SQL).
PENDING_COUNT_TIMEOUT = 300


def pending_count() -> int:
    """Return the number of comments waiting for moderation."""
    return cache.get_or_set(
        PENDING_COUNT_KEY, lambda: Comment.objects.pending().count(), PENDING_COUNT_TIMEOUT
    )


def forget_pending_count(**kwargs) -> None:
    """Forget the count (also a receiver of Comment's post_save and post_delete)."""
    cache.delete(PENDING_COUNT_KEY)
