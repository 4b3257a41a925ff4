"""« Programmer… » among the editor's publish actions."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.action_menu import PublishMenuItem


class ScheduleMenuItem(PublishMenuItem):
    """Opens Wagtail's own « Définir la programmation » dialog from the publish actions.

    Wagtail offers that dialog only from the status side panel, where editors miss it. The
    button opens it as the panel's own link does, with a11y-dialog's `data-a11y-dialog-show`
    attribute: no script of ours. It shows wherever « Publier » shows (the permission test
    is inherited), since only a user who may publish can make a schedule take effect.
    """

    name = "action-schedule"
    label = _("Programmer…")
    icon_name = "calendar-alt"
    template_name = "newsroom/schedule_menu_item.html"
