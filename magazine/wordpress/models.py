"""What an import made of each WordPress item, so that a second run finds it again."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class WordPressItem(models.Model):
    """One WordPress item (post, page, category, tag, author…) and the row made of it.

    Keyed by the Wagtail site imported into, the WordPress blog exported (its address, so
    that two blogs imported into one site never take each other's items), the kind and
    WordPress' own key (the post id, the category's or tag's nicename, the author's login,
    the comment id). `digest` is that of the item as
    read from the export: `--update` refreshes the rows whose item changed.
    """

    class Kind(models.TextChoices):
        CATEGORY = "category", _("rubrique")
        TAG = "tag", _("mot-clé")
        AUTHOR = "author", _("auteur")
        POST = "post", _("article")
        PAGE = "page", _("page")
        ATTACHMENT = "attachment", _("image")
        COMMENT = "comment", _("commentaire")

    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )
    blog = models.CharField(
        _("blog WordPress"),
        max_length=200,
        blank=True,
        help_text=_("L'adresse du blog exporté, sans son protocole."),
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    wp_key = models.CharField(_("identifiant WordPress"), max_length=200)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    digest = models.CharField(_("empreinte"), max_length=64)
    imported_at = models.DateTimeField(_("importé le"), auto_now=True)

    class Meta:
        verbose_name = _("élément WordPress importé")
        verbose_name_plural = _("éléments WordPress importés")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "blog", "kind", "wp_key"], name="unique_wordpress_item_per_blog"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.wp_key}"
