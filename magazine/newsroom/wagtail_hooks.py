"""Admin registration of the newsroom: the « Articles » list and « Nouvel article »."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from .listing import ArticleListingViewSet
from .new_article import NewArticleMenuItem, NewArticlePanel, may_write


@hooks.register("register_admin_viewset")
def register_article_listing() -> ArticleListingViewSet:
    return ArticleListingViewSet()


@hooks.register("register_admin_menu_item")
def register_new_article_menu_item() -> NewArticleMenuItem:
    return NewArticleMenuItem(
        _("Nouvel article"),
        reverse("articles:choose_parent"),
        name="nouvel-article",
        icon_name="plus",
        order=ArticleListingViewSet.menu_order + 1,
    )


@hooks.register("construct_homepage_panels")
def add_new_article_panel(request: HttpRequest, panels: list) -> None:
    if may_write(request):
        panels.append(NewArticlePanel())
