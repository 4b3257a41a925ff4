"""Scheduling from the publish actions, when the date picker cannot read the date typed.

The picker then puts the current time in the field, which has passed when the form is sent,
and Wagtail used to publish the article at once with that past date. The form now refuses it.
(Scheduling that goes live is driven end to end in test_newsroom.py.)
"""

import pytest
from playwright.sync_api import Page, expect

from magazine.articles.models import ArticlePage, CategoryPage
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory

from .admin import (
    EDITOR,
    footer_action,
    log_in,
    next_minute_ahead,
    open_schedule_dialog,
    type_go_live,
)
from .conftest import ConsoleErrors

TITLE = "Le guide des consoles de l'été"


@pytest.fixture
def draft(category: CategoryPage, django_user_model, settings) -> ArticlePage:
    """An article never published, with a saved draft; its editor is signed up."""
    # Wagtail 8 autosaves the form in the background; an autosave running into the
    # « Enregistrer la programmation » submission would race it.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    django_user_model.objects.create_superuser(email="redaction@example.org", **EDITOR)
    article = ArticlePageFactory(
        parent=category,
        title=TITLE,
        live=False,
        first_published_at=None,
        last_published_at=None,
        authors=[AuthorFactory()],
    )
    article.save_revision()
    return article


@pytest.mark.browser
def test_a_go_live_date_the_picker_cannot_read_publishes_nothing(
    page: Page, draft: ArticlePage, console_errors: ConsoleErrors
) -> None:
    log_in(page)
    page.goto(f"/admin/pages/{draft.pk}/edit/")

    # As the script did: an ISO date, which the French date picker cannot read.
    dialog = open_schedule_dialog(page)
    type_go_live(page, dialog, next_minute_ahead().strftime("%Y-%m-%d %H:%M"))
    dialog.get_by_role("button", name="Enregistrer la programmation").click()
    refused = "La page ne peut être enregistrée du fait d'erreurs de validation."
    expect(page.locator(".messages")).to_contain_text(refused)
    with page.expect_navigation():
        footer_action(page, "Publier")
    expect(page.locator(".messages")).to_contain_text(refused)

    dialog = open_schedule_dialog(page)
    expect(dialog).to_contain_text("Cette date de publication est déjà passée")
    article = ArticlePage.objects.get(pk=draft.pk)
    assert not article.live
    assert article.first_published_at is None
    assert article.go_live_at is None
    assert console_errors.server_errors == []
