"""Hostile input: any address gives a feed or a 404, never a 500; any text a well-formed feed."""

import html

import pytest

from magazine.feeds.models import FeedSettings
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.feeds import FEED_URLS, FORMATS, parse_feed

HOSTILE_PATHS = [
    "/tags/%00/feed/",
    "/tags/%00/feed/atom/",
    "/tags/%01%1b%7f/feed/",
    "/tags/" + "a" * 5000 + "/feed/",
    "/tags/%E2%80%AE%F0%9F%98%80/feed/",
    "/tags/%C3%A9t%C3%A9/feed/",
    "/tags/..%2F..%2Fetc%2Fpasswd/feed/",
    "/tags/'%20OR%201=1--/feed/",
    "/auteurs/%00/feed/",
    "/auteurs/" + "a" * 5000 + "/feed/",
    "/auteurs/lea-roux/feed/%00/",
    "/%00/feed/",
    "/" + "a" * 5000 + "/feed/",
    "/jeux-video/feed/atom/atom/",
    "/jeux-video/feed/rss/",
    "/feed/%00",
    "/feed//",
    "/recherche/feed/",
]
HOSTILE_PAGE_PARAMETERS = [
    "?page=",
    "?page=-1",
    "?page=abc",
    "?page=99999999999999999999",
    "?page=%00",
]
HOSTILE_TEXT = '</script><script>alert(1)</script> & <b>gras</b> "guillemets" l\'apostrophe'
# Every control character XML 1.0 forbids but NUL, which PostgreSQL refuses to store.
CONTROL_CHARACTERS = "\x01\x07\x08\x0b\x0c\x1b\x1f"


@pytest.fixture
def published(category, author):
    return ArticlePageFactory(parent=category, authors=[author], tags=["Consoles"])


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_a_strange_address_is_a_404_never_a_500(client, published, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("query", HOSTILE_PAGE_PARAMETERS)
def test_query_parameters_are_ignored(client, published, query):
    for url in FEED_URLS:
        response = client.get(url + query)
        assert response.status_code == 200, url
        assert response.content == client.get(url).content, url


def test_a_post_is_refused(client, published):
    assert client.post("/feed/").status_code == 405


def hostile_article(category, author, **fields):
    return ArticlePageFactory(
        parent=category,
        title=f"{HOSTILE_TEXT}{CONTROL_CHARACTERS}",
        standfirst=f"{HOSTILE_TEXT}{CONTROL_CHARACTERS}",
        authors=[author],
        tags=["Consoles"],
        **fields,
    )


def test_hostile_titles_and_standfirsts_give_well_formed_feeds(client, category, author):
    hostile_article(category, author)
    for url in FEED_URLS:
        entry = parse_feed(client, url).entries[0]
        if url.endswith("/atom/"):
            assert (entry.title, entry.title_detail.type) == (HOSTILE_TEXT, "text/plain"), url
        else:
            # Escaped HTML, as RSS readers read titles, which shows as the text itself.
            assert "<script" not in entry.title, url
            assert html.unescape(entry.title) == HOSTILE_TEXT, url
        assert "<script>" not in entry.summary, url
        assert html.unescape(entry.summary) == HOSTILE_TEXT, url


def test_hostile_names_give_well_formed_feeds(client, category):
    author = AuthorFactory(name=f"{HOSTILE_TEXT}{CONTROL_CHARACTERS}", slug="lea-roux")
    ArticlePageFactory(parent=category, authors=[author], tags=[f"Consoles{CONTROL_CHARACTERS}"])
    for suffix in FORMATS.values():
        entry = parse_feed(client, "/" + suffix).entries[0]
        assert entry.authors[0].name == HOSTILE_TEXT


def test_hostile_text_gives_well_formed_full_content(client, category, author, home_page):
    hostile_article(category, author)
    settings = FeedSettings.for_site(home_page.get_site())
    settings.full_content = True
    settings.save()
    for url in FEED_URLS:
        parse_feed(client, url)
