"""The reader search: the results page and the suggestions the search box shows as one types."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from magazine.articles.card_html import cards_html
from magazine.articles.categories import request_categories
from magazine.articles.listings import LATEST_ARTICLES_COUNT
from magazine.cache.tags import SEARCH, cache_tags

from .catalogue import catalogue_matches
from .query import ReaderQuery
from .results import latest_articles, search_page, suggested_articles

RESULTS_PER_PAGE = 10
RESULT_TEMPLATE = "includes/search_result.html"
SUGGESTIONS_COUNT = 6
# Fewer letters than this match too many titles to help.
SUGGESTION_MIN_LENGTH = 2


@require_safe
@cache_tags(SEARCH)
def search(request: HttpRequest) -> HttpResponse:
    """Render the results for `q`, 10 a page, in the `categorie` given; 200 for any text."""
    query = ReaderQuery.from_input(request.GET.get("q", ""))
    categories = request_categories(request)
    slug = request.GET.get("categorie", "")
    category = next((c for c in categories if c.slug == slug), None)
    results = None
    catalogue = []
    if not query.is_empty:
        results = search_page(request, query, category, RESULTS_PER_PAGE)
        # Each result's HTML, kept in the cache like the cards (it shows nothing of the query).
        results.object_list = cards_html(results.object_list, request, template=RESULT_TEMPLATE)
        if results.number == 1:
            catalogue = catalogue_matches(query)
    found = results is not None and results.paginator.count > 0
    context = {
        "query": query,
        "categories": categories,
        "category": category,
        "unknown_category": bool(slug) and category is None,
        "results": results,
        "catalogue": catalogue,
        "latest_articles": [] if found else latest_articles(request, LATEST_ARTICLES_COUNT),
        "pagination_query": urlencode(
            {"q": query.text, **({"categorie": category.slug} if category else {})}
        ),
        "all_categories_query": urlencode({"q": query.text}),
    }
    return render(request, "search/search_results.html", context)


@require_safe
@cache_control(public=True, max_age=60)
def suggestions(request: HttpRequest) -> JsonResponse:
    """Return as JSON the titles and URLs of articles whose title starts words as `q` does."""
    query = ReaderQuery.from_input(request.GET.get("q", ""))
    articles = []
    if len(query.autocomplete_text()) >= SUGGESTION_MIN_LENGTH:
        articles = suggested_articles(query, SUGGESTIONS_COUNT)
    return JsonResponse(
        {
            "query": query.text,
            "suggestions": [
                {"title": article.title, "url": article.get_url(request)} for article in articles
            ],
        }
    )
