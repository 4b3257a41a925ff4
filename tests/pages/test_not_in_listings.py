"""Information pages are never listed among articles: home, category, search, authors, tags."""

import pytest

from magazine.articles.models import ArticlePageAuthor
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory, InformationPageFactory
from tests.support.html import soup


@pytest.fixture
def information_page(home_page):
    """A live information page that shares its words with the article below, newer than it."""
    return InformationPageFactory(
        parent=home_page,
        title="Consoles portables : nos engagements",
        slug="engagements",
        introduction="Comment la rédaction teste les consoles portables.",
    )


@pytest.fixture
def article(category):
    """A live article with an author and a tag, on the same subject as the page."""
    article = ArticlePageFactory(parent=category, title="Le retour des consoles portables")
    article.tags.add("Consoles")
    article.save()
    ArticlePageAuthor.objects.create(page=article, author=AuthorFactory(slug="lea"), sort_order=0)
    return article


def main_links(client, url: str, **params) -> list[str]:
    """The hrefs of the links inside <main> at `url`: the footer, which links every page, aside."""
    return [a["href"] for a in soup(client.get(url, params)).main.find_all("a")]


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/", {}),
        ("/jeux-video/", {}),
        ("/recherche/", {"q": "consoles portables"}),
        ("/recherche/", {"q": "engagements"}),
        ("/auteurs/lea/", {}),
        ("/tags/consoles/", {}),
    ],
)
def test_listings_show_the_article_but_never_the_information_page(
    client, article, information_page, url, params
):
    links = main_links(client, url, **params)
    assert information_page.url not in links
    if params.get("q") != "engagements":
        assert article.url in links


def test_related_articles_never_include_an_information_page(client, category, information_page):
    first = ArticlePageFactory(parent=category, title="Consoles portables, premier essai")
    second = ArticlePageFactory(parent=category, title="Consoles portables, second essai")
    links = main_links(client, first.url)
    assert second.url in links
    assert information_page.url not in links


def test_search_suggestions_never_offer_an_information_page(client, article, information_page):
    response = client.get("/recherche/suggestions/", {"q": "consoles"})
    urls = [suggestion["url"] for suggestion in response.json()["suggestions"]]
    assert urls == [article.url]
