"""Pages of article cards, as the author, tag and search listings print them."""

from django.core.paginator import Page
from django.http import HttpRequest

from .categories import attach_categories
from .pagination import ARTICLES_PER_PAGE, page_of

# « Derniers articles » (home, search without results) fills whole rows of the card grid:
# two rows of four on a desktop, of two on a tablet.
LATEST_ARTICLES_COUNT = 8


def card_page(request: HttpRequest, articles, per_page: int = ARTICLES_PER_PAGE) -> Page:
    """Return the page of `articles` that `?page=` asks for, each with its category attached."""
    page = page_of(request, articles, per_page)
    if page.paginator.count:  # an empty page would run its (search) query once more
        page.object_list = attach_categories(page.object_list, request)
    return page
