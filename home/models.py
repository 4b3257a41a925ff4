"""The home page: a lead article, the latest articles and a section per category."""

from django.db import models
from django.db.models import F, Window
from django.db.models.functions import Length, RowNumber, Substr
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from magazine.articles.categories import CategoryLink, attach_categories, request_categories
from magazine.articles.listings import LATEST_ARTICLES_COUNT
from magazine.articles.models import ArticlePage, CategoryPage
from magazine.articles.routing import SpecificChildRoutingMixin
from magazine.articles.slugs import SlugFromTitleMixin

ARTICLES_PER_SECTION = 4


class HomePage(SpecificChildRoutingMixin, SlugFromTitleMixin, Page):
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

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        lead, latest = self.lead_and_latest(request)
        context["lead_article"] = lead
        context["latest_articles"] = latest
        context["category_sections"] = self.category_sections(request)
        return context

    def published_articles(self):
        """The site's live, public articles, newest first, ready for cards."""
        return ArticlePage.objects.descendant_of(self).published().for_cards()

    def lead_and_latest(self, request: HttpRequest) -> tuple[ArticlePage | None, list]:
        """The lead article (the editor's choice if live and public, else the newest) and the next.

        One query: the chosen lead is sorted first, whatever its date.
        """
        articles = attach_categories(
            self.published_articles().featuring(self.lead_article_id)[: LATEST_ARTICLES_COUNT + 1],
            request,
        )
        return (articles[0] if articles else None), articles[1:]

    def category_sections(self, request: HttpRequest) -> list[tuple[CategoryLink, list]]:
        """Each live category with its newest articles, in one query whatever their number.

        A window function ranks articles within their parent category, so the newest few of
        every category come back from a single query instead of one query per category.
        """
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
        by_path: dict[str, list[ArticlePage]] = {}
        for article in ranked:
            by_path.setdefault(article.category_path, []).append(article)
        return [
            (category, by_path[category.path])
            for category in request_categories(request)
            if category.path in by_path
        ]
