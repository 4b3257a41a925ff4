"""E-mails to the newsroom about new comments waiting for moderation."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from wagtail.permission_policies import ModelPermissionPolicy

from .models import Comment

logger = logging.getLogger(__name__)


def moderators_emails() -> list[str]:
    """Return the addresses of the active users who may moderate (change) comments."""
    users = ModelPermissionPolicy(Comment).users_with_permission("change")
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def announce_pending_comment(comment_id: int) -> None:
    """Tell the moderators a comment is waiting; run once the comment is committed.

    A failure is logged, never raised: the reader's comment is saved already.
    """
    comment = Comment.objects.select_related("article").filter(pk=comment_id).first()
    recipients = moderators_emails()
    if comment is None or not recipients:
        return
    context = {
        "comment": comment,
        "moderation_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("wagtailsnippets_comments_comment:list")
        + "?status=pending",
    }
    subject = render_to_string("comments/pending_email_subject.txt", context).strip()
    body = render_to_string("comments/pending_email.txt", context)
    try:
        send_mail(subject, body, None, recipients)
    except Exception:  # SMTP refusing, DNS failing, a timeout: the comment is saved anyway
        logger.exception("Could not announce comment %s to the moderators", comment_id)
