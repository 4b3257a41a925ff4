"""The newsroom's admin: hooks into Wagtail's editor and dashboard."""

from wagtail import hooks

from .scheduling import ScheduleMenuItem

# --- Scheduling in the editor, and the dashboard's article panels --------------------------


@hooks.register("register_page_action_menu_item")
def register_schedule_menu_item() -> ScheduleMenuItem:
    """« Programmer… » right after « Publier » (order 30) in the publish actions."""
    return ScheduleMenuItem(order=31)


# --- End of scheduling and dashboard panels ------------------------------------------------
