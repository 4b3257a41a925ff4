from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WordPressConfig(AppConfig):
    """The WordPress importer: `manage.py import_wordpress` and the old addresses it keeps."""

    name = "magazine.wordpress"
    label = "wordpress"
    verbose_name = _("Import WordPress")
