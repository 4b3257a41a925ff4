"""Categories and articles: the magazine's page types and their inlines."""

from datetime import datetime, timedelta
from functools import cached_property

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from magazine.cache.fragments import generation_cached_if_found
from magazine.cache.generations import comment_generation
from magazine.cache.restrictions import CachedViewRestrictionsMixin
from magazine.cache.tags import (
    FEEDS,
    RELATED_ANY,
    SEARCH,
    SITE,
    SITEMAPS,
    author_tag,
    game_tag,
    keyword_tag,
    product_tag,
    related_by_category_tag,
    related_by_tag_tag,
    series_tag,
    tag_request,
)

from .blocks import ArticleBodyBlock, body_error_messages
from .body_cache import body_digest, cached_body_words
from .forms import ArticlePageForm
from .outline import ArticleOutline, article_outline
from .querysets import ArticlePageManager, ArticlePageQuerySet
from .reading_time import body_text, count_words, reading_time_minutes
from .refs import card_ref_page
from .review_blocks import subject_refs
from .routing import SpecificChildRoutingMixin
from .slugs import SlugFromTitleMixin


class CategoryPage(
    CachedViewRestrictionsMixin, SpecificChildRoutingMixin, SlugFromTitleMixin, Page
):
    """A section of the magazine (Jeux vidéo, Matériel…) listing its articles."""

    description = models.TextField(
        _("description"),
        blank=True,
        max_length=500,
        help_text=_("Une ou deux phrases qui présentent la rubrique, en tête de sa page."),
    )
    featured_article = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("article à la une"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Facultatif : un article mis en avant en tête de la rubrique."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        FieldPanel("featured_article"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("description")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    class Meta:
        verbose_name = _("rubrique")
        verbose_name_plural = _("rubriques")

    def routable_children(self) -> ArticlePageQuerySet:
        # Its authors and tags are printed by pieces of the page kept in the cache (the
        # article, its meta tags): fetched, by the template, only when a piece is rebuilt.
        return (
            ArticlePage.objects.child_of(self)
            .select_related("hero_image", "series")
            .prefetch_related("updates")
            .with_comment_count()
        )

    def routable_child(self, slug: str) -> "ArticlePage | None":
        """The article at `slug`, kept in the cache until the next publish or comment change
        (it carries its count of approved comments); a slug that names no article, never."""

        def find() -> ArticlePage | None:
            return self.routable_children().filter(slug=slug).first()

        return generation_cached_if_found(
            "article-route", (self.pk, slug, comment_generation()), find
        )

    def articles(self) -> ArticlePageQuerySet:
        """The category's live, public articles, newest first."""
        return ArticlePage.objects.child_of(self).published()

    def get_meta_description(self) -> str:
        return self.search_description or self.description

    def listing_cache_tags(self) -> set[str]:
        """The cache tags to purge, besides its own, when the category changes: every page's
        menu names it, every article's address starts with it (magazine/cache/receivers.py)."""
        return {SITE}

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add the page of articles asked for, the featured one apart on the first page.

        The page lists references to the cards (ids and approved comments, one light
        query); the cards mostly come from the cache (magazine/articles/card_html.py).
        """
        context = super().get_context(request, *args, **kwargs)
        featured_id = self.featured_article_id
        page = card_ref_page(request, self.articles().featuring(featured_id), ("category", self.pk))
        listed = page.object_list
        featured = listed[0] if listed and listed[0].pk == featured_id else None
        context["articles"] = page
        context["featured_article"] = featured
        context["listed_articles"] = listed[1:] if featured else listed
        return context


class ArticlePageTag(TaggedItemBase):
    """The link between an article and one of its tags."""

    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(CachedViewRestrictionsMixin, SlugFromTitleMixin, Page):
    """A structured article: standfirst, hero image, authors, tags and a body of blocks."""

    standfirst = models.TextField(
        _("chapô"),
        max_length=600,
        help_text=_(
            "Le résumé en tête d'article (texte simple), repris comme description pour les "
            "moteurs de recherche et les réseaux sociaux."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image principale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("L'image en tête d'article et sur les cartes ; au moins 1600 px de large."),
    )
    hero_image_alt = models.CharField(
        _("texte alternatif de l'image"),
        max_length=250,
        blank=True,
        help_text=_(
            "Décrit l'image pour qui ne la voit pas. Laissez vide pour reprendre celui de l'image."
        ),
    )
    hero_caption = models.CharField(
        _("légende de l'image"),
        max_length=300,
        blank=True,
        help_text=_("Affichée sous l'image principale de l'article."),
    )
    hero_credit = models.CharField(
        _("crédit de l'image"),
        max_length=120,
        blank=True,
        help_text=_("Auteur ou source de l'image, par exemple « Photo : Jeanne Dupont »."),
    )
    tags = ClusterTaggableManager(
        through=ArticlePageTag,
        blank=True,
        verbose_name=_("mots-clés"),
        help_text=_("Les sujets de l'article ; ils rapprochent les articles similaires."),
    )
    body = StreamField(
        ArticleBodyBlock(),
        verbose_name=_("corps de l'article"),
        help_text=_(
            "Le corps de l'article : intertitres, paragraphes, points numérotés, images, "
            "citations, contenus intégrés, encadré de test, fiches, et une conclusion en "
            "dernier."
        ),
    )

    series = models.ForeignKey(
        "series.Series",
        verbose_name=_("série"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Facultatif : la série ou le dossier dont l'article est un épisode."),
    )
    episode = models.PositiveSmallIntegerField(
        _("numéro d'épisode"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Sa place dans la série : 1 pour le premier épisode."),
    )

    comments_open = models.BooleanField(
        _("commentaires ouverts"),
        default=True,
        help_text=_(
            "Décochez pour fermer les commentaires de cet article. Ils se ferment aussi "
            "d'eux-mêmes quelques jours après la publication (Paramètres › Commentaires)."
        ),
    )

    objects = ArticlePageManager()
    base_form_class = ArticlePageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_caption"),
                FieldPanel("hero_credit"),
            ],
            heading=_("Image principale"),
        ),
        InlinePanel(
            "authors",
            label=_("Auteur"),
            heading=_("Auteurs"),
            min_num=1,
            help_text=_("Dans l'ordre de la signature."),
        ),
        FieldPanel("tags"),
        FieldPanel("body"),
        InlinePanel(
            "updates",
            label=_("Note"),
            heading=_("Mises à jour et corrections"),
            help_text=_(
                "Une note par changement qui compte pour le lecteur, affichée en tête de "
                "l'article ; elles seules datent la « mise à jour » de l'article. Une simple "
                "coquille corrigée n'en demande pas."
            ),
        ),
        InlinePanel(
            "subjects",
            label=_("Sujet"),
            heading=_("Sujets"),
            help_text=_(
                "Facultatif : les jeux et produits dont parle l'article sans encadré ni fiche ; "
                "il apparaîtra sur leur page."
            ),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("series"), FieldPanel("episode")])],
            heading=_("Série"),
        ),
        InlinePanel(
            "related_articles",
            label=_("Article lié"),
            heading=_("Publications similaires"),
            max_num=4,
            help_text=_(
                "Facultatif : vos choix passent en premier, la liste est complétée "
                "automatiquement jusqu'à quatre articles."
            ),
        ),
    ]
    settings_panels = [*Page.settings_panels, FieldPanel("comments_open")]
    # SearchFields feed the reader search (search/backend.py weighs them). The admin's
    # searches (the page search, the article list, the page chooser) call autocomplete(),
    # which reads only AutocompleteFields: Page declares the title alone, so these make the
    # admin find an article by its standfirst, body, tags and authors' names as well. The
    # reader's suggestions ask for titles only (search/results.py).
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.FilterField("first_published_at"),
        index.RelatedFields("tags", [index.SearchField("name"), index.AutocompleteField("name")]),
        index.AutocompleteField("standfirst"),
        index.AutocompleteField("body"),
        index.RelatedFields(
            "authors", [index.RelatedFields("author", [index.AutocompleteField("name")])]
        ),
    ]

    parent_page_types = ["articles.CategoryPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean_fields(self, exclude=None) -> None:
        """Hold the body's structural rules for pages saved in code, not only in the editor.

        Done here rather than in clean() because Django skips the fields listed in `exclude`:
        the admin form lists the body, which its own field has already cleaned (deferring
        the rules for a draft), so an editor never sees the same error twice.
        """
        errors: dict = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if "body" not in (exclude or ()) and "body" not in errors:
            try:
                self.body.stream_block.clean(self.body)
            except ValidationError as error:
                message = _("Le corps de l'article ne respecte pas sa structure : %(detail)s")
                errors["body"] = [message % {"detail": " ".join(body_error_messages(error))}]
        if errors:
            raise ValidationError(errors)

    def clean(self) -> None:
        """An episode belongs to a series, and its number is its own in that series."""
        super().clean()
        if self.series_id is None and self.episode is None:
            return
        if self.series_id is None:
            raise ValidationError({"series": _("Un numéro d'épisode va avec une série.")})
        if self.episode is None:
            raise ValidationError({"episode": _("Donnez son numéro d'épisode dans la série.")})
        taken = (
            ArticlePage.objects.filter(series_id=self.series_id, episode=self.episode)
            .exclude(pk=self.pk)
            .first()
        )
        if taken is not None:
            raise ValidationError(
                {
                    "episode": _(
                        "L'épisode %(episode)s de cette série est déjà « %(title)s » : "
                        "choisissez un autre numéro."
                    )
                    % {"episode": self.episode, "title": taken.title}
                }
            )

    def get_meta_description(self) -> str:
        return self.search_description or self.standfirst

    def listing_cache_tags(self) -> set[str]:
        """The cache tags to purge, besides its own and its category's and home page's, when
        the article changes: the listings it enters or leaves (magazine/cache/receivers.py).

        Pages showing it already carry its own tag (its card); these are where it may newly
        appear, or shift the pagination: its authors' and tags' pages, other articles'
        « Publications similaires » open to it (magazine/articles/related.py), search, feeds,
        sitemaps.
        """
        tags = self.tags.all()
        return {
            *(author_tag(link.author_id) for link in self.authors.all()),
            *(keyword_tag(tag.pk) for tag in tags),
            *(related_by_tag_tag(tag.pk) for tag in tags),
            related_by_category_tag(self.path[: -Page.steplen]),
            RELATED_ANY,
            *self.shown_subject_tags,
            *(subject.cache_tag for subject in self.subjects.all()),
            *self.series_tags,
            SEARCH,
            FEEDS,
            SITEMAPS,
        }

    @property
    def shown_subject_tags(self) -> set[str]:
        """The cache tags of the games and products the body shows (no query)."""
        return {ref.cache_tag for ref in subject_refs(self.body.raw_data)}

    @property
    def series_tags(self) -> set[str]:
        """The cache tag of its series (its page, its other episodes), if it has one."""
        return {series_tag(self.series_id)} if self.series_id else set()

    @property
    def test_review(self):
        """Its test's row of the subjects relation (magazine/reviews: score, scale, word), or
        None; listings prefetch them with `with_test_scores()`."""
        return next((row for row in self.subject_rows.all() if row.role == "review"), None)

    @property
    def signing_authors(self) -> list:
        """The article's authors in signing order (prefetched by listings and routing)."""
        return [link.author for link in self.authors.all()]

    @property
    def hero_alt(self) -> str:
        """The hero image's alt text: the override, else the image's own."""
        if self.hero_image_alt:
            return self.hero_image_alt
        return self.hero_image.default_alt_text if self.hero_image else ""

    @cached_property
    def outline(self) -> ArticleOutline:
        """The body's blocks with their anchors, and the table of contents."""
        return article_outline(self.body)

    @cached_property
    def body_digest(self) -> str:
        """A digest of the body: the key of its pieces in the cache (body_cache.py)."""
        return body_digest(self.body)

    @cached_property
    def word_count(self) -> int:
        """Words of the standfirst and the body (structured data gives it to search engines)."""
        body_words = cached_body_words(self.body_digest, lambda: count_words(body_text(self.body)))
        return count_words(self.standfirst) + body_words

    @cached_property
    def reading_time(self) -> int:
        """Minutes to read the standfirst and the body."""
        return reading_time_minutes(self.word_count)

    @property
    def update_notes(self) -> list["ArticlePageUpdate"]:
        """The update and correction notes, newest first."""
        return sorted(self.updates.all(), key=lambda note: note.date, reverse=True)

    @property
    def updated_at(self) -> datetime | None:
        """When the article was last updated for its readers: its newest note's date.

        Only notes count: re-publishing to fix a typo changes `last_published_at`, and must
        not tell readers or search engines that the article changed. Listings, feeds and
        sitemaps read it from `with_latest_note()`, without a query per article.
        """
        if "latest_note_at" in self.__dict__:
            return self.latest_note_at
        return max((note.date for note in self.updates.all()), default=None)

    @property
    def modified_at(self) -> datetime | None:
        """When machines are told the article last changed (a feed entry's update, a
        sitemap's lastmod): its newest note, else its first publication."""
        return self.updated_at or self.first_published_at

    @property
    def was_updated(self) -> bool:
        """Whether the article carries an update or correction note."""
        return self.updated_at is not None

    @property
    def planned_go_live_at(self) -> datetime | None:
        """When a never-published article is to go live, while that date is still ahead.

        Only previews print it: readers never see an article that has not been published.
        """
        if self.first_published_at is None and self.go_live_at and self.go_live_at > timezone.now():
            return self.go_live_at
        return None

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict]:
        """Its address, dated by `modified_at` rather than by its last publication, which a
        typo fixed without a note moves."""
        return [{"location": self.get_full_url(request), "lastmod": self.modified_at}]

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["category"] = self.get_parent().specific_deferred
        # The pieces kept in the cache print these games and products, and the series.
        tag_request(request, *self.shown_subject_tags, *self.series_tags)
        return context


class ArticlePageAuthor(Orderable):
    """One author of an article, in signing order."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="authors")
    author = models.ForeignKey(
        "authors.Author",
        verbose_name=_("auteur"),
        on_delete=models.PROTECT,
        related_name="article_links",
        help_text=_("Choisissez un auteur ; créez-le d'abord dans « Auteurs » s'il n'existe pas."),
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("auteur de l'article")
        verbose_name_plural = _("auteurs de l'article")
        constraints = [
            models.UniqueConstraint(fields=["page", "author"], name="unique_author_per_article")
        ]


class ArticlePageRelatedArticle(Orderable):
    """An article the editor picked to be read next, in the editor's order."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_articles")
    article = models.ForeignKey(
        ArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Un article à lire ensuite."),
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("article lié")
        verbose_name_plural = _("articles liés")


class ArticlePageUpdate(Orderable):
    """A note telling readers what changed in the article, and when: an update or a
    correction."""

    class Kind(models.TextChoices):
        UPDATE = "update", _("Mise à jour")
        CORRECTION = "correction", _("Correction")

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="updates")
    date = models.DateTimeField(
        _("date"), default=timezone.now, help_text=_("Quand l'article a été changé.")
    )
    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices, default=Kind.UPDATE)
    text = models.CharField(
        _("texte"),
        max_length=300,
        help_text=_("Ce qui a changé, en une ou deux phrases, par exemple « Ajout du prix »."),
    )

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("note de mise à jour")
        verbose_name_plural = _("notes de mise à jour")

    def clean(self) -> None:
        # A few minutes of slack: the editor's clock and the server's differ.
        if self.date and self.date > timezone.now() + timedelta(minutes=5):
            raise ValidationError({"date": _("Une note ne peut pas être datée dans le futur.")})


class ArticlePageSubject(Orderable):
    """A game or product the article talks about, named by the editor (its body's test
    boxes and sheets count without it)."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="subjects")
    game = models.ForeignKey(
        "reviews.Game",
        verbose_name=_("jeu"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    product = models.ForeignKey(
        "reviews.Product",
        verbose_name=_("produit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("game"), FieldPanel("product")]

    class Meta(Orderable.Meta):
        verbose_name = _("sujet")
        verbose_name_plural = _("sujets")

    def clean(self) -> None:
        if bool(self.game_id) == bool(self.product_id):
            message = _("Choisissez un jeu ou un produit, un seul des deux.")
            raise ValidationError({"game": message, "product": message})

    @property
    def cache_tag(self) -> str:
        return game_tag(self.game_id) if self.game_id else product_tag(self.product_id)
