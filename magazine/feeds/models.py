"""The site setting that decides how much of each article the feeds carry."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import register_setting

from magazine.cache.site_settings import CachedSiteSetting


@register_setting(icon="list-ul")
class FeedSettings(CachedSiteSetting):
    """Whether the RSS and Atom feeds carry whole articles or their standfirst only."""

    full_content = models.BooleanField(
        _("contenu complet dans les flux"),
        default=False,
        help_text=_(
            "Cochez pour que les flux RSS et Atom donnent le corps entier de chaque article ; "
            "sinon ils ne donnent que le chapô, et le lecteur vient lire la suite sur le site."
        ),
    )

    panels = [FieldPanel("full_content")]

    class Meta:
        verbose_name = _("flux RSS et Atom")
