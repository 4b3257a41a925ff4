"""The home page: a lead article, the latest articles and a section per category."""

from functools import cached_property

from django.db import models
from django.db.models import F, Window
from django.db.models.functions import Length, RowNumber, Substr
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from magazine.articles.cards import card_refs, in_order
from magazine.articles.categories import request_categories
from magazine.articles.listings import LATEST_ARTICLES_COUNT
from magazine.articles.models import ArticlePage, CategoryPage
from magazine.articles.querysets import ArticlePageQuerySet
from magazine.articles.refs import CardRef
from magazine.articles.routing import SpecificChildRoutingMixin
from magazine.articles.slugs import SlugFromTitleMixin
from magazine.cache.fragments import generation_cached
from magazine.cache.restrictions import CachedViewRestrictionsMixin

ARTICLES_PER_SECTION = 4


class HomePage(CachedViewRestrictionsMixin, SpecificChildRoutingMixin, SlugFromTitleMixin, Page):
    """The magazine's front page, the root of its page tree."""

    introduction = models.TextField(
        _("présentation"),
        blank=True,
        max_length=300,
        help_text=_("Une phrase qui présente le magazine, sous son nom."),
    )
    lead_article = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("article à la une"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Facultatif : sans choix, le dernier article publié fait la une."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("lead_article")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["articles.CategoryPage", "pages.InformationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d'accueil")

    def routable_children(self):
        return CategoryPage.objects.child_of(self)

    def routable_child(self, slug: str) -> CategoryPage | None:
        """The category at `slug`, from the site's categories kept in the cache.

        One cache entry for them all, so that made-up slugs cannot fill the cache.
        """
        categories = generation_cached(
            "categories-by-slug",
            (self.pk,),
            lambda: {category.slug: category for category in self.routable_children()},
        )
        return categories.get(slug)

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add what the page lists (HomeListing), read only if its piece is not in the cache."""
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = HomeListing(self, request)
        return context

    def published_articles(self) -> ArticlePageQuerySet:
        """The site's live, public articles, newest first."""
        return ArticlePage.objects.descendant_of(self).published()

    def choose_articles(self) -> dict:
        """The ids of the articles the page shows, in two queries whatever their number.

        `latest`: the lead article (the editor's choice if live and public, else the newest:
        the choice is sorted first, whatever its date) and the next ones. `sections`: each
        category's newest few by its path, ranked within their category by a window
        function rather than a query per category.
        """
        latest = self.published_articles().featuring(self.lead_article_id)
        ranked = (
            self.published_articles()
            .annotate(
                category_path=Substr("path", 1, Length("path") - Page.steplen),
                rank=Window(
                    RowNumber(),
                    partition_by=[F("category_path")],
                    order_by=[F("first_published_at").desc(), F("pk").desc()],
                ),
            )
            .filter(rank__lte=ARTICLES_PER_SECTION)
        )
        sections: dict[str, list[int]] = {}
        for pk, path in ranked.values_list("pk", "category_path"):
            sections.setdefault(path, []).append(pk)
        return {
            "latest": list(latest.values_list("pk", flat=True)[: LATEST_ARTICLES_COUNT + 1]),
            "sections": sections,
        }


class HomeListing:
    """The home page's lead article, latest ones and a section per category, as references
    to their cards.

    Which articles they are is kept in the cache until the next publish, and their
    references until a comment changes too; nothing is read until the template asks, which
    it does only when the page's piece is not in the cache.
    """

    def __init__(self, page: HomePage, request: HttpRequest) -> None:
        self.page = page
        self.request = request

    @cached_property
    def chosen(self) -> dict:
        return generation_cached("home-articles", (self.page.pk,), self.page.choose_articles)

    @cached_property
    def cards(self) -> dict[int, CardRef]:
        sections = self.chosen["sections"].values()
        return card_refs([*self.chosen["latest"], *(pk for ids in sections for pk in ids)])

    @cached_property
    def latest(self) -> list[CardRef]:
        return in_order(self.chosen["latest"], self.cards)

    @property
    def lead(self) -> CardRef | None:
        return self.latest[0] if self.latest else None

    @property
    def more(self) -> list[CardRef]:
        """The latest articles after the lead."""
        return self.latest[1:]

    @property
    def sections(self) -> list[tuple[CategoryPage, list[CardRef]]]:
        """Each category with its newest articles, those without any left out."""
        return [
            (category, articles)
            for category in request_categories(self.request)
            if (articles := in_order(self.chosen["sections"].get(category.path, ()), self.cards))
        ]
