"""The newsroom's admin: hooks into Wagtail's editor and dashboard."""

from django.http import HttpRequest

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .dashboard import DraftArticlesPanel, ScheduledArticlesPanel
from .scheduling import ScheduleMenuItem

# --- Scheduling in the editor, and the dashboard's article panels --------------------------


@hooks.register("register_page_action_menu_item")
def register_schedule_menu_item() -> ScheduleMenuItem:
    """« Programmer… » right after « Publier » (order 30) in the publish actions."""
    return ScheduleMenuItem(order=31)


@hooks.register("construct_homepage_panels")
def add_article_panels(request: HttpRequest, panels: list[Component]) -> None:
    """« Articles programmés » and « Mes brouillons » on the dashboard."""
    panels.extend([ScheduledArticlesPanel(), DraftArticlesPanel()])


# --- End of scheduling and dashboard panels ------------------------------------------------
