"""Publishing a broken body in the browser: each error at its block, all counted on the tab."""

import re

from django.test import Client

import pytest
from playwright.sync_api import Page, expect

from magazine.articles.models import CategoryPage
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.article_forms import (
    BROKEN_BODY,
    CONCLUSION_LAST,
    H3_FIRST,
    POINT_TITLE,
    article_form,
)

from .admin import EDITOR, log_in
from .conftest import ConsoleErrors, screenshot


@pytest.mark.browser
def test_the_content_tab_counts_every_body_error(
    page: Page, console_errors: ConsoleErrors, category: CategoryPage, django_user_model, settings
) -> None:
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    editor = django_user_model.objects.create_superuser(email="r@example.org", **EDITOR)
    article = ArticlePageFactory(parent=category, authors=[AuthorFactory()])
    # The editor saved a draft that breaks three rules; now they publish it.
    client = Client()
    client.force_login(editor)
    draft = client.post(f"/admin/pages/{article.pk}/edit/", article_form(article, BROKEN_BODY))
    assert draft.status_code == 302

    log_in(page)
    page.goto(f"/admin/pages/{article.pk}/edit/")
    footer = page.get_by_role("navigation", name="Actions (pied de page)")
    footer.get_by_role("button", name="Plus d'actions").click()
    footer.get_by_role("button", name="Publier").click()

    body = page.locator("#body-root > [data-streamfield-stream-container]")
    blocks = body.locator("> [data-streamfield-child]")
    expect(blocks.nth(0)).to_contain_text(H3_FIRST)
    expect(blocks.nth(2)).to_contain_text(POINT_TITLE)
    expect(blocks.nth(3)).to_contain_text(CONCLUSION_LAST)
    tab = page.get_by_role("tab", name=re.compile("^Contenu"))
    expect(tab.locator(".w-tabs__errors")).to_be_visible()
    expect(tab.locator("[data-w-count-target=total]")).to_have_text("3")
    expect(tab.locator("[data-w-count-target=label]")).to_have_text("3 erreurs")
    screenshot(page, "body-errors", full_page=False)
    assert console_errors.server_errors == []
    assert console_errors.messages == []
