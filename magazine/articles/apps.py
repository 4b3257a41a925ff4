from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "magazine.articles"
    label = "articles"
    verbose_name = _("Articles")

    def ready(self) -> None:
        from django.db.models.signals import post_delete

        from wagtail.models import Page
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from .categories import clear_category_cache

        for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
            signal.connect(clear_category_cache, dispatch_uid=f"category-cache-{id(signal)}")
        post_delete.connect(clear_category_cache, sender=Page, dispatch_uid="category-cache-del")
