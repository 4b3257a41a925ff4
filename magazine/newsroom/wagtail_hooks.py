"""The newsroom's admin: the « Articles » list, « Nouvel article », « Programmer… » in the
editor and the dashboard's article panels, through Wagtail's hooks."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .dashboard import DraftArticlesPanel, ScheduledArticlesPanel
from .listing import ArticleListingViewSet
from .new_article import NewArticleMenuItem, NewArticlePanel, may_write
from .scheduling import ScheduleMenuItem


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


@hooks.register("register_page_action_menu_item")
def register_schedule_menu_item() -> ScheduleMenuItem:
    """« Programmer… » right after « Publier » (order 30) in the publish actions."""
    return ScheduleMenuItem(order=31)


@hooks.register("construct_homepage_panels")
def add_article_panels(request: HttpRequest, panels: list[Component]) -> None:
    """« Nouvel article » for whoever may write, « Articles programmés » and « Mes brouillons »."""
    if may_write(request):
        panels.append(NewArticlePanel())
    panels.extend([ScheduledArticlesPanel(), DraftArticlesPanel()])
