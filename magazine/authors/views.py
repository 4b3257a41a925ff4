"""The author pages: who signs, and what they signed."""

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from wagtail.images import get_image_model

from magazine.articles.images import IMAGE_VARIANTS
from magazine.articles.models import ArticlePage, attach_categories
from magazine.articles.pagination import page_of

from .models import Author

ARTICLES_PER_PAGE = 12


@require_safe
def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Render an author's bio and photo, then their live articles, newest first, paginated."""
    portrait_renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=IMAGE_VARIANTS["portrait"].specs)
    )
    author = get_object_or_404(
        Author.objects.select_related("photo").prefetch_related(
            Prefetch("photo__renditions", queryset=portrait_renditions)
        ),
        slug=slug,
    )
    articles = page_of(
        request,
        ArticlePage.objects.published().filter(authors__author=author).for_cards(),
        ARTICLES_PER_PAGE,
    )
    articles.object_list = attach_categories(articles.object_list, request)
    return render(request, "authors/author_detail.html", {"author": author, "articles": articles})
