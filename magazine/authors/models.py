"""Authors: the people who sign articles."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from magazine.cache.purge import purge
from magazine.cache.tags import author_tag


class Author(index.Indexed, models.Model):
    """A person who signs articles, with a short biography and a portrait."""

    name = models.CharField(
        _("nom"), max_length=120, help_text=_("Prénom et nom, tels que signés.")
    )
    slug = models.SlugField(
        _("identifiant d'URL"),
        max_length=120,
        unique=True,
        help_text=_("Utilisé dans l'adresse de la page de l'auteur : /auteurs/<identifiant>/."),
    )
    bio = models.TextField(
        _("biographie"), blank=True, max_length=1000, help_text=_("Quelques lignes sur l'auteur.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Un portrait, carré de préférence."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("bio"), FieldPanel("photo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")

    def __str__(self) -> str:
        return self.name

    # The author's page shows the name, bio and photo; bylines elsewhere follow within the
    # cache's s-maxage (purging every article an author signed would empty the cache).
    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        purge([author_tag(self.pk)])

    def delete(self, *args, **kwargs):
        purge([author_tag(self.pk)])
        return super().delete(*args, **kwargs)
