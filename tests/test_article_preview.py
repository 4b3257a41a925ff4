"""The editor's preview of an article never published says so, or when it will be."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.article_form import article_edit_form
from tests.support.html import page_soup

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def draft(category) -> ArticlePage:
    """An article never published, with one author."""
    return ArticlePageFactory(
        parent=category,
        live=False,
        first_published_at=None,
        last_published_at=None,
        authors=[AuthorFactory()],
    )


def preview_dates(admin_client, article: ArticlePage, **fields: str) -> str:
    """Return the byline's dates in the preview of `article` as edited with `fields`."""
    url = f"/admin/pages/{article.pk}/edit/preview/"
    response = admin_client.post(url, article_edit_form(article, **fields))
    assert response.json()["is_valid"] is True
    return page_soup(admin_client, url).select_one(".byline__dates")


def test_the_preview_of_an_article_never_published_says_so(admin_client, draft):
    dates = preview_dates(admin_client, draft)
    assert dates.get_text(" ", strip=True) == "Non publié"
    assert dates.find("time") is None


def test_the_preview_of_a_scheduled_article_gives_its_planned_date(admin_client, draft):
    year = timezone.localtime().year + 1
    dates = preview_dates(admin_client, draft, go_live_at=f"01/03/{year} 08:05")
    assert dates.get_text(" ", strip=True) == f"Programmé pour le 1er mars {year} à 08:05"
    planned = datetime(year, 3, 1, 8, 5, tzinfo=PARIS)
    assert dates.find("time")["datetime"] == planned.isoformat()


def test_a_go_live_date_that_has_passed_is_not_announced(admin_client, draft):
    draft.go_live_at = timezone.now() - timedelta(minutes=5)
    draft.save_revision()
    shown = timezone.localtime(draft.go_live_at).strftime("%d/%m/%Y %H:%M")
    dates = preview_dates(admin_client, draft, go_live_at=shown)
    assert dates.get_text(" ", strip=True) == "Non publié"


def test_the_preview_of_a_published_article_gives_its_publication_date(admin_client, category):
    published = datetime(2026, 3, 1, 10, 0, tzinfo=PARIS)
    article = ArticlePageFactory(
        parent=category, first_published_at=published, authors=[AuthorFactory()]
    )
    dates = preview_dates(admin_client, article, go_live_at="")
    assert dates.get_text(" ", strip=True) == "Publié le 1er mars 2026"
