"""A reader types in the header search box, sees a suggestion, searches and reads a result.

Minimal fixtures of its own (tests/browser/ has the full ones): Debian's Chromium through
Playwright's sync API, against pytest-django's live server on the transactional database.
"""

import json
import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from django.db import DEFAULT_DB_ALIAS, connections

from wagtail.models import Page, Site

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.factories.pages import CategoryPageFactory, HomePageFactory

from .conftest import article

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
TIMEOUT_MS = 10_000


@pytest.fixture
def chromium(monkeypatch) -> str:
    """The path of Chromium; without it the test fails on CI and is skipped elsewhere."""
    # A Playwright event loop may run in this thread (tests/browser/ keeps one for the
    # session): Django would take the test's database access for async code.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)):
        message = f"Browser tests need Chromium at {CHROMIUM}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def migrated_rows(django_db_setup, django_db_blocker):
    """Keep the rows Wagtail's migrations create (root page, locale…) past this test.

    A transactional test ends by emptying every table; Django reloads the rows it serialized
    at setup before each such test, but not after the last one, and `--reuse-db` would keep
    an empty database. Content types go first: Wagtail models look theirs up when built.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    contents = getattr(connection, "_test_serialized_contents", None)
    if contents is not None:
        rows = json.loads(contents)
        rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
        contents = connection._test_serialized_contents = json.dumps(rows)
    yield
    with django_db_blocker.unblock():
        if contents is not None and not Page.objects.exists():
            connection.creation.deserialize_db_from_string(contents)


def find_and_read(base_url: str, executable: str) -> None:
    """In Chromium: type in the header box, see the suggestion, search, open the result."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(base_url=base_url, locale="fr-FR")
            page.set_default_timeout(TIMEOUT_MS)
            page.goto("/")
            box = page.get_by_role("combobox", name="Rechercher dans le magazine")
            box.press_sequentially("ecran", delay=30)

            suggestion = page.get_by_role("option", name="Écrans OLED : le grand comparatif")
            expect(suggestion).to_be_visible()
            box.press("Enter")

            expect(page).to_have_url(re.compile(r"/recherche/\?q=ecran$"))
            results = page.locator("main ol.search-results")
            expect(results.get_by_role("listitem")).to_have_count(1)
            results.get_by_role("link", name="Écrans OLED : le grand comparatif").click()

            expect(page).to_have_url(re.compile(r"/materiel/"))
            expect(page.get_by_role("heading", level=1)).to_have_text(
                "Écrans OLED : le grand comparatif"
            )
        finally:
            browser.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_reader_finds_an_article_from_the_header_search_box(chromium, migrated_rows, live_server):
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    category = CategoryPageFactory(parent=home, title="Matériel", slug="materiel")
    article(category, "Écrans OLED : le grand comparatif", standfirst="Huit écrans testés.")
    article(category, "Claviers pour écrire", text="Rien sur les moniteurs.")

    # A thread of its own: Playwright's sync API refuses a thread whose event loop already
    # runs, as it does when tests/browser/ keeps its Playwright for the whole session.
    with ThreadPoolExecutor(max_workers=1) as executor:
        executor.submit(find_and_read, live_server.url, chromium).result()
