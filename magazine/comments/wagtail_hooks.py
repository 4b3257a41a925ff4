"""Admin registration: the comment listing, its bulk actions, the dashboard panel, and a
button from each article to its comments."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from magazine.articles.models import ArticlePage

from .admin_views import CommentViewSet, comments_listing_url
from .bulk_actions import BULK_ACTIONS
from .changes import comments_changed
from .models import Comment
from .panels import PendingCommentsPanel

comment_viewset = CommentViewSet()
register_snippet(comment_viewset)

for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request: HttpRequest, panels: list) -> None:
    if comment_viewset.permission_policy.user_has_permission(request.user, "change"):
        panels.append(PendingCommentsPanel(request))


@hooks.register("register_snippet_listing_buttons")
def reply_button(snippet, user, next_url=None) -> list:
    if not isinstance(snippet, Comment):
        return []
    if not comment_viewset.permission_policy.user_has_permission(user, "change"):
        return []
    return [Button(_("Répondre"), comment_viewset.reply_url(snippet), icon_name="comment")]


@hooks.register("register_page_header_buttons")
def article_comments_button(page, user, next_url=None, view_name=None) -> list:
    """From an article's editor to the listing of its comments."""
    if not isinstance(page, ArticlePage):
        return []
    if not comment_viewset.permission_policy.user_has_any_permission(user, ["change", "delete"]):
        return []
    count = Comment.objects.filter(article=page).count()
    label = ngettext("%(count)d commentaire", "%(count)d commentaires", count) % {"count": count}
    url = comments_listing_url(comment_viewset, article=page.pk)
    return [Button(label, url, icon_name="comment", priority=60)]


@hooks.register("after_edit_snippet")
def purge_after_edit(request: HttpRequest, instance) -> None:
    if isinstance(instance, Comment):
        comments_changed([instance.article])


@hooks.register("after_delete_snippet")
def purge_after_delete(request: HttpRequest, instances) -> None:
    comments_changed(item.article for item in instances if isinstance(item, Comment))
