"""An editor adds a new game in the admin, then a test box of it to an article, and
publishes; the reader sees the box, follows the game's link to its hub and finds the article
there."""

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage, CategoryPage
from magazine.reviews.models import Game
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.factories.reviews import scale_with_labels

from .admin import EDITOR, footer_action, insert_block, log_in
from .conftest import ConsoleErrors

GAME = "Les Marais de Brière"
VERDICT = "Une promenade brumeuse et poétique, un peu courte."


def choose(page: Page, block: Locator, field: str, name: str) -> None:
    """Pick `name` with the chooser of the block's `field` (game, scale…)."""
    chooser = block.locator(f"[id$='-value-{field}-chooser']")
    chooser.get_by_role("button", name=re.compile("^Choisir")).click()
    page.locator(".modal").get_by_role("link", name=name, exact=True).click()
    expect(chooser.locator("[data-chooser-title]")).to_have_text(name)


@pytest.mark.browser
def test_an_editor_adds_a_test_of_a_new_game_that_leads_readers_to_its_hub(
    page: Page,
    new_page: Callable[..., Page],
    console_errors: ConsoleErrors,
    category: CategoryPage,
    django_user_model,
    settings,
) -> None:
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    django_user_model.objects.create_superuser(email="redaction@example.org", **EDITOR)
    scale = scale_with_labels()
    article = ArticlePageFactory(
        parent=category,
        title="Test des Marais de Brière",
        authors=[AuthorFactory(name="Léa Roux")],
        body=b.body(b.heading("Dans les marais"), b.paragraph("<p>Une barque, un héron.</p>")),
    )

    log_in(page)
    page.goto("/admin/snippets/reviews/game/add/")
    page.locator("#id_title").fill(GAME)
    page.locator("#id_slug").fill("les-marais-de-briere")
    page.get_by_role("button", name="Enregistrer").first.click()
    expect(page.locator(".messages")).to_contain_text(GAME)

    page.goto(f"/admin/pages/{article.pk}/edit/")
    box = insert_block(page, "Test")
    choose(page, box, "game", GAME)
    choose(page, box, "scale", scale.name)
    box.get_by_label("Note", exact=True).fill("7.5")
    box.get_by_label("Verdict").fill(VERDICT)
    footer_action(page, "Publier")
    expect(page.locator(".messages")).to_contain_text("publiée")

    game = Game.objects.get(title=GAME)
    published = ArticlePage.objects.get(pk=article.pk)
    assert [block.block_type for block in published.body][-1] == "review"
    reader = new_page()
    response = reader.goto(article.url)
    assert response is not None and response.status == 200, console_errors.server_errors
    test_box = reader.locator("section.review")
    expect(test_box.locator(".review__label")).to_have_text(re.compile("bon", re.IGNORECASE))
    expect(test_box).to_contain_text(VERDICT)
    test_box.get_by_role("link", name=f"Tout sur {GAME}").click()
    reader.wait_for_url(f"**{game.get_absolute_url()}")
    expect(reader.locator("h1")).to_have_text(GAME)
    expect(reader.locator(".hub-review data")).to_have_attribute("value", "7.5")
    expect(reader.locator(".card__title a")).to_have_text([re.compile("Marais de Brière")])
    assert console_errors.server_errors == []
    assert console_errors.messages == []
