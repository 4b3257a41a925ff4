"""The articles app: categories and articles, and the signals that keep their cache true."""

from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

from wagtail.signals import page_published, page_unpublished, post_page_move


class ArticlesConfig(AppConfig):
    name = "magazine.articles"
    label = "articles"
    verbose_name = _("Articles")

    def ready(self) -> None:
        # Imported here, not at the top: the receivers' module imports the models, which
        # Django allows only once every app is loaded.
        from .categories import clear_category_cache_for_page

        # Publishing, unpublishing and renaming all save the page; moves save via treebeard.
        post_save.connect(clear_category_cache_for_page, dispatch_uid="category-cache-save")
        post_delete.connect(clear_category_cache_for_page, dispatch_uid="category-cache-delete")
        post_page_move.connect(clear_category_cache_for_page, dispatch_uid="category-cache-move")
        # Actions that save a plain Page still send these with the specific page.
        page_published.connect(clear_category_cache_for_page, dispatch_uid="category-cache-pub")
        page_unpublished.connect(clear_category_cache_for_page, dispatch_uid="category-cache-unp")
