"""The cache in front of the site: Cache-Control for every response, tags, and purges."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CacheConfig(AppConfig):
    name = "magazine.cache"
    label = "cache"
    verbose_name = _("Cache du site")

    def ready(self) -> None:
        # Imported here, not at the top: the receivers import Wagtail's models, which Django
        # allows only once every app is loaded.
        from .receivers import connect_receivers

        connect_receivers()
