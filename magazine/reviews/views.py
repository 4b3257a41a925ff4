"""The hubs of games and products: their sheet, their latest test, every article about them."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_safe

from magazine.articles.models import CategoryPage
from magazine.articles.refs import card_ref_page
from magazine.cache.fragments import generation_cached_if_found, page_piece
from magazine.cache.tags import RELEASES, page_tag, tag_response

from .hubs import articles_about, latest_review
from .listings import category_test_articles
from .models import Game, Product
from .platforms import Platform
from .releases import upcoming_releases


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


@require_safe
def release_calendar(request: HttpRequest) -> HttpResponse:
    """The games to come, by month, on every platform or the one `?plateforme=` names.

    The calendar is a piece kept until the next change, per platform and per day (releases
    leave it as their day passes). A platform we do not know is a 404, so made-up values
    fill no cache.
    """
    platform = request.GET.get("plateforme", "")
    if platform and platform not in Platform.values:
        raise Http404
    today = timezone.localdate()

    def render_calendar() -> str:
        groups = upcoming_releases(today, platform)
        return render_to_string("reviews/release_calendar_groups.html", {"groups": groups})

    context = {
        "calendar": page_piece(request, "release-calendar", (platform, today), render_calendar),
        "platforms": Platform.choices,
        "platform": platform,
    }
    response = render(request, "reviews/release_calendar.html", context)
    return tag_response(response, RELEASES)


@require_safe
def category_tests(request: HttpRequest, category: str) -> HttpResponse:
    """A category's tests, newest first, their scores on the cards, at /<category>/tests/.

    The category is kept in the cache once found (a made-up slug fills none); the listing
    is the category's, purged with it.
    """
    found = generation_cached_if_found(
        "category-by-slug",
        (category,),
        lambda: CategoryPage.objects.live().filter(slug=category).first(),
    )
    if found is None:
        raise Http404
    context = {
        "category": found,
        "articles": card_ref_page(
            request, category_test_articles(found), ("category-tests", found.pk)
        ),
    }
    response = render(request, "reviews/category_tests.html", context)
    return tag_response(response, page_tag(found.pk))
