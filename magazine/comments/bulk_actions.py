"""Bulk actions of the comment listing: approve, refuse, mark as spam, erase an author."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from .changes import comments_changed
from .counts import forget_pending_count
from .models import Comment


class CommentBulkAction(SnippetBulkAction):
    """An action on selected comments, for users who may change comments."""

    models = [Comment]
    template_name = "comments/admin/confirm_bulk_action.html"
    confirmation = ""

    def check_perm(self, comment: Comment) -> bool:
        return self.permission_policy.user_has_permission(self.request.user, "change")

    def get_context_data(self, **kwargs) -> dict:
        return {**super().get_context_data(**kwargs), "action": self}

    @classmethod
    def get_queryset(cls, model, object_ids):
        return model.objects.filter(pk__in=object_ids).select_related("article")


class SetStatusBulkAction(CommentBulkAction):
    """Give the selected comments one status."""

    status: str

    @classmethod
    def execute_action(cls, objects, **kwargs) -> tuple[int, int]:
        count = Comment.objects.filter(pk__in=[c.pk for c in objects]).update(status=cls.status)
        forget_pending_count()  # update() sends no signal
        comments_changed(comment.article for comment in objects)
        return count, 0

    def get_success_message(self, num_parent_objects: int, num_child_objects: int) -> str:
        return ngettext(
            "%(count)d commentaire : %(status)s.",
            "%(count)d commentaires : %(status)s.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "status": Comment.Status(self.status).label}


class ApproveBulkAction(SetStatusBulkAction):
    display_name = _("Approuver")
    action_type = "approve"
    aria_label = _("Approuver les commentaires choisis")
    status = Comment.Status.APPROVED
    confirmation = _("Ces commentaires seront publiés sous leur article :")
    action_priority = 10


class RejectBulkAction(SetStatusBulkAction):
    display_name = _("Refuser")
    action_type = "reject"
    aria_label = _("Refuser les commentaires choisis")
    status = Comment.Status.REJECTED
    confirmation = _("Ces commentaires ne seront pas publiés (ou plus) :")
    action_priority = 20


class SpamBulkAction(SetStatusBulkAction):
    display_name = _("Indésirable")
    action_type = "spam"
    aria_label = _("Marquer les commentaires choisis comme indésirables")
    status = Comment.Status.SPAM
    confirmation = _(
        "Ces commentaires seront marqués indésirables, et leurs auteurs ne seront plus "
        "publiés sans relecture :"
    )
    action_priority = 25


class EraseAuthorsBulkAction(CommentBulkAction):
    """Delete every comment written with the e-mail addresses of the selected comments.

    What a reader asks when they exercise their right to erasure: one action, whatever the
    articles they commented. Replies to their comments go with them.
    """

    display_name = _("Effacer les auteurs")
    action_type = "erase_authors"
    aria_label = _("Effacer tous les commentaires des auteurs choisis")
    confirmation = _(
        "Tous les commentaires écrits avec ces adresses, sur tous les articles, seront "
        "effacés définitivement, avec les réponses qu'on leur a faites :"
    )
    action_priority = 40
    classes = {"serious"}

    def check_perm(self, comment: Comment) -> bool:
        return self.permission_policy.user_has_permission(self.request.user, "delete")

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        emails = sorted({item["item"].email for item in context["items"] if item["item"].email})
        context["erased_count"] = Comment.objects.filter(
            Q(email__in=emails) | Q(parent__email__in=emails)
        ).count()
        context["emails"] = emails
        return context

    @classmethod
    def execute_action(cls, objects, **kwargs) -> tuple[int, int]:
        emails = {comment.email for comment in objects if comment.email}
        erased = Comment.objects.filter(email__in=emails).select_related("article")
        comments_changed(comment.article for comment in erased)
        count, _by_model = erased.delete()
        return count, 0

    def get_success_message(self, num_parent_objects: int, num_child_objects: int) -> str:
        return ngettext(
            "%(count)d commentaire effacé.", "%(count)d commentaires effacés.", num_parent_objects
        ) % {"count": num_parent_objects}


BULK_ACTIONS = [
    ApproveBulkAction,
    RejectBulkAction,
    SpamBulkAction,
    EraseAuthorsBulkAction,
]
