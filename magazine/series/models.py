"""Series and dossiers: articles read in order, each an episode with its number.

An article names its series and its episode number (magazine/articles/models.py); the
series is a snippet, edited under « Séries ». Saving one renews the content generation and
purges its page and its episodes, which print its title, and the sitemaps, which list its
page's address.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from magazine.cache.generations import renew_content_generation
from magazine.cache.purge import purge
from magazine.cache.tags import SITEMAPS, series_tag


class Series(models.Model):
    """A series of articles, or a dossier: its title, its address and what it is about."""

    title = models.CharField(_("titre"), max_length=150)
    slug = models.SlugField(
        _("identifiant d'URL"),
        max_length=150,
        unique=True,
        help_text=_("Utilisé dans l'adresse de sa page : /series/<identifiant>/."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=600,
        help_text=_("Une ou deux phrases qui présentent la série, en tête de sa page."),
    )

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["title"]
        verbose_name = _("série")
        verbose_name_plural = _("séries")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        renew_content_generation()
        purge([series_tag(self.pk), SITEMAPS])

    def get_absolute_url(self) -> str:
        return reverse("series:detail", args=[self.slug])

    def delete(self, *args, **kwargs):
        purge([series_tag(self.pk), SITEMAPS])
        return super().delete(*args, **kwargs)
