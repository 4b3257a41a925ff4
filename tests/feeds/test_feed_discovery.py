"""Pages announce their feeds in their head, for browsers and feed readers to find."""

from django.template import Context, Template

from wagtail.models import Site

import pytest

from magazine.articles.models import ArticlePage
from magazine.social.models import SocialSettings
from tests.factories.pages import ArticlePageFactory
from tests.support.feeds import parse_feed
from tests.support.html import page_soup

SITE = [("Magazine (RSS)", "/feed/"), ("Magazine (Atom)", "/feed/atom/")]
CATEGORY = [
    ("Jeux vidéo · Magazine (RSS)", "/jeux-video/feed/"),
    ("Jeux vidéo · Magazine (Atom)", "/jeux-video/feed/atom/"),
]


@pytest.fixture
def article(category, author):
    return ArticlePageFactory(
        parent=category, slug="un-article", authors=[author], tags=["Consoles"]
    )


def announced(client, url: str) -> list[tuple[str, str]]:
    """Return the (title, href) of the feeds the page at `url` announces, RSS and Atom."""
    head = page_soup(client, url).head
    links = head.select('link[rel="alternate"]')
    types = {"application/rss+xml", "application/atom+xml"}
    assert all(link["type"] in types for link in links), url
    kinds = ["application/rss+xml", "application/atom+xml"] * (len(links) // 2)
    assert [link["type"] for link in links] == kinds, url
    return [(link["title"], link["href"]) for link in links]


def test_the_home_page_announces_the_site_feed(client, article, home_page):
    assert announced(client, "/") == SITE


def test_a_category_announces_its_feed_then_the_site_feed(client, article):
    assert announced(client, "/jeux-video/") == CATEGORY + SITE


def test_an_article_announces_the_site_feed_then_its_category_feed(client, article):
    assert announced(client, "/jeux-video/un-article/") == SITE + CATEGORY


def test_an_author_page_announces_the_author_feed_then_the_site_feed(client, article):
    assert announced(client, "/auteurs/lea-roux/") == [
        ("Léa Roux · Magazine (RSS)", "/auteurs/lea-roux/feed/"),
        ("Léa Roux · Magazine (Atom)", "/auteurs/lea-roux/feed/atom/"),
        *SITE,
    ]


def test_a_tag_page_announces_the_tag_feed_then_the_site_feed(client, article):
    assert announced(client, "/tags/consoles/") == [
        ("Mot-clé « Consoles » · Magazine (RSS)", "/tags/consoles/feed/"),
        ("Mot-clé « Consoles » · Magazine (Atom)", "/tags/consoles/feed/atom/"),
        *SITE,
    ]


def test_other_pages_announce_the_site_feed(client, article):
    assert announced(client, "/recherche/?q=article") == SITE


@pytest.mark.parametrize(
    "url", ["/", "/jeux-video/", "/jeux-video/un-article/", "/auteurs/lea-roux/", "/tags/consoles/"]
)
def test_every_announced_feed_exists_under_the_title_it_is_announced_by(client, article, url):
    for title, href in announced(client, url):
        feed = parse_feed(client, href).feed
        assert f"{feed.title} (RSS)" == title or f"{feed.title} (Atom)" == title, href


def test_announcing_the_feeds_costs_no_query(rf, article, django_assert_num_queries):
    request = rf.get(article.url)
    Site.find_for_request(request)  # as the page's head has already done
    page = ArticlePage.objects.get(pk=article.pk)
    context = {"request": request, "page": page, "category": page.get_parent().specific}
    with django_assert_num_queries(0):
        html = Template("{% load feed_tags %}{% feed_links %}").render(Context(context))
    assert html.count("<link") == 4


def test_the_follow_box_links_to_the_site_feed(client, article):
    follow = page_soup(client, "/jeux-video/un-article/").select_one(".follow")
    rss = follow.select_one('.follow__links a[type="application/rss+xml"]')
    assert (rss.get_text(), rss["href"]) == ("RSS", "/feed/")


def test_the_follow_box_keeps_the_feed_address_the_editors_chose(client, article):
    social = SocialSettings.for_site(Site.objects.get(is_default_site=True))
    social.links = [("link", {"network": "rss", "url": "https://flux.example/magazine"})]
    social.save()
    follow = page_soup(client, "/jeux-video/un-article/").select_one(".follow")
    assert [a["href"] for a in follow.select(".follow__links a")] == [
        "https://flux.example/magazine"
    ]
