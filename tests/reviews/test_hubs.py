"""The hubs of games and products: sheet, latest test with its score, every live article
that shows or names the item, newest first, paginated, for a fixed number of queries."""

from datetime import timedelta

from django.utils import timezone

import pytest

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePageSubject
from magazine.reviews.models import ArticleSubject
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory
from tests.factories.reviews import GameFactory
from tests.support.html import card_titles, page_soup
from tests.support.queries import warm_query_count

# The game named in the address; the sheet, the latest test and the listing's references
# come from the cache until the next change.
HUB_PAGE_QUERIES = 1


def dated(days_ago: int) -> dict:
    when = timezone.now() - timedelta(days=days_ago)
    return {"first_published_at": when, "last_published_at": when}


def test_a_game_hub_shows_its_sheet_its_test_and_its_articles(client, review_article, game):
    sheet_article = ArticlePageFactory(
        parent=review_article.get_parent(),
        title="Les Brumes d'Armor datées",
        body=b.body(b.game_sheet(game.pk)),
        **dated(1),
    )
    page = page_soup(client, "/jeux/les-brumes-d-armor/")
    assert page.h1.get_text() == "Les Brumes d'Armor"
    assert page.select_one("section.sheet h2").get_text() == "Fiche du jeu"
    test = page.select_one(".hub-review")
    assert test.select_one("data")["value"] == "8.5"
    assert test.select_one(".review__label").get_text() == "Très bon"
    assert test.a["href"] == review_article.url
    assert card_titles(page) == [review_article.title, sheet_article.title]


def test_a_hub_lists_articles_naming_the_game_as_a_subject(client, category, game):
    article = ArticlePageFactory(parent=category, title="Un article qui en parle")
    ArticlePageSubject.objects.create(page=article, game=game)
    article.save()
    assert card_titles(page_soup(client, game.get_absolute_url())) == ["Un article qui en parle"]


def test_a_hub_skips_drafts_and_articles_no_longer_about_it(client, category, game):
    ArticlePageFactory(parent=category, never_published=True, body=b.body(b.game_sheet(game.pk)))
    moved_on = ArticlePageFactory(parent=category, body=b.body(b.game_sheet(game.pk)))
    moved_on.body = b.body(b.paragraph("<p>Plus rien sur ce jeu.</p>"))
    moved_on.save()
    page = page_soup(client, game.get_absolute_url())
    assert card_titles(page) == []
    assert page.select_one(".listing-empty")


def test_a_draft_of_a_live_article_does_not_change_the_hub(client, category, game):
    article = ArticlePageFactory(parent=category, body=b.body(b.game_sheet(game.pk)))
    article.body = b.body(b.paragraph("<p>Brouillon sans le jeu.</p>"))
    article.save_revision()
    assert ArticleSubject.objects.filter(article=article, game=game).exists()


def test_a_product_hub_shows_its_sheet(client, category, product):
    ArticlePageFactory(parent=category, body=b.body(b.product_sheet(product.pk)))
    page = page_soup(client, "/produits/fairphone-6/")
    assert page.h1.get_text() == "Fairphone 6"
    assert page.select_one("section.sheet h2").get_text() == "Fiche du produit"
    assert len(card_titles(page)) == 1


@pytest.mark.parametrize("url", ["/jeux/inconnu/", "/produits/inconnu/", "/jeux/%00/"])
def test_an_unknown_hub_is_not_found(client, home_page, url):
    assert client.get(url).status_code == 404


def test_a_hub_is_public_and_tagged_with_its_game(client, review_article, game):
    response = client.get(game.get_absolute_url())
    assert "public" in response["Cache-Control"]
    tags = response["X-Cache-Tags"].split()
    assert {f"game-{game.pk}", f"p{review_article.pk}", "site"} <= set(tags)


def test_a_new_article_about_the_game_purges_its_hub(review_article, game):
    assert f"game-{game.pk}" in review_article.listing_cache_tags()


def about(category, count: int):
    game = GameFactory()
    for days_ago in range(count):
        ArticlePageFactory(
            parent=category,
            hero_image=ImageFactory(),
            body=b.body(b.game_sheet(game.pk)),
            **dated(days_ago),
        )
    return game


def test_hub_queries_do_not_grow_with_articles(client, category):
    few, many = about(category, 3), about(category, 60)
    few_count = warm_query_count(client, few.get_absolute_url())
    assert warm_query_count(client, many.get_absolute_url()) == few_count
    assert warm_query_count(client, f"{many.get_absolute_url()}?page=3") == few_count
    assert few_count <= HUB_PAGE_QUERIES
    assert len(card_titles(page_soup(client, many.get_absolute_url()))) > 3


def subject_links(page) -> list[tuple[str, str]]:
    return [(a.get_text(), a["href"]) for a in page.select(".subject-links a")]


def test_an_article_links_to_the_hubs_of_what_it_shows_and_names(client, review_article, game):
    named = GameFactory(title="Le Phare", slug="le-phare")
    ArticlePageSubject.objects.create(page=review_article, game=named)
    ArticlePageSubject.objects.create(page=review_article, game=game)
    review_article.save()
    links = subject_links(page_soup(client, review_article.url))
    assert links == [
        ("Tout sur Les Brumes d'Armor", "/jeux/les-brumes-d-armor/"),
        ("Tout sur Le Phare", "/jeux/le-phare/"),
    ]
    assert card_titles(page_soup(client, links[1][1])) == [review_article.title]


def test_an_article_about_nothing_has_no_subject_links(client, category):
    article = ArticlePageFactory(parent=category)
    assert page_soup(client, article.url).select_one(".subject-links") is None


def test_an_article_from_the_cache_is_still_purged_with_the_games_it_names(client, category):
    article = ArticlePageFactory(parent=category)
    named = GameFactory(slug="le-phare")
    ArticlePageSubject.objects.create(page=article, game=named)
    article.save()
    for _ in range(2):  # the second from the pieces kept in the cache
        response = client.get(article.url)
        assert f"game-{named.pk}" in response["X-Cache-Tags"].split()
