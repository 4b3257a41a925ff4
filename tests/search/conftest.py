"""Fixtures for the search tests: a small French corpus, and the helpers that read results."""

from django.db import connection

import pytest
from bs4 import BeautifulSoup

from tests.factories import body as b
from tests.factories.pages import ArticlePageFactory, CategoryPageFactory


@pytest.fixture
def postgresql(db) -> None:
    """Skip the test unless the database is PostgreSQL (French stemming, weights)."""
    if connection.vendor != "postgresql":
        pytest.skip("French stemming and field weights need PostgreSQL")


@pytest.fixture
def other_category(home_page):
    """A second category, for filters and moves."""
    return CategoryPageFactory(parent=home_page, title="Matériel", slug="materiel")


def article(parent, title: str, standfirst: str = "", text: str = "", **kwargs):
    """A live article whose words are only the ones given (and a neutral standfirst)."""
    return ArticlePageFactory(
        parent=parent,
        title=title,
        standfirst=standfirst or "Un article du magazine.",
        body=b.body(b.paragraph(f"<p>{text or 'Sans autre précision.'}</p>")),
        **kwargs,
    )


def soup(response) -> BeautifulSoup:
    """The parsed HTML of a response."""
    return BeautifulSoup(response.content, "html.parser")


def result_titles(client, **params) -> list[str]:
    """The titles the results page lists for `params`, in order."""
    response = client.get("/recherche/", params)
    assert response.status_code == 200
    return [link.get_text(strip=True) for link in soup(response).select(".search-result__title a")]
