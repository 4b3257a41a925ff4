"""/sitemap-news.xml: the articles of the last 48 hours, as Google News reads them."""

from datetime import datetime

from django.utils.http import parse_http_date

from wagtail.models import PageLogEntry

import pytest

from magazine.seo.news_sitemap import NewsSitemap
from tests.factories.pages import ArticlePageFactory, ArticlePageUpdateFactory
from tests.support.dates import hours_ago
from tests.support.sitemaps import NAMESPACES, NEWS_NS, ORIGIN, sitemap_root, sitemap_urls

NEWS_SITEMAP = "/sitemap-news.xml"


def news_entry(crawler, article) -> dict[str, str]:
    """The news tags of `article`'s entry, by name (without their namespace)."""
    root = sitemap_root(crawler, NEWS_SITEMAP)
    [entry] = root.xpath(f"sm:url[sm:loc='{ORIGIN}{article.url}']/news:news", namespaces=NAMESPACES)
    return {
        element.tag.removeprefix(f"{{{NEWS_NS}}}"): element.text
        for element in entry.iter()
        if element.text and element.text.strip()
    }


def test_only_articles_first_published_in_the_last_48_hours_are_listed(crawler, category):
    ArticlePageFactory(parent=category, slug="il-y-a-3-jours", first_published_at=hours_ago(72))
    ArticlePageFactory(parent=category, slug="il-y-a-47-heures", first_published_at=hours_ago(47))
    ArticlePageFactory(parent=category, slug="il-y-a-une-heure", first_published_at=hours_ago(1))
    assert list(sitemap_urls(crawler, NEWS_SITEMAP)) == [
        f"{ORIGIN}/jeux-video/il-y-a-une-heure/",
        f"{ORIGIN}/jeux-video/il-y-a-47-heures/",
    ]


def test_an_old_article_updated_today_is_not_news(crawler, category):
    ArticlePageFactory(
        parent=category, first_published_at=hours_ago(72), last_published_at=hours_ago(1)
    )
    assert sitemap_urls(crawler, NEWS_SITEMAP) == {}


def test_an_entry_is_dated_by_its_newest_note_else_its_first_publication(crawler, category):
    noted = ArticlePageFactory(
        parent=category, first_published_at=hours_ago(20), last_published_at=hours_ago(1)
    )
    note = ArticlePageUpdateFactory(page=noted, date=hours_ago(4))
    retouched = ArticlePageFactory(
        parent=category, first_published_at=hours_ago(10), last_published_at=hours_ago(1)
    )
    urls = sitemap_urls(crawler, NEWS_SITEMAP)
    assert urls[f"{ORIGIN}{noted.url}"] == note.date
    assert urls[f"{ORIGIN}{retouched.url}"] == retouched.first_published_at


def test_an_entry_names_the_publication_its_language_date_and_title(crawler, site, category):
    site.site_name = "Le Magazine"
    site.save()
    article = ArticlePageFactory(
        parent=category, title="Une console", first_published_at=hours_ago(5)
    )
    entry = news_entry(crawler, article)
    assert entry["name"] == "Le Magazine"
    assert entry["language"] == "fr"
    assert entry["title"] == "Une console"
    published = datetime.fromisoformat(entry["publication_date"])
    assert published.tzinfo is not None
    assert published == article.first_published_at


def test_a_setting_names_the_publication_as_google_news_knows_it(crawler, category, settings):
    settings.NEWS_PUBLICATION_NAME = "Magazine (édition numérique)"
    article = ArticlePageFactory(parent=category)
    assert news_entry(crawler, article)["name"] == "Magazine (édition numérique)"


def test_titles_are_escaped(crawler, category):
    title = 'Tom & Jerry <3 : « l\'été » "en jeu"'
    article = ArticlePageFactory(parent=category, title=title)
    assert news_entry(crawler, article)["title"] == title
    assert b"Tom &amp; Jerry &lt;3" in crawler.get(NEWS_SITEMAP).content


def test_only_the_newest_articles_are_listed_up_to_the_limit(crawler, category, monkeypatch):
    monkeypatch.setattr(NewsSitemap, "limit", 3)
    for hours in (30, 1, 20, 10, 40):
        ArticlePageFactory(
            parent=category, slug=f"il-y-a-{hours}-h", first_published_at=hours_ago(hours)
        )
    assert list(sitemap_urls(crawler, NEWS_SITEMAP)) == [
        f"{ORIGIN}/jeux-video/il-y-a-1-h/",
        f"{ORIGIN}/jeux-video/il-y-a-10-h/",
        f"{ORIGIN}/jeux-video/il-y-a-20-h/",
    ]
    assert crawler.get(NEWS_SITEMAP, {"p": 2}).status_code == 404


def test_last_modified_passes_the_moment_an_article_left_the_window(crawler, category):
    article = ArticlePageFactory(parent=category, first_published_at=hours_ago(50))
    PageLogEntry.objects.update(timestamp=hours_ago(50))
    response = crawler.get(NEWS_SITEMAP)
    assert sitemap_urls(crawler, NEWS_SITEMAP) == {}
    left_at = article.first_published_at.timestamp() + 48 * 3600
    assert parse_http_date(response["Last-Modified"]) == int(left_at)


@pytest.mark.parametrize("params", [{"x": "<script>alert(1)</script>"}, {"q": "'\"&"}])
def test_unknown_parameters_are_ignored(crawler, category, params):
    ArticlePageFactory(parent=category)
    response = crawler.get(NEWS_SITEMAP, params)
    assert response.status_code == 200
    assert b"<script" not in response.content
    assert len(sitemap_urls(crawler, NEWS_SITEMAP, params)) == 1
