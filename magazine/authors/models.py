"""Authors: the people who sign articles."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.search import index

from magazine.cache.generations import renew_content_generation
from magazine.cache.purge import purge
from magazine.cache.tags import SITE, author_tag


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

    # The author's page shows the name, bio and photo: their other changes purge it alone.
    # Every article page and card that prints the byline (name, link to the slug) shows a
    # rename: rare enough to purge the whole site rather than look up what they signed.
    def save(self, *args, **kwargs) -> None:
        renamed = self.byline_changed()
        super().save(*args, **kwargs)
        # Cards and bylines kept in the site's cache print the name too.
        renew_content_generation()
        purge([SITE] if renamed else [author_tag(self.pk)])

    def delete(self, *args, **kwargs):
        purge([author_tag(self.pk)])
        return super().delete(*args, **kwargs)

    def byline_changed(self) -> bool:
        """Return whether the name or slug differ from the saved ones (a cache in front only)."""
        if self.pk is None or not get_backends():
            return False
        saved = Author.objects.filter(pk=self.pk).values_list("name", "slug").first()
        return saved is not None and saved != (self.name, self.slug)
