"""The tag pages: the live articles filed under one tag."""

import hashlib

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from taggit.models import Tag

from magazine.articles.models import ArticlePage
from magazine.articles.refs import card_ref_page
from magazine.cache.fragments import generation_cached_if_found
from magazine.cache.tags import keyword_tag, tag_response


def tag_or_404(slug: str) -> Tag:
    """Return the tag with this slug, or raise Http404 (for any text, NUL included)."""
    # PostgreSQL refuses a NUL character in a query; no slug holds one.
    if "\x00" in slug:
        raise Http404("Mot-clé inconnu")
    # Kept until the next change of content; the key holds a digest: a slug is any text.
    digest = hashlib.blake2b(slug.encode(), digest_size=12).hexdigest()
    tag = generation_cached_if_found(
        "tag-by-slug", (digest,), lambda: Tag.objects.filter(slug=slug).first()
    )
    if tag is None:
        raise Http404("Mot-clé inconnu")
    return tag


@require_safe
def tag_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Render the live articles with the tag, newest first, paginated.

    A tag that no live article carries is a 404, like an unknown one: tags of drafts stay
    unpublished, and search engines find no empty pages.
    """
    tag = tag_or_404(slug)
    tagged = ArticlePage.objects.published().filter(tagged_items__tag=tag)
    articles = card_ref_page(request, tagged, ("tag", tag.pk))
    if not articles.paginator.count:
        raise Http404("Aucun article publié avec ce mot-clé")
    response = render(request, "tags/tag_detail.html", {"tag": tag, "articles": articles})
    return tag_response(response, keyword_tag(tag.pk))
