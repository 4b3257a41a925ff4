"""Tag pages at /tags/<slug>/: the live articles filed under a tag."""

from taggit.models import Tag

from tests.factories.pages import ArticlePageFactory
from tests.support.html import card_titles, soup


def test_tag_page_lists_the_live_articles_with_the_tag(client, category):
    ArticlePageFactory(parent=category, tags=["Nintendo"], title="Une console hybride")
    ArticlePageFactory(parent=category, tags=["Nintendo"], title="Un brouillon", live=False)
    ArticlePageFactory(parent=category, tags=["Sony"], title="Une autre console")
    page = soup(client.get("/tags/nintendo/"))
    assert page.h1.get_text() == "Nintendo"
    assert card_titles(page) == ["Une console hybride"]


def test_tag_page_is_paginated(client, category):
    for number in range(13):
        ArticlePageFactory(parent=category, tags=["Nintendo"], title=f"Article {number}")
    assert len(card_titles(soup(client.get("/tags/nintendo/")))) == 12
    assert len(card_titles(soup(client.get("/tags/nintendo/", {"page": 2})))) == 1
    assert client.get("/tags/nintendo/", {"page": 3}).status_code == 404


def test_tag_with_accents_has_a_page(client, category):
    article = ArticlePageFactory(parent=category, tags=["Rétrogaming"], title="Une console d'antan")
    link = soup(client.get(article.url)).select_one(".tag-list a")
    assert link["href"] == "/tags/r%C3%A9trogaming/"
    assert card_titles(soup(client.get(link["href"]))) == ["Une console d'antan"]


def test_unknown_tag_is_the_styled_404(client, home_page):
    response = client.get("/tags/inconnu/")
    assert response.status_code == 404
    assert soup(response).h1.get_text() == "Page introuvable"


def test_a_tag_address_with_a_nul_character_is_not_found(client, home_page):
    # PostgreSQL refuses NUL in a query: the view must answer before asking.
    assert client.get("/tags/%00/").status_code == 404
    assert client.get("/tags/nin%00tendo/").status_code == 404


def test_tag_carried_only_by_drafts_is_not_found(client, category):
    ArticlePageFactory(parent=category, tags=["Secret"], live=False)
    assert Tag.objects.filter(slug="secret").exists()
    assert client.get("/tags/secret/").status_code == 404


def test_tag_list_links_each_tag_to_its_page(client, category):
    article = ArticlePageFactory(parent=category, tags=["Nintendo", "Sony"])
    links = soup(client.get(article.url)).select(".tag-list a")
    assert sorted((a.get_text(), a["href"]) for a in links) == [
        ("Nintendo", "/tags/nintendo/"),
        ("Sony", "/tags/sony/"),
    ]
