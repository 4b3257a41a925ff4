"""The dashboard panel: comments waiting for moderation."""

from django.http import HttpRequest
from django.urls import reverse

from wagtail.admin.ui.components import Component

from .models import Comment

LATEST_PENDING = 5


class PendingCommentsPanel(Component):
    """How many comments wait, and the latest few; two queries whatever their number."""

    name = "pending_comments"
    template_name = "comments/admin/pending_panel.html"
    order = 150

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def get_context_data(self, parent_context: dict | None = None) -> dict:
        pending = Comment.objects.pending()
        return {
            "count": pending.count(),
            "comments": list(pending.select_related("article")[:LATEST_PENDING]),
            "listing_url": reverse("wagtailsnippets_comments_comment:list") + "?status=pending",
            "edit_url_name": "wagtailsnippets_comments_comment:edit",
            "reply_url_name": "wagtailsnippets_comments_comment:reply",
        }
