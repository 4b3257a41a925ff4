"""Rating scales, games and products: the snippets tests score and articles talk about.

Each is edited in the admin with its orderable inline (a scale's word labels, a game's
releases, a product's specifications). Saving one renews the content generation (article
bodies and their structured data are kept in the cache with it) and purges what shows it: its
hub and the articles printing its sheet or test carry its cache tag; a scale, which any test
may use, purges the whole site (its labels change rarely).
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import register_setting
from wagtail.models import Orderable, Page
from wagtail.search import index

from magazine.articles.models import ArticlePage
from magazine.cache.generations import renew_content_generation
from magazine.cache.purge import purge
from magazine.cache.site_settings import CachedSiteSetting
from magazine.cache.tags import RELEASES, SITE, SITEMAPS, game_tag, page_tag, product_tag

from .forms import GameForm
from .pegi import PegiAge, PegiDescriptor
from .platforms import Platform
from .release_dates import Precision, expected_form, matches_precision, release_label

SCORE_DIGITS = {"max_digits": 5, "decimal_places": 2}
# Tests are told « old » after two years unless the editors say otherwise.
DEFAULT_OLD_AFTER_MONTHS = 24


def plain_number(value: Decimal, separator: str = ",") -> str:
    """A score as French readers write it: « 8 », « 8,5 », never « 8.00 » (`separator`
    "." for machines)."""
    return format(value.normalize(), "f").replace(".", separator)


class RatingScale(ClusterableModel):
    """A scale tests score on: its bounds, its step and a word label per range of scores."""

    name = models.CharField(
        _("nom"), max_length=80, help_text=_("Pour les rédacteurs, par exemple « Sur 10 ».")
    )
    minimum = models.DecimalField(
        _("note minimale"), default=Decimal(0), help_text=_("Souvent 0."), **SCORE_DIGITS
    )
    maximum = models.DecimalField(
        _("note maximale"),
        validators=[MinValueValidator(Decimal(1))],
        help_text=_("La meilleure note possible, par exemple 10 ou 20."),
        **SCORE_DIGITS,
    )
    step = models.DecimalField(
        _("pas"),
        default=Decimal(1),
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_("L'écart entre deux notes : 1 pour des notes entières, 0,5 pour des demis."),
        **SCORE_DIGITS,
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("minimum"), FieldPanel("maximum"), FieldPanel("step")]),
        InlinePanel(
            "ranges",
            label=_("Palier"),
            heading=_("Appréciations"),
            help_text=_(
                "Un mot par palier : une note reçoit celui du palier le plus haut qu'elle "
                "atteint, par exemple 8 → « Très bon » si le palier « Très bon » part de 8."
            ),
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("barème")
        verbose_name_plural = _("barèmes")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.minimum is not None and self.maximum is not None and self.minimum >= self.maximum:
            raise ValidationError(
                {"maximum": _("La note maximale doit dépasser la note minimale.")}
            )

    def score_error(self, score: Decimal) -> str | None:
        """Why `score` is not a score of this scale, or None when it is."""
        if not self.minimum <= score <= self.maximum:
            return _("La note doit être comprise entre %(minimum)s et %(maximum)s.") % {
                "minimum": plain_number(self.minimum),
                "maximum": plain_number(self.maximum),
            }
        if (score - self.minimum) % self.step:
            return _("La note doit tomber sur un pas de %(step)s (par exemple %(example)s).") % {
                "step": plain_number(self.step),
                "example": plain_number(self.maximum - self.step),
            }
        return None

    def label_for(self, score: Decimal) -> str:
        """The word for `score`: the label of the highest range it reaches, or ""."""
        reached = [r for r in self.ranges.all() if r.from_score <= score]
        return max(reached, key=lambda r: r.from_score).label if reached else ""

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        renew_content_generation()
        purge([SITE])


class RatingRange(Orderable):
    """A range of a scale's scores and its word, from `from_score` up to the next range."""

    scale = ParentalKey(RatingScale, on_delete=models.CASCADE, related_name="ranges")
    from_score = models.DecimalField(
        _("à partir de"), help_text=_("La note la plus basse du palier."), **SCORE_DIGITS
    )
    label = models.CharField(
        _("appréciation"), max_length=40, help_text=_("Par exemple « Excellent ».")
    )

    panels = [FieldRowPanel([FieldPanel("from_score"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        verbose_name = _("palier")
        verbose_name_plural = _("paliers")


class CatalogueEntry(index.Indexed, ClusterableModel):
    """What games and products share: a slug for their hub, a cache tag, purges on change."""

    class Meta:
        abstract = True

    def cache_tag(self) -> str:
        raise NotImplementedError

    def purged_tags(self) -> list[str]:
        """The cache tags to purge when it changes: its own (hub, articles showing it), and
        the sitemaps', which list its hub's address."""
        return [self.cache_tag(), SITEMAPS]

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        renew_content_generation()
        purge(self.purged_tags())

    def tested_category_tags(self) -> list[str]:
        """The page tags of the categories where it is tested: their « Nos tests » link."""
        paths = self.article_rows.filter(role=ArticleSubject.Role.REVIEW).values_list(
            "article__path", flat=True
        )
        parents = {path[: -Page.steplen] for path in paths}
        categories = Page.objects.filter(path__in=parents).values_list("pk", flat=True)
        return [page_tag(pk) for pk in categories] if parents else []

    def delete(self, *args, **kwargs):
        # Its rows of the subjects relation go with it: its articles leave its hub, and its
        # tests the tests of their categories, which may be left with none.
        purge([*self.purged_tags(), *self.tested_category_tags()])
        deleted = super().delete(*args, **kwargs)
        renew_content_generation()
        return deleted


class Game(CatalogueEntry):
    """A video game: its sheet, its releases per platform, and a hub page."""

    title = models.CharField(_("titre"), max_length=150)
    slug = models.SlugField(
        _("identifiant d'URL"),
        max_length=150,
        unique=True,
        help_text=_("Utilisé dans l'adresse de sa page : /jeux/<identifiant>/."),
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("jaquette"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("La jaquette du jeu, en format portrait de préférence."),
    )
    developer = models.CharField(_("développeur"), max_length=120, blank=True)
    publisher = models.CharField(_("éditeur"), max_length=120, blank=True)
    pegi_age = models.PositiveSmallIntegerField(
        _("classification PEGI"), choices=PegiAge.choices, null=True, blank=True
    )
    pegi_descriptors = models.JSONField(_("descripteurs PEGI"), default=list, blank=True)
    players = models.CharField(
        _("nombre de joueurs"),
        max_length=60,
        blank=True,
        help_text=_("Par exemple « 1 joueur » ou « 1 à 4 joueurs, en ligne jusqu'à 8 »."),
    )
    official_site = models.URLField(_("site officiel"), blank=True)

    base_form_class = GameForm
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("cover"),
        FieldRowPanel([FieldPanel("developer"), FieldPanel("publisher")]),
        InlinePanel(
            "releases",
            label=_("Sortie"),
            heading=_("Plateformes et dates de sortie"),
            help_text=_("Une ligne par plateforme, avec sa date et la précision de la date."),
        ),
        MultiFieldPanel(
            [FieldPanel("pegi_age"), FieldPanel("pegi_descriptors")], heading=_("PEGI")
        ),
        FieldPanel("players"),
        FieldPanel("official_site"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("developer"),
        index.SearchField("publisher"),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("jeu")
        verbose_name_plural = _("jeux")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        unknown = set(self.pegi_descriptors or ()) - set(PegiDescriptor.values)
        if unknown:
            raise ValidationError({"pegi_descriptors": _("Descripteur PEGI inconnu.")})

    def cache_tag(self) -> str:
        return game_tag(self.pk)

    def purged_tags(self) -> list[str]:
        """Those of any item, and the release calendar's, which lists its releases."""
        return [*super().purged_tags(), RELEASES]

    def get_absolute_url(self) -> str:
        return reverse("reviews:game", args=[self.slug])

    @property
    def pegi_descriptor_labels(self) -> list[str]:
        """The PEGI descriptors' names, in PEGI's order."""
        chosen = set(self.pegi_descriptors or ())
        return [label for value, label in PegiDescriptor.choices if value in chosen]


class GameRelease(Orderable):
    """A game's release on one platform, dated as precisely as it is known."""

    game = ParentalKey(Game, on_delete=models.CASCADE, related_name="releases")
    platform = models.CharField(_("plateforme"), max_length=20, choices=Platform.choices)
    release_date = models.DateField(
        _("date de sortie"),
        help_text=_(
            "Pour une date au mois, au trimestre ou à l'année, le premier jour de la période."
        ),
    )
    precision = models.CharField(
        _("précision"), max_length=10, choices=Precision.choices, default=Precision.DAY
    )

    panels = [
        FieldRowPanel([FieldPanel("platform"), FieldPanel("release_date"), FieldPanel("precision")])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("sortie")
        verbose_name_plural = _("sorties")

    def clean(self) -> None:
        if self.release_date and not matches_precision(self.release_date, self.precision):
            raise ValidationError(
                {
                    "release_date": _(
                        "Cette date ne correspond pas à sa précision : choisissez %(form)s, "
                        "ou la précision « Jour »."
                    )
                    % {"form": expected_form(self.precision)}
                }
            )

    @property
    def label(self) -> str:
        """The date as readers see it (« T1 2027 »…)."""
        return release_label(self.release_date, self.precision)


class Product(CatalogueEntry):
    """A product tested or talked about (a phone, a graphics card…), with its sheet."""

    brand = models.CharField(_("marque"), max_length=80)
    name = models.CharField(_("nom"), max_length=150, help_text=_("Sans la marque."))
    slug = models.SlugField(
        _("identifiant d'URL"),
        max_length=150,
        unique=True,
        help_text=_("Utilisé dans l'adresse de sa page : /produits/<identifiant>/."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    launch_price = models.DecimalField(
        _("prix de lancement (€)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    launch_date = models.DateField(_("date de lancement"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("brand"), FieldPanel("name")]),
        FieldPanel("slug"),
        FieldPanel("image"),
        FieldRowPanel([FieldPanel("launch_price"), FieldPanel("launch_date")]),
        InlinePanel(
            "specifications",
            label=_("Caractéristique"),
            heading=_("Caractéristiques"),
            help_text=_("Dans l'ordre de la fiche, par exemple « Écran » : « 6,3 pouces OLED »."),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("brand"),
        index.AutocompleteField("name"),
        index.AutocompleteField("brand"),
    ]

    class Meta:
        ordering = ["brand", "name"]
        verbose_name = _("produit")
        verbose_name_plural = _("produits")

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        """Brand and name, as the product is sold: « Fairphone 6 »."""
        return f"{self.brand} {self.name}"

    def cache_tag(self) -> str:
        return product_tag(self.pk)

    def get_absolute_url(self) -> str:
        return reverse("reviews:product", args=[self.slug])


class ProductSpecification(Orderable):
    """One row of a product's specifications: a label and its value."""

    product = ParentalKey(Product, on_delete=models.CASCADE, related_name="specifications")
    label = models.CharField(_("caractéristique"), max_length=80)
    value = models.CharField(_("valeur"), max_length=200)

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("value")])]

    class Meta(Orderable.Meta):
        verbose_name = _("caractéristique")
        verbose_name_plural = _("caractéristiques")


class ScoredTest:
    """A test's score on its scale as readers see it; needs `score` and `scale`."""

    score: Decimal | None
    scale: "RatingScale | None"

    @property
    def has_score(self) -> bool:
        return self.score is not None and self.scale is not None

    @property
    def score_value(self) -> str:
        """The score for machines (a <data> element's value): « 8.5 »."""
        return plain_number(self.score, ".") if self.has_score else ""

    @property
    def score_text(self) -> str:
        return plain_number(self.score) if self.has_score else ""

    @property
    def maximum_text(self) -> str:
        return plain_number(self.scale.maximum) if self.has_score else ""

    @property
    def label(self) -> str:
        """The scale's word for the score (« Très bon »)."""
        return self.scale.label_for(self.score) if self.has_score else ""


class ArticleSubject(ScoredTest, models.Model):
    """A game or product an article's live version talks about: a row per test, sheet or
    subject the editor named, rebuilt whenever the article is saved with its content
    (receivers.py). Hubs list the articles from it; the newest test gives the hub its score.
    """

    class Role(models.TextChoices):
        REVIEW = "review", _("Test")
        SHEET = "sheet", _("Fiche")
        SUBJECT = "subject", _("Sujet")

    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="subject_rows")
    game = models.ForeignKey(
        Game, null=True, blank=True, on_delete=models.CASCADE, related_name="article_rows"
    )
    product = models.ForeignKey(
        Product, null=True, blank=True, on_delete=models.CASCADE, related_name="article_rows"
    )
    role = models.CharField(max_length=10, choices=Role.choices)
    scale = models.ForeignKey(
        RatingScale, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    score = models.DecimalField(null=True, blank=True, **SCORE_DIGITS)

    class Meta:
        verbose_name = _("sujet d'article")
        verbose_name_plural = _("sujets d'articles")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(game__isnull=True) ^ models.Q(product__isnull=True),
                name="article_subject_is_a_game_or_a_product",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} : {self.game or self.product}"


@register_setting(icon="pick")
class ReviewSettings(CachedSiteSetting):
    """How tests are presented to readers: when an old test says its age."""

    old_after_months = models.PositiveSmallIntegerField(
        _("signaler l'ancienneté après (mois)"),
        default=DEFAULT_OLD_AFTER_MONTHS,
        help_text=_(
            "Un test plus ancien que ce nombre de mois affiche « Ce test date de … », avec "
            "des liens vers nos tests plus récents du même jeu ou produit. 0 : jamais."
        ),
    )

    panels = [FieldPanel("old_after_months")]

    class Meta:
        verbose_name = _("tests")
