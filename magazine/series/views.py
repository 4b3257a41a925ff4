"""A series' page: its description and every live episode, in order."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from magazine.articles.models import ArticlePage
from magazine.articles.refs import card_ref_page
from magazine.cache.tags import series_tag, tag_response

from .models import Series

# A series rarely runs longer: every episode on one page, the rest paginated.
EPISODES_PER_PAGE = 48


@require_safe
def series_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The series at /series/<slug>/: its episodes in their order, as cards."""
    series = get_object_or_404(Series, slug=slug)
    episodes = ArticlePage.objects.published().filter(series=series).order_by("episode", "pk")
    page = card_ref_page(request, episodes, ("series", series.pk), per_page=EPISODES_PER_PAGE)
    context = {"series": series, "episodes": page}
    return tag_response(
        render(request, "series/series_detail.html", context), series_tag(series.pk)
    )
