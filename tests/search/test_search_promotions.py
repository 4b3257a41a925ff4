"""Search promotions: the articles editors pin for a query come first on /recherche/.

Run on PostgreSQL with the whole suite, and on SQLite by `make test`.
"""

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import PageViewRestriction

from tests.support.html import page_soup
from tests.support.search import article, result_titles


def promote(query_string: str, *articles) -> None:
    """Pin `articles` for `query_string`, in that order, as the admin saves them."""
    query = Query.get(query_string)
    for order, promoted in enumerate(articles):
        SearchPromotion.objects.create(query=query, page=promoted, sort_order=order)


def test_promoted_articles_come_first_in_the_editors_order(client, category):
    article(category, "Casques audio sans fil")
    first = article(category, "Écouteurs : notre sélection")
    second = article(category, "Enceintes connectées")
    promote("casques", first, second)
    assert result_titles(client, q="casques") == [
        "Écouteurs : notre sélection",
        "Enceintes connectées",
        "Casques audio sans fil",
    ]


def test_a_promoted_article_that_matches_is_listed_once(client, category):
    article(category, "Casques audio sans fil")
    promoted = article(category, "Casques de réalité virtuelle")
    promote("casques", promoted)
    assert result_titles(client, q="casques") == [
        "Casques de réalité virtuelle",
        "Casques audio sans fil",
    ]


def test_an_editor_pins_an_article_in_the_admin(admin_client, client, category):
    article(category, "Casques audio sans fil")
    pinned = article(category, "Écouteurs : notre sélection")
    response = admin_client.post(
        "/admin/searchpicks/add/",
        {
            "query_string": "Casques",
            "editors_picks-TOTAL_FORMS": 1,
            "editors_picks-INITIAL_FORMS": 0,
            "editors_picks-MAX_NUM_FORMS": 1000,
            "editors_picks-0-DELETE": "",
            "editors_picks-0-ORDER": 0,
            "editors_picks-0-page": pinned.pk,
            "editors_picks-0-description": "",
        },
    )
    assert response.status_code == 302
    assert result_titles(client, q="casques")[0] == "Écouteurs : notre sélection"


def test_the_query_is_matched_as_wagtail_normalises_it(client, category):
    promote("casques audio", article(category, "Écouteurs : notre sélection"))
    article(category, "Casques audio sans fil")
    assert result_titles(client, q="  CASQUES   Audio ")[0] == "Écouteurs : notre sélection"


def test_an_unpublished_promoted_article_is_not_shown(client, category):
    article(category, "Casques audio sans fil")
    draft = article(category, "Écouteurs : un brouillon", live=False)
    withdrawn = article(category, "Écouteurs : un article retiré")
    promote("casques", draft, withdrawn)
    withdrawn.unpublish()
    assert result_titles(client, q="casques") == ["Casques audio sans fil"]


def test_a_view_restricted_promoted_article_is_not_shown(client, category):
    article(category, "Casques audio sans fil")
    private = article(category, "Écouteurs : réservé aux abonnés")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    promote("casques", private)
    assert result_titles(client, q="casques") == ["Casques audio sans fil"]


def test_promoted_articles_are_counted_and_paginated_with_the_results(client, category):
    for number in range(11):
        article(category, f"Casques numéro {number}")
    promote("casques", article(category, "Écouteurs : notre sélection"))
    first = page_soup(client, "/recherche/", {"q": "casques"})
    second = page_soup(client, "/recherche/", {"q": "casques", "page": "2"})
    assert first.select_one(".search-count").get_text().startswith("12 articles trouvés")
    assert len(first.select(".search-result")) == 10
    assert first.select_one(".search-result__title").get_text(strip=True).startswith("Écouteurs")
    assert len(second.select(".search-result")) == 2
    assert second.select_one(".search-results")["start"] == "11"


def test_a_promotion_outside_the_chosen_category_is_not_shown(client, category, other_category):
    article(category, "Casques audio sans fil")
    promote("casques", article(other_category, "Écouteurs : notre sélection"))
    assert result_titles(client, q="casques", categorie="jeux-video") == ["Casques audio sans fil"]


def test_promoted_articles_are_found_without_any_other_result(client, category):
    promote("zeppelin", article(category, "Les dirigeables reviennent"))
    assert result_titles(client, q="zeppelin") == ["Les dirigeables reviennent"]


def test_a_search_records_nothing(client, category):
    """Readers' searches write nothing: the page can come from a cache, and a spike of
    searches must not become a spike of writes (see the README)."""
    promote("casques", article(category, "Écouteurs : notre sélection"))
    client.get("/recherche/", {"q": "casques"})
    client.get("/recherche/", {"q": "zeppelin"})
    assert list(Query.objects.values_list("query_string", flat=True)) == ["casques"]
    assert not QueryDailyHits.objects.exists()
