"""Site settings read from the shared cache: pages and feeds read them on every request,
editors rarely change them."""

from django.core.cache import cache

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Site


class CachedSiteSetting(BaseSiteSetting):
    """A site setting kept in the shared cache, and forgotten when an editor saves it."""

    class Meta:
        abstract = True

    @classmethod
    def cache_key(cls, site_id: int) -> str:
        return f"settings:{cls._meta.label_lower}:{site_id}"

    @classmethod
    def for_site(cls, site: Site) -> "CachedSiteSetting":
        """The site's settings, from the cache."""
        return cache.get_or_set(
            cls.cache_key(site.pk), lambda: super(CachedSiteSetting, cls).for_site(site)
        )

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        cache.delete(self.cache_key(self.site_id))
