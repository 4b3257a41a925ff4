from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    """The newsroom's admin: roles, the review workflow, article lists and dashboard panels."""

    name = "magazine.newsroom"
    label = "newsroom"
    verbose_name = _("Rédaction")
