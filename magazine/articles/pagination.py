"""Pagination of listings that answers any `?page=` value without an error."""

from django.core.paginator import Page, Paginator
from django.http import Http404, HttpRequest

# Article listings (categories, authors, tags) show this many cards a page.
ARTICLES_PER_PAGE = 12


def page_of(request: HttpRequest, items, per_page: int) -> Page:
    """Return the page of `items` that `?page=` asks for.

    Anything that is not a positive whole number (abc, 0, -1, 1e9 written as such, empty)
    gives page 1; a number past the last page is a 404, as a page that does not exist.
    """
    paginator = Paginator(items, per_page)
    raw = request.GET.get("page", "").strip()
    if not (raw.isascii() and raw.isdigit()) or int(raw[:12]) < 1:
        return paginator.page(1)
    if len(raw) > 9 or int(raw) > paginator.num_pages:
        raise Http404("Page hors limites")
    return paginator.page(int(raw))


def card_page(request: HttpRequest, articles, per_page: int = ARTICLES_PER_PAGE) -> Page:
    """Return the page of `articles` that `?page=` asks for, each with its category attached."""
    from .querysets import attach_categories

    page = page_of(request, articles, per_page)
    if page.paginator.count:  # an empty page would run its (search) query once more
        page.object_list = attach_categories(page.object_list, request)
    return page
