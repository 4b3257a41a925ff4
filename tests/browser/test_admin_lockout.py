"""The admin's lockout page as an editor meets it in Chromium: French, in the admin's look."""

import re

import pytest
from playwright.sync_api import Page, expect

from magazine.newsroom.roles import WRITERS
from tests.support.admin import member

from .conftest import ConsoleErrors, screenshot

LOGIN = "/admin/login/"


@pytest.mark.browser
def test_five_wrong_passwords_show_the_lockout_page_in_the_admins_look(
    page: Page, console_errors: ConsoleErrors, django_user_model, live_server
):
    member(django_user_model, "ines", "Inès", WRITERS)
    page.goto(LOGIN)
    for _ in range(5):
        page.locator("#id_username").fill("ines")
        page.locator("#id_password").fill("pas-le-bon-mot-de-passe")
        with page.expect_navigation():
            page.get_by_role("button", name="S'identifier").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Connexion suspendue")
    expect(page.get_by_role("alert")).to_contain_text("pendant 30 minutes")
    # The admin's stylesheet applied and its scripts ran (they mark the body ready).
    assert page.evaluate(
        "[...document.styleSheets].some(sheet => sheet.href?.includes('wagtailadmin/css/core')"
        " && sheet.cssRules.length > 0)"
    ), "the admin's stylesheet did not load"
    expect(page.locator("body")).to_have_class(re.compile(r"\bready\b"))
    screenshot(page, "admin-lockout", full_page=False)
    page.get_by_role("link", name="Retour à la connexion").click()
    expect(page).to_have_url(f"{live_server.url}{LOGIN}")
    # Chromium reports the 429 of the page itself in the console; nothing else may fail.
    assert [m for m in console_errors.messages if "429" not in m] == []
    assert console_errors.server_errors == []
