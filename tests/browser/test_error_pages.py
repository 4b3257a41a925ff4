"""What a reader sees when an address leads nowhere."""

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import ConsoleErrors


@pytest.mark.browser
def test_an_unknown_address_shows_the_magazine_s_own_not_found_page(
    page: Page, console_errors: ConsoleErrors, home_page, live_server
) -> None:
    """A styled French 404 page, with the site's menu and a way back home."""
    missing = f"{live_server.url}/cette-page-n-existe-pas/"
    response = page.goto(missing)
    assert response is not None
    assert response.status == 404
    expect(page).to_have_title(re.compile(r"^Page introuvable\W+Magazine$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Page introuvable")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("nav.main-menu")).to_be_attached()
    assert page.evaluate(
        "[...document.styleSheets].some(sheet => sheet.href?.includes('/magazine.css')"
        " && sheet.cssRules.length > 0)"
    ), "the magazine's stylesheet did not load"
    page.get_by_role("link", name="Retour à l'accueil").click()
    expect(page).to_have_url(f"{live_server.url}/")
    # Chromium reports the 404 of the page itself in the console; nothing else may fail.
    assert [m for m in console_errors.messages if not m.startswith(f"{missing}: ")] == []
