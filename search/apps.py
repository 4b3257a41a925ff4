"""The reader search app: French search configurations, results and suggestions."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.signals import page_published

from .indexing import REINDEX_RECEIVER_UID, reindex_published_page


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Recherche")

    def ready(self) -> None:
        page_published.connect(reindex_published_page, dispatch_uid=REINDEX_RECEIVER_UID)
