"""« Articles »: every article of the magazine in one list, Wagtail's flat page listing."""

from django.db.models import F, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _

from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import (
    BulkActionsColumn,
    PageStatusColumn,
    PageTitleColumn,
    ParentPageColumn,
)
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Page

from magazine.articles.models import ArticlePage, ArticlePageAuthor

from .filters import ArticleFilterSet
from .new_article import ChooseCategoryView

# Sorting keys that are not columns of the article: the value each is sorted on.
SORT_VALUES = {
    # The category's title (the parent page of every article).
    "category": Subquery(
        Page.objects.filter(
            path=Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * Page.steplen)
        ).values("title")[:1]
    ),
    # The name of the first author in signing order.
    "authors": Subquery(
        ArticlePageAuthor.objects.filter(page=OuterRef("pk"))
        .order_by("sort_order")
        .values("author__name")[:1]
    ),
}


class ArticleIndexView(IndexView):
    """Wagtail's flat page listing, with each article's authors and sortable by category."""

    add_item_label = _("Nouvel article")

    def annotate_queryset(self, pages: QuerySet) -> QuerySet:
        author_links = ArticlePageAuthor.objects.select_related("author")
        pages = super().annotate_queryset(pages)
        return pages.prefetch_related(Prefetch("authors", queryset=author_links))

    def order_queryset(self, queryset: QuerySet) -> QuerySet:
        """Sort on SORT_VALUES as expressions, which a search backend accepts unindexed."""
        key = (self.ordering or "").removeprefix("-")
        if key not in SORT_VALUES or (self.is_searching and not self.is_explicitly_ordered):
            return super().order_queryset(queryset)
        value = F(f"sort_{key}")
        order = value.desc(nulls_last=True) if self.ordering.startswith("-") else value.asc()
        return queryset.annotate(**{f"sort_{key}": SORT_VALUES[key]}).order_by(
            order, F("pk").desc()
        )


def author_names(article: ArticlePage) -> str:
    """The article's authors, in signing order."""
    return ", ".join(author.name for author in article.signing_authors)


class PageEditorMenuItem(MenuItem):
    """A menu item shown to the users who may work on pages, as Wagtail's « Pages » is."""

    def is_shown(self, request) -> bool:
        return user_has_any_page_permission(request.user)


class ArticleListingViewSet(PageListingViewSet):
    """Every article, filtered, sorted and searched; Wagtail's bulk actions on a selection."""

    model = ArticlePage
    name = "articles"
    icon = "doc-full"
    menu_label = _("Articles")
    menu_order = 110
    add_to_admin_menu = True
    menu_item_class = PageEditorMenuItem
    index_view_class = ArticleIndexView
    choose_parent_view_class = ChooseCategoryView
    filterset_class = ArticleFilterSet
    columns = [
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn("title", label=_("Titre"), sort_key="title", classname="title"),
        ParentPageColumn("parent", label=_("Rubrique"), sort_key="category"),
        Column("authors", label=_("Auteurs"), accessor=author_names, sort_key="authors"),
        PageStatusColumn("status", label=_("Statut"), sort_key="live"),
        DateColumn(
            "first_published_at", label=_("Première publication"), sort_key="first_published_at"
        ),
        DateColumn(
            "latest_revision_created_at",
            label=_("Dernière modification"),
            sort_key="latest_revision_created_at",
        ),
    ]
