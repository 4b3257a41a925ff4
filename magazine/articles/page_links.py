"""Per-site caches of light links to the pages of one type, forgotten when one changes.

Every page prints the menu of categories and the footer's information pages, so each list
is read once per site and kept in the cache as plain data rather than pages. A list is
forgotten whenever a page of its type is saved (published, unpublished, renamed), moved or
deleted, and whenever a view restriction changes, since a restriction hides a page without
saving it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .querysets import is_public


@dataclass(frozen=True)
class PageLinks:
    """The cached links of one page type: `get()` them for a site, `connect()` the signals."""

    name: str
    page_model: type[Page]
    to_link: Callable[[Page, HttpRequest | None], Any]

    def key(self, site_id: int) -> str:
        return f"page-links:{self.name}:{site_id}"

    def get(self, site: Site, request: HttpRequest | None = None) -> list:
        """Return the links of the site's live, public pages of the type, in tree order."""

        def build() -> list:
            pages = (
                self.page_model.objects.descendant_of(site.root_page)
                .live()
                .filter(is_public())
                .defer_streamfields()
                .order_by("path")
            )
            return [self.to_link(page, request) for page in pages]

        return cache.get_or_set(self.key(site.pk), build, timeout=None)

    def for_request(self, request: HttpRequest | None) -> list:
        """Return the links of the site serving `request` (the default site without one)."""
        site = (
            Site.find_for_request(request)
            if request
            else Site.objects.filter(is_default_site=True).first()
        )
        return self.get(site, request) if site else []

    def clear(self, **kwargs) -> None:
        """Forget the links of every site (also a signal receiver)."""
        site_ids = Site.objects.values_list("pk", flat=True)
        cache.delete_many([self.key(site_id) for site_id in site_ids])

    def clear_for_page(self, sender: type, instance: Any = None, **kwargs) -> None:
        """Signal receiver: forget the links when a page of the type changes.

        The sender is checked too: a move sends the page as a plain Page, with its specific
        class as the sender.
        """
        if isinstance(instance, self.page_model) or (
            isinstance(sender, type) and issubclass(sender, self.page_model)
        ):
            self.clear()

    def connect(self) -> None:
        """Connect the receivers that keep the links true; call it from an app's `ready()`."""
        uid = f"page-links-{self.name}"
        # Publishing, unpublishing and renaming all save the page; moves save via treebeard.
        post_save.connect(self.clear_for_page, dispatch_uid=f"{uid}-save", weak=False)
        post_delete.connect(self.clear_for_page, dispatch_uid=f"{uid}-delete", weak=False)
        post_page_move.connect(self.clear_for_page, dispatch_uid=f"{uid}-move", weak=False)
        # Actions that save a plain Page still send these with the specific page.
        page_published.connect(self.clear_for_page, dispatch_uid=f"{uid}-pub", weak=False)
        page_unpublished.connect(self.clear_for_page, dispatch_uid=f"{uid}-unp", weak=False)
        for signal, action in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(
                self.clear,
                sender=PageViewRestriction,
                dispatch_uid=f"{uid}-restriction-{action}",
                weak=False,
            )
