"""The home page: a lead article, the latest articles and a section per category."""

from django.db import models
from django.db.models import F, Window
from django.db.models.functions import Length, RowNumber, Substr
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from magazine.articles.models import ArticlePage, CategoryPage, attach_categories

LATEST_ARTICLES_COUNT = 6
ARTICLES_PER_SECTION = 4


class HomePage(Page):
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
    subpage_types = ["articles.CategoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d'accueil")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        published = ArticlePage.objects.descendant_of(self).published().for_cards()
        latest = list(published[: LATEST_ARTICLES_COUNT + 1])
        lead = None
        if self.lead_article_id:
            lead = published.filter(pk=self.lead_article_id).first()
        if lead is None and latest:
            lead = latest[0]
        latest = [article for article in latest if article != lead][:LATEST_ARTICLES_COUNT]
        attach_categories([lead, *latest] if lead else latest)
        context["lead_article"] = lead
        context["latest_articles"] = latest
        context["category_sections"] = self.category_sections()
        return context

    def category_sections(self) -> list[tuple[CategoryPage, list[ArticlePage]]]:
        """Each live category with its newest articles, in two queries whatever their number.

        A window function ranks articles within their parent category, so the newest few of
        every category come back from a single query instead of one query per category.
        """
        categories = list(
            CategoryPage.objects.child_of(self).live().public().defer_streamfields()
        )
        ranked = (
            ArticlePage.objects.descendant_of(self)
            .published()
            .for_cards()
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
        sections = []
        for category in categories:
            articles = by_path.get(category.path, [])
            for article in articles:
                article.category = category
            if articles:
                sections.append((category, articles))
        return sections
