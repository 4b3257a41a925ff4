"""Wagtail's content checks (axe) run on the article's preview in the editor's side panel."""

import re

import pytest
from playwright.sync_api import Page, expect

from magazine.articles.models import CategoryPage
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory

from .admin import EDITOR, log_in
from .conftest import ConsoleErrors, screenshot


@pytest.mark.browser
def test_the_checks_panel_measures_and_checks_the_article(
    page: Page, console_errors: ConsoleErrors, category: CategoryPage, django_user_model, settings
) -> None:
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    django_user_model.objects.create_superuser(email="r@example.org", **EDITOR)
    article = ArticlePageFactory(parent=category, authors=[AuthorFactory()])
    log_in(page)
    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.get_by_role("button", name="Activer/désactiver les vérifications").click()
    panel = page.locator("[data-side-panel=checks]")
    expect(panel.get_by_role("heading", name="Problèmes trouvés")).to_be_visible()
    # Words and issues are counted by the userbar's checker inside the article's preview.
    expect(panel.locator("[data-content-word-count]")).to_have_text(re.compile(r"^\d+$"))
    expect(panel.locator("[data-content-readability-score]")).not_to_have_text("-")
    screenshot(page, "checks-panel", full_page=False)
    assert console_errors.server_errors == []
    assert console_errors.messages == []
