"""/robots.txt: where the sitemaps are, and what crawlers leave alone."""

from urllib.robotparser import RobotFileParser

import pytest

from tests.factories.pages import ArticlePageFactory
from tests.support.sitemaps import ORIGIN


def robots(crawler) -> RobotFileParser:
    response = crawler.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    parser = RobotFileParser()
    parser.parse(response.content.decode().splitlines())
    return parser


def test_robots_txt_names_both_sitemaps_at_absolute_urls(crawler):
    assert robots(crawler).site_maps() == [f"{ORIGIN}/sitemap.xml", f"{ORIGIN}/sitemap-news.xml"]


@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/pages/3/edit/", "/recherche/?q=x", "/recherche/suggestions/?q=x"]
)
def test_crawlers_keep_out_of_the_admin_and_the_search(crawler, path):
    assert not robots(crawler).can_fetch("Googlebot", f"{ORIGIN}{path}")


def test_crawlers_may_read_pages_and_their_styles_scripts_and_images(crawler, category):
    article = ArticlePageFactory(parent=category)
    rules = robots(crawler)
    for path in (
        "/",
        category.url,
        article.url,
        "/auteurs/lea-roux/",
        "/tags/consoles/",
        "/static/css/magazine.css",
        "/static/js/search-suggestions.js",
        "/static/img/favicon.svg",
        "/media/images/console.width-800.webp",
        "/sitemap.xml",
    ):
        assert rules.can_fetch("Googlebot", f"{ORIGIN}{path}"), path


def test_robots_txt_follows_the_admin_where_it_moves(crawler, settings):
    settings.ROOT_URLCONF = "tests.seo.moved_admin_urls"
    rules = robots(crawler)
    assert not rules.can_fetch("Googlebot", f"{ORIGIN}/gestion/")
    assert rules.can_fetch("Googlebot", f"{ORIGIN}/admin/")


def test_robots_txt_is_public_and_revalidated(crawler):
    response = crawler.get("/robots.txt")
    assert "public" in response["Cache-Control"]
    assert (
        crawler.get("/robots.txt", headers={"If-None-Match": response["ETag"]}).status_code == 304
    )


def test_robots_txt_is_only_read(crawler):
    assert crawler.post("/robots.txt").status_code == 405
