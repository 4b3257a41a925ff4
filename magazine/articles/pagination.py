"""Pagination of listings that answers any `?page=` value without an error."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404

# Article listings (categories, authors, tags) show this many cards a page.
ARTICLES_PER_PAGE = 12


class ListingPaginator(Paginator):
    """Django's paginator, whose `get_page()` answers 404 past the last page.

    `get_page()` already gives page 1 for what is not a whole number (abc, 1.5, empty);
    a number below 1 gets page 1 as well rather than the last page, and a number past the
    last page is a page that does not exist: a 404, so crawlers drop it.
    """

    def validate_number(self, number) -> int:
        try:
            return super().validate_number(number)
        except EmptyPage:
            if int(number) < 1:
                raise PageNotAnInteger(number) from None
            raise Http404("Page hors limites") from None
