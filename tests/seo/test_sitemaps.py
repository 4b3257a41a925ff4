"""/sitemap.xml: every page a reader may open, with its date, and nothing else."""

from collections.abc import Callable
from datetime import datetime, timedelta

from django.core.management import call_command
from django.utils import timezone

from taggit.models import Tag
from wagtail.models import PageViewRestriction

import pytest

from magazine.articles.models import ArticlePage, ArticlePageAuthor, ArticlePageTag
from magazine.authors.models import Author
from magazine.reviews.models import ArticleSubject, Game, Product
from magazine.seo.sitemaps import SitemapSection
from magazine.series.models import Series
from tests.factories.authors import AuthorFactory
from tests.factories.pages import (
    ArticlePageFactory,
    ArticlePageUpdateFactory,
    CategoryPageFactory,
    InformationPageFactory,
)
from tests.support.bulk import without_indexing
from tests.support.dates import hours_ago
from tests.support.queries import warm_query_count
from tests.support.sitemaps import (
    NAMESPACES,
    ORIGIN,
    SITEMAP_PATHS,
    CrawlerClient,
    index_locations,
    sitemap_root,
    sitemap_urls,
)


def test_sitemap_lists_pages_authors_and_tags_at_absolute_urls(crawler, home_page, category):
    author = AuthorFactory(slug="lea-roux")
    ArticlePageFactory(parent=category, slug="une-console", authors=[author], tags=["Rétrogaming"])
    InformationPageFactory(parent=home_page, slug="a-propos", last_published_at=hours_ago(5))
    assert list(sitemap_urls(crawler, "/sitemap.xml")) == [
        f"{ORIGIN}/",
        f"{ORIGIN}/jeux-video/",
        f"{ORIGIN}/jeux-video/une-console/",
        f"{ORIGIN}/a-propos/",
        f"{ORIGIN}/auteurs/lea-roux/",
        f"{ORIGIN}/tags/r%C3%A9trogaming/",
        f"{ORIGIN}/sorties/",
    ]


def test_every_address_starts_with_the_sites_root_url_whatever_host_was_asked(site, category):
    ArticlePageFactory(parent=category, authors=[AuthorFactory()], tags=["Consoles"])
    other_host = CrawlerClient()
    other_host.defaults["HTTP_HOST"] = "www.magazine.example"
    for sitemap in SITEMAP_PATHS:
        urls = sitemap_urls(other_host, sitemap)
        assert urls, sitemap
        assert all(url.startswith(f"{ORIGIN}/") for url in urls), sitemap


def test_every_listed_page_carries_when_it_was_last_published(crawler, home_page, category):
    information = InformationPageFactory(parent=home_page, last_published_at=hours_ago(30))
    urls = sitemap_urls(crawler, "/sitemap-pages.xml")
    home_page.refresh_from_db()
    assert urls[f"{ORIGIN}/"] == home_page.last_published_at
    assert urls[f"{ORIGIN}{information.url}"] == information.last_published_at
    assert None not in urls.values()


def test_an_article_without_notes_is_dated_by_its_first_publication(crawler, category):
    # Re-published two hours ago without a note: a typo fixed, nothing to crawl again for.
    article = ArticlePageFactory(
        parent=category, first_published_at=hours_ago(50), last_published_at=hours_ago(2)
    )
    assert sitemap_urls(crawler, "/sitemap.xml")[f"{ORIGIN}{article.url}"] == (
        article.first_published_at
    )


def test_an_article_is_dated_by_its_newest_update_note(crawler, category):
    article = ArticlePageFactory(
        parent=category, first_published_at=hours_ago(50), last_published_at=hours_ago(2)
    )
    newest = ArticlePageUpdateFactory(page=article, date=hours_ago(5))
    ArticlePageUpdateFactory(page=article, date=hours_ago(20))
    ArticlePageFactory(parent=category, first_published_at=hours_ago(40))
    assert sitemap_urls(crawler, "/sitemap.xml")[f"{ORIGIN}{article.url}"] == newest.date


def test_a_file_of_pages_in_the_index_is_dated_by_its_newest_note(crawler, category, monkeypatch):
    article = ArticlePageFactory(
        parent=category, first_published_at=hours_ago(50), last_published_at=hours_ago(50)
    )
    note = ArticlePageUpdateFactory(page=article, date=hours_ago(0.5))
    ArticlePageFactory(
        parent=category, first_published_at=hours_ago(3), last_published_at=hours_ago(1)
    )
    monkeypatch.setattr(SitemapSection, "limit", 2)
    root = sitemap_root(crawler, "/sitemap.xml")
    files = root.iterfind("sm:sitemap", NAMESPACES)
    dates = {file.findtext("sm:loc", namespaces=NAMESPACES): file for file in files}
    assert dates[f"{ORIGIN}/sitemap-pages.xml"].findtext("sm:lastmod", namespaces=NAMESPACES)
    latest = max(
        datetime.fromisoformat(file.findtext("sm:lastmod", namespaces=NAMESPACES))
        for url, file in dates.items()
        if url.startswith(f"{ORIGIN}/sitemap-pages.xml")
    )
    assert latest == note.date


def test_author_and_tag_pages_carry_when_their_latest_article_was_published(crawler, category):
    author = AuthorFactory(slug="lea-roux")
    ArticlePageFactory(
        parent=category, authors=[author], tags=["Consoles"], first_published_at=hours_ago(72)
    )
    updated = ArticlePageFactory(
        parent=category,
        authors=[author],
        tags=["Consoles"],
        first_published_at=hours_ago(48),
        last_published_at=hours_ago(1),
    )
    ArticlePageFactory(parent=category, authors=[author], tags=["Consoles"], never_published=True)
    urls = sitemap_urls(crawler, "/sitemap.xml")
    assert urls[f"{ORIGIN}/auteurs/lea-roux/"] == updated.last_published_at
    assert urls[f"{ORIGIN}/tags/consoles/"] == updated.last_published_at


def test_authors_and_tags_without_a_live_article_are_not_listed(crawler, category):
    AuthorFactory(slug="sans-article")
    ArticlePageFactory(
        parent=category,
        authors=[AuthorFactory(slug="brouillon-seulement")],
        tags=["Secret"],
        never_published=True,
    )
    ArticlePageFactory(parent=category, authors=[AuthorFactory(slug="en-ligne")], tags=["Public"])
    urls = sitemap_urls(crawler, "/sitemap.xml")
    assert [url for url in urls if "/auteurs/" in url] == [f"{ORIGIN}/auteurs/en-ligne/"]
    assert [url for url in urls if "/tags/" in url] == [f"{ORIGIN}/tags/public/"]


def test_a_category_is_listed_once_without_its_page_numbers(crawler, category):
    for _ in range(13):
        ArticlePageFactory(parent=category)
    assert crawler.get(category.url, {"page": 2}).status_code == 200
    urls = sitemap_urls(crawler, "/sitemap.xml")
    assert list(urls).count(f"{ORIGIN}/jeux-video/") == 1
    assert not [url for url in urls if "?" in url]


def test_the_search_and_the_admin_are_never_listed(crawler, category):
    ArticlePageFactory(parent=category, tags=["Recherche"])
    for sitemap in SITEMAP_PATHS:
        for url in sitemap_urls(crawler, sitemap):
            assert not url.startswith((f"{ORIGIN}/recherche/", f"{ORIGIN}/admin/")), url


# Ways an article is hidden from readers. Each gets a live article, published an hour ago
# with its own author and tag, and hides it.


def unpublished(article: ArticlePage) -> None:
    article.unpublish()


def restricted_to_logged_in_readers(article: ArticlePage) -> None:
    PageViewRestriction.objects.create(page=article, restriction_type="login")


def behind_a_password(article: ArticlePage) -> None:
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")


def in_a_restricted_category(article: ArticlePage) -> None:
    private = CategoryPageFactory(parent=article.get_parent().get_parent(), slug="privee")
    article.move(private, pos="last-child")
    PageViewRestriction.objects.create(page=private, restriction_type="login")


def scheduled_for_tomorrow(article: ArticlePage) -> None:
    ArticlePage.objects.filter(pk=article.pk).update(live=False, first_published_at=None)
    article.refresh_from_db()
    article.go_live_at = timezone.now() + timedelta(days=1)
    article.save_revision().publish()


def live_with_a_go_live_date_ahead(article: ArticlePage) -> None:
    ArticlePage.objects.filter(pk=article.pk).update(go_live_at=timezone.now() + timedelta(days=1))


def expired_before_the_scheduler_runs(article: ArticlePage) -> None:
    ArticlePage.objects.filter(pk=article.pk).update(expire_at=hours_ago(0.1))


def expired(article: ArticlePage) -> None:
    expired_before_the_scheduler_runs(article)
    call_command("publish_scheduled")


@pytest.mark.parametrize(
    "hide",
    [
        unpublished,
        restricted_to_logged_in_readers,
        behind_a_password,
        in_a_restricted_category,
        scheduled_for_tomorrow,
        live_with_a_go_live_date_ahead,
        expired_before_the_scheduler_runs,
        expired,
    ],
)
def test_an_article_hidden_from_readers_is_in_no_sitemap(
    crawler, category, hide: Callable[[ArticlePage], None]
):
    ArticlePageFactory(parent=category, slug="visible", authors=[AuthorFactory()], tags=["Vu"])
    hidden = ArticlePageFactory(
        parent=category,
        slug="cache",
        authors=[AuthorFactory(slug="autrice-cachee")],
        tags=["Caché"],
        first_published_at=hours_ago(1),
    )
    hide(hidden)
    listed = set()
    for sitemap in SITEMAP_PATHS:
        listed |= set(sitemap_urls(crawler, sitemap))
    assert f"{ORIGIN}/jeux-video/visible/" in listed
    assert not [url for url in listed if "/cache/" in url]
    assert f"{ORIGIN}/auteurs/autrice-cachee/" not in listed
    assert f"{ORIGIN}/tags/cach%C3%A9/" not in listed


def test_a_draft_is_in_no_sitemap(crawler, category):
    ArticlePageFactory(parent=category, slug="brouillon", never_published=True)
    for sitemap in SITEMAP_PATHS:
        assert not [url for url in sitemap_urls(crawler, sitemap) if "/brouillon/" in url]


def test_the_sitemap_is_one_urlset_while_its_urls_fit_in_one_file(crawler, category, monkeypatch):
    for number in range(3):
        ArticlePageFactory(parent=category, authors=[AuthorFactory()], tags=[f"Mot {number}"])
    monkeypatch.setattr(SitemapSection, "limit", 12)
    assert len(sitemap_urls(crawler, "/sitemap.xml")) == 12


def test_the_sitemap_becomes_an_index_of_files_past_the_limit(crawler, category, monkeypatch):
    for number in range(3):
        ArticlePageFactory(parent=category, authors=[AuthorFactory()], tags=[f"Mot {number}"])
    every_url = set(sitemap_urls(crawler, "/sitemap.xml"))
    monkeypatch.setattr(SitemapSection, "limit", 4)
    root = sitemap_root(crawler, "/sitemap.xml")
    files = index_locations(root)
    # No series, game or product: no file of theirs. The calendar's file is undated.
    assert files == [
        f"{ORIGIN}/sitemap-pages.xml",
        f"{ORIGIN}/sitemap-pages.xml?p=2",
        f"{ORIGIN}/sitemap-authors.xml",
        f"{ORIGIN}/sitemap-tags.xml",
        f"{ORIGIN}/sitemap-releases.xml",
    ]
    assert len(root.xpath("//*[local-name()='lastmod']")) == len(files) - 1
    listed: list[str] = []
    for file in files:
        urls = sitemap_urls(crawler, file.removeprefix(ORIGIN))
        assert 0 < len(urls) <= 4
        listed += urls
    assert sorted(listed) == sorted(every_url)
    assert len(every_url) == 12


@pytest.mark.parametrize("number", ["abc", "999999", "0", "-1", "1.5", "", "<script>"])
def test_a_page_number_that_is_no_file_is_a_404(crawler, category, number):
    ArticlePageFactory(parent=category)
    for sitemap in SITEMAP_PATHS:
        assert crawler.get(sitemap, {"p": number}).status_code == 404, sitemap


def test_an_unknown_section_is_a_404(crawler):
    assert crawler.get("/sitemap-inconnue.xml").status_code == 404
    assert crawler.get("/sitemap-<script>.xml").status_code == 404


def test_the_index_ignores_a_page_number(crawler, category, monkeypatch):
    ArticlePageFactory(parent=category)
    monkeypatch.setattr(SitemapSection, "limit", 1)
    for number in ["abc", "999999", "<script>"]:
        response = crawler.get("/sitemap.xml", {"p": number})
        assert response.status_code == 200
        assert b"<script" not in response.content


# The queries each sitemap declares, whatever the number of pages, authors, tags, series,
# games and products: the site, a count per section, the URLs of each section (the calendar's
# are no query), and the audit log's latest dates (2).
SITEMAP_QUERIES = 15
SECTION_QUERIES = 5
NEWS_SITEMAP_QUERIES = 6
LISTING_SECTIONS = ("series", "games", "products", "releases")


def add_articles(category, count: int) -> None:
    """Add `count` live articles to `category`, each with an author, a tag, a series, a game
    and a product of its own.

    Quickly: neither the search index nor Wagtail's reference index, which no sitemap reads,
    follows these articles; their authors, tags, series, games and products are inserted in
    bulk.
    """
    with without_indexing():
        articles = [ArticlePageFactory(parent=category) for _ in range(count)]
    first = Author.objects.count()
    authors = Author.objects.bulk_create(
        Author(name=f"Auteur {first + n}", slug=f"auteur-{first + n}") for n in range(count)
    )
    tags = Tag.objects.bulk_create(
        Tag(name=f"Mot {first + n}", slug=f"mot-{first + n}") for n in range(count)
    )
    series = Series.objects.bulk_create(
        Series(title=f"Série {first + n}", slug=f"serie-{first + n}") for n in range(count)
    )
    games = Game.objects.bulk_create(
        Game(title=f"Jeu {first + n}", slug=f"jeu-{first + n}") for n in range(count)
    )
    products = Product.objects.bulk_create(
        Product(brand="Marque", name=f"{first + n}", slug=f"produit-{first + n}")
        for n in range(count)
    )
    ArticlePageAuthor.objects.bulk_create(
        ArticlePageAuthor(page=article, author=author, sort_order=0)
        for article, author in zip(articles, authors, strict=True)
    )
    ArticlePageTag.objects.bulk_create(
        ArticlePageTag(content_object=article, tag=tag)
        for article, tag in zip(articles, tags, strict=True)
    )
    for article, one_series in zip(articles, series, strict=True):
        ArticlePage.objects.filter(pk=article.pk).update(series=one_series, episode=1)
    ArticleSubject.objects.bulk_create(
        [
            *(
                ArticleSubject(article=article, game=game, role="sheet")
                for article, game in zip(articles, games, strict=True)
            ),
            *(
                ArticleSubject(article=article, product=product, role="subject")
                for article, product in zip(articles, products, strict=True)
            ),
        ]
    )


def sitemap_query_counts(crawler) -> dict[str, int]:
    paths = [*SITEMAP_PATHS, *(f"/sitemap-{section}.xml" for section in LISTING_SECTIONS)]
    counts = {url: warm_query_count(crawler, url) for url in paths}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SitemapSection, "limit", 4)
        for url in ("/sitemap.xml", "/sitemap-pages.xml?p=2", "/sitemap-games.xml?p=2"):
            counts[f"{url} (index)"] = warm_query_count(crawler, url)
    return counts


def test_sitemap_queries_do_not_grow_with_articles_or_what_they_are_about(crawler, category):
    add_articles(category, 5)
    few = sitemap_query_counts(crawler)
    add_articles(category, 195)
    assert len(sitemap_urls(crawler, "/sitemap-news.xml")) == 200
    assert len(sitemap_urls(crawler, "/sitemap-games.xml")) == 200
    assert sitemap_query_counts(crawler) == few
    assert few["/sitemap.xml"] <= SITEMAP_QUERIES
    assert few["/sitemap-news.xml"] <= NEWS_SITEMAP_QUERIES
    for section in ("pages", "authors", "tags", *LISTING_SECTIONS):
        assert few[f"/sitemap-{section}.xml"] <= SECTION_QUERIES
