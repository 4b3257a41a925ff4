"""The site setting that decides how much of each article the feeds carry."""

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

SETTINGS_CACHE_KEY = "feeds:settings:{site_id}"


@register_setting(icon="list-ul")
class FeedSettings(BaseSiteSetting):
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

    @classmethod
    def for_site(cls, site: Site) -> "FeedSettings":
        """The site's settings, from the cache: every feed request reads them."""
        return cache.get_or_set(
            SETTINGS_CACHE_KEY.format(site_id=site.pk),
            lambda: super(FeedSettings, cls).for_site(site),
        )

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        cache.delete(SETTINGS_CACHE_KEY.format(site_id=self.site_id))
