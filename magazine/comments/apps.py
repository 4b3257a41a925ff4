"""Reader comments on articles: one level of replies, moderated in the Wagtail admin."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "magazine.comments"
    label = "comments"
    verbose_name = _("Commentaires")
