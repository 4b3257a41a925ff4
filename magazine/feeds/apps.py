from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedsConfig(AppConfig):
    """RSS and Atom feeds of the latest articles, per category, author and tag."""

    name = "magazine.feeds"
    label = "feeds"
    verbose_name = _("Flux")
