"""Pagination of listings that answers any `?page=` value without an error."""

from django.core.paginator import Page, Paginator
from django.http import Http404, HttpRequest


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
