"""The information pages of a site as light links for the footer, cached (see page_links)."""

from dataclasses import dataclass

from django.http import HttpRequest

from magazine.articles.page_links import PageLinks

from .models import InformationPage


@dataclass(frozen=True)
class InformationLink:
    """What the footer (and the comment form, for the privacy page) prints of a page."""

    title: str
    url: str
    path: str
    pk: int


def information_link(page: InformationPage, request: HttpRequest | None) -> InformationLink:
    """Return the link the footer prints for `page`."""
    return InformationLink(title=page.title, url=page.get_url(request), path=page.path, pk=page.pk)


INFORMATION_LINKS = PageLinks("information", InformationPage, information_link)
