"""A reader types in the header search box, sees a suggestion, searches and reads a result."""

import re

import pytest
from playwright.sync_api import Page, expect

from magazine.articles.models import CategoryPage
from tests.support.search import article

from .conftest import ConsoleErrors

TITLE = "Écrans OLED : le grand comparatif"


@pytest.mark.browser
def test_a_reader_finds_an_article_from_the_header_search_box(
    page: Page, console_errors: ConsoleErrors, category: CategoryPage
) -> None:
    """Typing without accents suggests the article; Enter searches; the result opens it."""
    article(category, TITLE, standfirst="Huit écrans testés.")
    article(category, "Claviers pour écrire", text="Rien sur les moniteurs.")

    page.goto("/")
    box = page.get_by_role("combobox", name="Rechercher dans le magazine")
    box.press_sequentially("ecran", delay=30)
    expect(page.get_by_role("option", name=TITLE)).to_be_visible()
    box.press("Enter")

    expect(page).to_have_url(re.compile(r"/recherche/\?q=ecran$"))
    results = page.locator("main ol.search-results")
    expect(results.get_by_role("listitem")).to_have_count(1)
    results.get_by_role("link", name=TITLE).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE.replace(" :", "\u202f:"))
    assert console_errors.messages == []
    assert console_errors.server_errors == []
