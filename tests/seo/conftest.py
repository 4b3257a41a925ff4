"""The site as production serves it, at https://magazine.example, and a crawler reading it;
an article with everything search engines read: hero image, two authors, tags."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from wagtail.models import Page, Site

import pytest

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory, ArticlePageUpdateFactory
from tests.support.sitemaps import HOST, CrawlerClient

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def site(home_page, category) -> Site:
    """The default site at https://magazine.example; its home page and category were
    published a month ago."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = HOST, 443
    site.save()
    published_at = timezone.now() - timedelta(days=30)
    Page.objects.filter(pk__in=[home_page.pk, category.pk]).update(
        first_published_at=published_at, last_published_at=published_at
    )
    return site


@pytest.fixture
def crawler(site) -> CrawlerClient:
    """An anonymous client reading https://magazine.example/."""
    return CrawlerClient()


@pytest.fixture
def article(category) -> ArticlePage:
    """A live article in « Jeux vidéo », first published in winter, with an update note in
    summer."""
    article = ArticlePageFactory(
        parent=category,
        title="Les consoles portables reviennent",
        slug="consoles-portables",
        standfirst="Elles reviennent en force.",
        hero_image=ImageFactory(),
        hero_image_alt="Une console portable posée sur une table",
        body=b.body(b.heading("Le retour"), b.paragraph("<p>Un marché qui <b>renaît</b>.</p>")),
        first_published_at=datetime(2026, 1, 15, 9, 30, tzinfo=PARIS),
        last_published_at=datetime(2026, 7, 2, 18, 5, tzinfo=PARIS),
        authors=[
            AuthorFactory(name="Léa Roux", slug="lea-roux"),
            AuthorFactory(name="Marc Petit", slug="marc-petit"),
        ],
        tags=["Nintendo", "Consoles"],
    )
    ArticlePageUpdateFactory(page=article, date=datetime(2026, 7, 2, 18, 5, tzinfo=PARIS))
    return article
