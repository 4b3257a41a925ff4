"""Admin registration of authors as a snippet, each with the list of their articles."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import DateColumn, Table, TitleColumn
from wagtail.admin.ui.tables.pages import PageStatusColumn, ParentPageColumn
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import InspectView, SnippetViewSet

from magazine.articles.models import ArticlePage

from .choosers import AuthorChooserViewSet
from .models import Author

ARTICLE_COLUMNS = [
    TitleColumn(
        "title",
        label=_("Titre"),
        accessor="get_admin_display_title",
        get_url=lambda article: reverse("wagtailadmin_pages:edit", args=[article.pk]),
    ),
    ParentPageColumn("parent", label=_("Rubrique")),
    PageStatusColumn("status", label=_("Statut")),
    DateColumn("latest_revision_created_at", label=_("Dernière modification")),
]


class AuthorInspectView(InspectView):
    """The author's details, then every article they sign, each linked to its editor."""

    def get_field_label(self, field_name: str, field) -> str:
        if field_name == "articles":
            return _("Articles")
        return super().get_field_label(field_name, field)

    def get_articles_display_value(self) -> Table | str:
        """The author's articles, drafts included, last modified first, in four queries."""
        articles = list(
            ArticlePage.objects.filter(authors__author=self.object)
            .defer_streamfields()
            .prefetch_workflow_states()
            .annotate_approved_schedule()
            .order_by("-latest_revision_created_at", "-pk")
        )
        if not articles:
            return _("Aucun article pour l'instant.")
        Page.objects.annotate_parent_page(articles)
        return Table(ARTICLE_COLUMNS, articles)


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Auteurs")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]
    chooser_viewset_class = AuthorChooserViewSet
    inspect_view_enabled = True
    inspect_view_class = AuthorInspectView
    inspect_view_fields = ["name", "slug", "bio", "articles"]


register_snippet(AuthorViewSet)
