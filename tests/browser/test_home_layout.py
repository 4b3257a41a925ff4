"""How the home page lays its sections out in the browser."""

from collections import Counter

import pytest
from playwright.sync_api import Page

from magazine.articles.listings import LATEST_ARTICLES_COUNT
from magazine.articles.models import CategoryPage
from tests.factories.pages import ArticlePageFactory


@pytest.mark.browser
def test_latest_articles_fill_whole_rows_on_a_desktop(page: Page, category: CategoryPage) -> None:
    """« Derniers articles » ends on a full row of cards, with no hole at its end."""
    for _ in range(LATEST_ARTICLES_COUNT + 3):
        ArticlePageFactory(parent=category)
    page.goto("/")
    cards = page.locator("section[aria-labelledby=a-lire] .card-grid > li").all()
    assert len(cards) == LATEST_ARTICLES_COUNT
    rows = Counter(round(card.bounding_box()["y"]) for card in cards)
    columns = max(rows.values())
    assert columns > 1, "the cards should stand side by side at desktop width"
    assert list(rows.values()) == [columns] * len(rows), f"cards per row: {list(rows.values())}"
