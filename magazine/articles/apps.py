"""The articles app: categories and articles, and the signals that keep their cache true."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "magazine.articles"
    label = "articles"
    verbose_name = _("Articles")

    def ready(self) -> None:
        # Imported here, not at the top: the module imports the models, which Django allows
        # only once every app is loaded.
        from .categories import CATEGORY_LINKS

        CATEGORY_LINKS.connect()
