"""The information pages of a site as light links, cached until one of them changes.

Every page prints them in its footer, so the list is read once per site and kept in the
cache as plain data. It is forgotten whenever an information page is saved, published,
unpublished, moved or deleted, and whenever a view restriction changes.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest

from wagtail.models import Site

from magazine.articles.querysets import is_public

from .models import InformationPage

CACHE_KEY = "pages:information:{site_id}"


@dataclass(frozen=True)
class InformationLink:
    """What the footer prints of an information page."""

    title: str
    url: str
    path: str


def site_information_links(site: Site, request: HttpRequest | None = None) -> list[InformationLink]:
    """Return the site's live, public information pages in tree order."""

    def build() -> list[InformationLink]:
        pages = (
            InformationPage.objects.descendant_of(site.root_page)
            .live()
            .filter(is_public())
            .defer_streamfields()
            .order_by("path")
        )
        return [
            InformationLink(title=page.title, url=page.get_url(request), path=page.path)
            for page in pages
        ]

    return cache.get_or_set(CACHE_KEY.format(site_id=site.pk), build, timeout=None)


def clear_information_links(**kwargs) -> None:
    """Forget the cached information links of every site (also a signal receiver)."""
    site_ids = Site.objects.values_list("pk", flat=True)
    cache.delete_many([CACHE_KEY.format(site_id=site_id) for site_id in site_ids])


def clear_information_links_for_page(sender: type, instance=None, **kwargs) -> None:
    """Signal receiver: forget the cached links when an information page changes.

    The sender is checked too: a move sends the page as a plain Page, with its specific
    class as the sender.
    """
    if isinstance(instance, InformationPage) or (
        isinstance(sender, type) and issubclass(sender, InformationPage)
    ):
        clear_information_links()
