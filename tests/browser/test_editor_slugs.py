"""The editor's slug field, filled from the title or typed, holds the server's ASCII slug."""

import pytest
from playwright.sync_api import Page, expect

from magazine.articles.models import CategoryPage
from magazine.articles.slugs import page_slug

from .admin import EDITOR, log_in
from .conftest import ConsoleErrors

TITLES = [
    "Les jeux indépendants français à l'assaut de 2027",
    "L’œuvre d’une vie : « Zelda » a 40 ans",
]


@pytest.mark.browser
def test_the_slug_follows_the_title_and_drops_accents(
    page: Page, console_errors: ConsoleErrors, category: CategoryPage, django_user_model, settings
) -> None:
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    django_user_model.objects.create_superuser(email="r@example.org", **EDITOR)
    log_in(page)
    page.goto(f"/admin/pages/add/articles/articlepage/{category.pk}/")
    title_field, slug = page.locator("#id_title"), page.locator("#id_slug")
    for title in TITLES:
        title_field.focus()
        title_field.fill(title)
        title_field.blur()
        expect(slug).to_have_value(page_slug(title))
    assert slug.input_value() == "l-oeuvre-d-une-vie-zelda-a-40-ans"

    page.get_by_role("tab", name="Promotion").click()
    slug.fill("Jeux indépendants d'été")
    slug.blur()
    expect(slug).to_have_value("jeux-independants-d-ete")
    assert console_errors.messages == []
