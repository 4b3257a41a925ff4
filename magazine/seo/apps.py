from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeoConfig(AppConfig):
    """What search engines and social networks read: meta tags, structured data, sitemaps,
    robots.txt."""

    name = "magazine.seo"
    label = "seo"
    verbose_name = _("Référencement")
