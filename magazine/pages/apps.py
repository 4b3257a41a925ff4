"""The fixed information pages: à propos, mentions légales, confidentialité, contact."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "magazine.pages"
    label = "pages"
    verbose_name = _("Pages d'information")

    def ready(self) -> None:
        # Imported here, not at the top: the module imports the models, which Django allows
        # only once every app is loaded.
        from .links import INFORMATION_LINKS

        INFORMATION_LINKS.connect()
