"""The hubs of games and products: their sheet, their latest test, every article about them."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_safe

from magazine.articles.refs import card_ref_page
from magazine.cache.fragments import page_piece
from magazine.cache.tags import tag_response

from .hubs import articles_about, latest_review
from .models import Game, Product


def hub(request: HttpRequest, item: Game | Product, kind: str) -> HttpResponse:
    """Render the hub of `item`: its sheet and latest test (a piece kept until the next
    change), then the articles about it, newest first, paginated."""
    articles = card_ref_page(request, articles_about(item), (kind, item.pk))

    def render_head() -> str:
        context = {kind: item, "review": latest_review(item)}
        return render_to_string(f"reviews/{kind}_hub_head.html", context, request)

    context = {
        "item": item,
        "head": page_piece(request, f"{kind}-hub", (item.pk,), render_head),
        "articles": articles,
    }
    response = render(request, "reviews/hub.html", context)
    return tag_response(response, item.cache_tag())


@require_safe
def game_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A game's hub, at /jeux/<slug>/."""
    return hub(request, get_object_or_404(Game.objects.select_related("cover"), slug=slug), "game")


@require_safe
def product_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A product's hub, at /produits/<slug>/."""
    product = get_object_or_404(Product.objects.select_related("image"), slug=slug)
    return hub(request, product, "product")
