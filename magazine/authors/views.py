"""The author pages: who signs, and what they signed."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from magazine.articles.images import prefetch_renditions
from magazine.articles.models import ArticlePage
from magazine.articles.refs import card_ref_page
from magazine.cache.tags import author_tag, tag_response

from .models import Author


@require_safe
def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Render an author's bio and photo, then their live articles, newest first, paginated."""
    author = get_object_or_404(
        Author.objects.select_related("photo").prefetch_related(
            prefetch_renditions("photo", "portrait")
        ),
        slug=slug,
    )
    articles = card_ref_page(
        request,
        ArticlePage.objects.published().filter(authors__author=author),
        ("author", author.pk),
    )
    context = {"author": author, "articles": articles}
    response = render(request, "authors/author_detail.html", context)
    return tag_response(response, author_tag(author.pk))
