"""The articles app: categories and articles, and the signals that keep their cache true."""

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from PIL import Image


class ArticlesConfig(AppConfig):
    name = "magazine.articles"
    label = "articles"
    verbose_name = _("Articles")

    def ready(self) -> None:
        # Imported here, not at the top: the module imports the models, which Django allows
        # only once every app is loaded.
        from .categories import CATEGORY_LINKS

        CATEGORY_LINKS.connect()
        # Pillow refuses to open an image of more than twice this many pixels wherever it is
        # opened (renditions, imports, the demo), not only in the upload form Wagtail checks.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
