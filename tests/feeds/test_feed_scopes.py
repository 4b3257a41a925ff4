"""Which articles each feed lists: the site's, a category's, an author's, a tag's."""

from datetime import timedelta

import pytest

from magazine.feeds.entries import FEED_LENGTH
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory, InformationPageFactory
from tests.support.feeds import FORMATS, entry_titles, parse_feed


@pytest.fixture
def articles(category, other_category, author):
    """Three articles: two in "Jeux vidéo" (one by the author, tagged), one in "Matériel"."""
    mine = ArticlePageFactory(parent=category, title="Le mien", authors=[author], tags=["Consoles"])
    neighbour = ArticlePageFactory(
        parent=category, title="Le voisin", authors=[AuthorFactory()], tags=["PC"]
    )
    elsewhere = ArticlePageFactory(
        parent=other_category,
        title="L'autre rubrique",
        authors=[AuthorFactory()],
        tags=["Consoles"],
    )
    for days, article in enumerate([elsewhere, neighbour, mine]):
        article.first_published_at -= timedelta(days=3 - days)
        article.save()
    return mine, neighbour, elsewhere


@pytest.mark.parametrize("suffix", FORMATS.values(), ids=FORMATS.keys())
@pytest.mark.parametrize(
    ("scope", "titles"),
    [
        ("/", ["Le mien", "Le voisin", "L'autre rubrique"]),
        ("/jeux-video/", ["Le mien", "Le voisin"]),
        ("/materiel/", ["L'autre rubrique"]),
        ("/auteurs/lea-roux/", ["Le mien"]),
        ("/tags/consoles/", ["Le mien", "L'autre rubrique"]),
    ],
)
def test_each_feed_lists_its_articles_newest_first(client, articles, scope, suffix, titles):
    assert entry_titles(client, scope + suffix) == titles


@pytest.mark.parametrize("suffix", FORMATS.values(), ids=FORMATS.keys())
def test_each_feed_names_its_subject_and_links_to_its_page(client, articles, suffix):
    expected = {
        "/": ("Magazine", "http://localhost/"),
        "/jeux-video/": ("Jeux vidéo · Magazine", "http://localhost/jeux-video/"),
        "/auteurs/lea-roux/": ("Léa Roux · Magazine", "http://localhost/auteurs/lea-roux/"),
        "/tags/consoles/": ("Mot-clé « Consoles » · Magazine", "http://localhost/tags/consoles/"),
    }
    for scope, (title, link) in expected.items():
        feed = parse_feed(client, scope + suffix).feed
        assert (feed.title, feed.link) == (title, link), scope


def test_a_feed_lists_the_latest_articles_only(client, category):
    for _ in range(FEED_LENGTH + 3):
        ArticlePageFactory(parent=category)
    newest = ArticlePageFactory(parent=category, title="Le plus récent")
    titles = entry_titles(client, "/feed/")
    assert len(titles) == FEED_LENGTH
    assert titles[0] == newest.title


@pytest.mark.parametrize("suffix", FORMATS.values(), ids=FORMATS.keys())
@pytest.mark.parametrize(
    "scope",
    ["/rubrique-inconnue/", "/auteurs/auteur-inconnu/", "/tags/mot-cle-inconnu/"],
)
def test_an_unknown_category_author_or_tag_has_no_feed(client, articles, scope, suffix):
    assert client.get(scope + suffix).status_code == 404


def test_a_tag_only_drafts_carry_has_no_feed(client, category):
    ArticlePageFactory(parent=category, never_published=True, tags=["Secret"])
    assert client.get("/tags/secret/").status_code == 404
    assert client.get("/tags/secret/feed/").status_code == 404


def test_an_author_without_articles_has_an_empty_feed(client, author):
    for suffix in FORMATS.values():
        assert parse_feed(client, "/auteurs/lea-roux/" + suffix).entries == []


def test_an_information_page_has_no_feed(client, home_page):
    InformationPageFactory(parent=home_page, slug="a-propos")
    assert client.get("/a-propos/").status_code == 200
    assert client.get("/a-propos/feed/").status_code == 404


def test_an_article_has_no_feed_of_its_own(client, category):
    article = ArticlePageFactory(parent=category, slug="un-article")
    assert client.get(article.url + "feed/").status_code == 404
