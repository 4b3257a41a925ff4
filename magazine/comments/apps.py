"""Reader comments on articles: one level of replies, moderated in the Wagtail admin."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "magazine.comments"
    label = "comments"
    verbose_name = _("Commentaires")

    def ready(self) -> None:
        # Imported here, not at the top: the module imports the models, which Django allows
        # only once every app is loaded.
        from django.db.models.signals import post_delete, post_save

        from .changes import comment_deleted, comment_saved
        from .counts import forget_pending_count
        from .models import Comment

        for signal in (post_save, post_delete):
            signal.connect(forget_pending_count, sender=Comment, dispatch_uid=f"pending-{signal}")
        post_save.connect(comment_saved, sender=Comment, dispatch_uid="comment-generation-save")
        post_delete.connect(
            comment_deleted, sender=Comment, dispatch_uid="comment-generation-delete"
        )
