"""Helpers for the information page tests."""

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    """The parsed HTML of a successful response."""
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")
