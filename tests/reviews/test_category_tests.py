"""A category's « Tests » listing at /<category>/tests/: its live tests only, newest first,
each card with its score and word, for a fixed number of queries; the category links to it
while it has a live test."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory, CategoryPageFactory
from tests.factories.reviews import GameFactory
from tests.support.frontend_cache import SENT
from tests.support.html import card_titles, page_soup
from tests.support.queries import warm_query_count

from .conftest import review_body

# The category from the cache, the listing's references and cards too.
TESTS_PAGE_QUERIES = 1


def dated(days_ago: int) -> dict:
    when = timezone.now() - timedelta(days=days_ago)
    return {"first_published_at": when, "last_published_at": when}


def url(category) -> str:
    return f"/{category.slug}/tests/"


def test_the_listing_shows_only_the_categorys_tests_with_their_scores(
    client, category, home_page, game, scale
):
    test = ArticlePageFactory(
        parent=category, title="Un test", body=review_body(game.pk, scale_id=scale.pk), **dated(1)
    )
    ArticlePageFactory(parent=category, title="Pas un test", **dated(0))
    elsewhere = CategoryPageFactory(parent=home_page)
    ArticlePageFactory(parent=elsewhere, body=review_body(game.pk, scale_id=scale.pk))
    ArticlePageFactory(
        parent=category, never_published=True, body=review_body(game.pk, scale_id=scale.pk)
    )
    page = page_soup(client, url(category))
    assert card_titles(page) == [test.title]
    score = page.select_one(".card .test-score")
    assert score.data["value"] == "8.5"
    assert score.select_one(".test-score__label").get_text() == "Très bon"


def test_a_test_without_a_score_has_a_card_without_one(client, category, product):
    ArticlePageFactory(
        parent=category, body=review_body(product_id=product.pk, score=None, scale_id=None)
    )
    page = page_soup(client, url(category))
    assert len(card_titles(page)) == 1
    assert page.select_one(".test-score") is None


def tests_link(client, category) -> str | None:
    """The address of the link to « Nos tests » on the category's page, if it has one."""
    link = page_soup(client, category.url).find("a", string="Nos tests de la rubrique")
    return link["href"] if link else None


def test_a_category_with_a_live_test_links_to_its_tests(client, review_article):
    category = review_article.get_parent()
    assert tests_link(client, category) == url(category)
    assert card_titles(page_soup(client, tests_link(client, category))) == [review_article.title]


def test_a_category_without_a_live_test_has_no_link(client, home_page, category, game, scale):
    ArticlePageFactory(parent=category, title="Pas un test")
    ArticlePageFactory(
        parent=category, never_published=True, body=review_body(game.pk, scale_id=scale.pk)
    )
    ArticlePageFactory(
        parent=CategoryPageFactory(parent=home_page), body=review_body(game.pk, scale_id=scale.pk)
    )
    assert tests_link(client, category) is None


def test_the_link_follows_tests_as_they_are_published_and_withdrawn(client, category, game, scale):
    assert tests_link(client, category) is None
    test = ArticlePageFactory(
        parent=category, never_published=True, body=review_body(game.pk, scale_id=scale.pk)
    )
    test.save_revision().publish()
    assert tests_link(client, category) == url(category)
    test.refresh_from_db()
    test.unpublish()
    assert tests_link(client, category) is None


def test_deleting_the_only_tested_game_takes_the_link_away_and_purges_the_category(
    client, settings, django_capture_on_commit_callbacks, review_article, game
):
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": "tests.support.frontend_cache.RecordingBackend"}
    }
    SENT.clear()
    category = review_article.get_parent()
    assert tests_link(client, category) == url(category)
    with django_capture_on_commit_callbacks(execute=True):
        game.delete()
    assert f"p{category.pk}" in SENT.all_tags
    assert tests_link(client, category) is None
    SENT.clear()


def test_knowing_which_categories_have_tests_costs_one_query_per_change(
    client, home_page, review_article, scale
):
    other = category_with_tests(home_page, 1, scale)
    assert tests_link(client, other) == url(other)
    # A piece of its own for each category, one answer for all of them.
    with CaptureQueriesContext(connection) as queries:
        assert tests_link(client, review_article.get_parent()) is not None
    tests_asked = [sql for query in queries if "\"role\" = 'review'" in (sql := query["sql"])]
    assert queries and not tests_asked


def test_scores_show_on_the_category_cards_too(client, review_article):
    page = page_soup(client, review_article.get_parent().url)
    assert page.select_one(".card .test-score data")["value"] == "8.5"


@pytest.mark.parametrize("path", ["/inconnue/tests/", "/auteurs/tests/x/", "/%00/tests/"])
def test_an_unknown_category_is_not_found(client, home_page, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(("number", "status"), [("99", 404), ("abc", 200), ("0", 200)])
def test_any_page_number_is_a_page_or_not_found(client, review_article, number, status):
    category = review_article.get_parent()
    assert client.get(url(category), {"page": number}).status_code == status


def test_no_article_may_take_the_slug_tests(category):
    article = ArticlePageFactory.build(title="Tests", slug="tests")
    with pytest.raises(ValidationError) as error:
        category.add_child(instance=article)
    assert "slug" in error.value.message_dict


def category_with_tests(home_page, count: int, scale):
    category = CategoryPageFactory(parent=home_page)
    game = GameFactory()
    for days_ago in range(count):
        ArticlePageFactory(
            parent=category,
            hero_image=ImageFactory(),
            body=review_body(game.pk, scale_id=scale.pk),
            **dated(days_ago),
        )
    return category


def test_tests_listing_queries_do_not_grow_with_tests(client, home_page, scale):
    few, many = category_with_tests(home_page, 3, scale), category_with_tests(home_page, 30, scale)
    few_count = warm_query_count(client, url(few))
    assert warm_query_count(client, url(many)) == few_count
    assert few_count <= TESTS_PAGE_QUERIES
    assert len(page_soup(client, url(many)).select(".card .test-score")) > 3
