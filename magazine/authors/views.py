"""The author pages: who signs, and what they signed."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from magazine.articles.images import prefetch_renditions
from magazine.articles.models import ArticlePage
from magazine.articles.refs import card_ref_page
from magazine.cache.fragments import generation_cached_if_found
from magazine.cache.tags import author_tag, tag_response

from .models import Author


@require_safe
def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Render an author's bio and photo, then their live articles, newest first, paginated."""
    author = generation_cached_if_found(
        "author-by-slug",
        (slug,),
        lambda: (
            Author.objects.select_related("photo")
            .prefetch_related(prefetch_renditions("photo", "portrait"))
            .filter(slug=slug)
            .first()
        ),
    )
    if author is None:
        raise Http404("Auteur inconnu")
    articles = card_ref_page(
        request,
        ArticlePage.objects.published().filter(authors__author=author),
        ("author", author.pk),
    )
    context = {"author": author, "articles": articles}
    response = render(request, "authors/author_detail.html", context)
    return tag_response(response, author_tag(author.pk))
