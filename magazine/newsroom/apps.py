from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    """The newsroom's admin: roles, the review workflow, article lists and dashboard panels."""

    name = "magazine.newsroom"
    label = "newsroom"
    verbose_name = _("Rédaction")

    def ready(self) -> None:
        # Imported here, not at the top: Django allows models only once every app is loaded.
        from magazine.articles.models import CategoryPage

        from .roles import open_new_category

        post_save.connect(open_new_category, sender=CategoryPage, dispatch_uid="open_new_category")
