"""The article editor reads as French: « Choisir un auteur », a « Nom » column, bare tags."""

import pytest
from playwright.sync_api import Page, expect

from magazine.articles.models import CategoryPage
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory

from .admin import EDITOR, log_in
from .conftest import ConsoleErrors, screenshot


@pytest.fixture
def editor(page: Page, django_user_model, settings) -> Page:
    """The editor's page, signed in."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    django_user_model.objects.create_superuser(email="r@example.org", **EDITOR)
    log_in(page)
    return page


@pytest.mark.browser
def test_the_editor_chooses_an_author_by_name(
    editor: Page, console_errors: ConsoleErrors, category: CategoryPage
) -> None:
    AuthorFactory(name="Léa Roux")
    editor.goto(f"/admin/pages/add/articles/articlepage/{category.pk}/")
    chooser = editor.locator("#id_authors-0-author-chooser")
    chooser.get_by_role("button", name="Choisir un auteur").click()
    modal = editor.locator(".modal")
    expect(modal.get_by_role("heading", level=1)).to_have_text("Choisir un auteur")
    expect(modal.get_by_role("columnheader")).to_have_text(["Nom"])
    modal.get_by_role("link", name="Léa Roux", exact=True).click()
    expect(chooser.locator("[data-chooser-title]")).to_have_text("Léa Roux")
    assert console_errors.messages == []


@pytest.mark.browser
def test_tags_of_several_words_show_without_quotes(
    editor: Page, console_errors: ConsoleErrors, category: CategoryPage
) -> None:
    article = ArticlePageFactory(parent=category, authors=[AuthorFactory()], tags=["Vie privée"])
    editor.goto(f"/admin/pages/{article.pk}/edit/")
    tags = editor.locator("ul.tagit")
    expect(tags.locator(".tagit-label")).to_have_text(["Vie privée"])
    tags.locator("input").fill("Jeux vidéo")
    tags.locator("input").press("Enter")
    expect(tags.locator(".tagit-label")).to_have_text(["Vie privée", "Jeux vidéo"])
    screenshot(editor, "tags", full_page=False)
    assert console_errors.messages == []
