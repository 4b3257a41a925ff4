"""An editor writes and publishes an article in the Wagtail admin; a reader then reads it."""

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from magazine.articles.models import ArticlePage, CategoryPage
from tests.factories.authors import AuthorFactory

from .admin import EDITOR, choose_author, fill_points, insert_block, log_in, type_rich_text
from .conftest import ConsoleErrors

TITLE = "Cinq consoles portables à essayer"
STANDFIRST = "Les consoles portables reviennent en force. Voici celles qui valent le détour."
AUTHOR = "Camille Martin"
HEADING = "Le retour des portables"
POINTS = ["Une autonomie record", "Un écran lumineux"]
CONCLUSION = "Une bonne année pour jouer partout."


def publish(page: Page) -> None:
    """Publish from the footer's action menu, where "Publier" hides under "Plus d'actions"."""
    footer = page.get_by_role("navigation", name="Actions (pied de page)")
    footer.get_by_role("button", name="Plus d'actions").click()
    footer.get_by_role("button", name="Publier").click()
    expect(page.locator(".messages")).to_contain_text(f"« {TITLE} » créée et publiée")


@pytest.mark.browser
def test_an_editor_publishes_an_article_that_readers_can_read(
    page: Page,
    new_page: Callable[..., Page],
    console_errors: ConsoleErrors,
    category: CategoryPage,
    django_user_model,
    settings,
) -> None:
    """Title, standfirst, author and body typed in the admin come out on the public page."""
    # Wagtail 8 autosaves a new page half a second after each change; an autosave still
    # running when "Publier" is clicked creates the page a second time (400 or 500 answer).
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    author = AuthorFactory(name=AUTHOR)
    django_user_model.objects.create_superuser(email="redaction@example.org", **EDITOR)

    log_in(page)
    page.goto(f"/admin/pages/add/articles/articlepage/{category.id}/")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_standfirst").fill(STANDFIRST)
    choose_author(page, AUTHOR)
    insert_block(page, "Intertitre").get_by_label("Texte").fill(HEADING)
    fill_points(insert_block(page, "Points numérotés"), POINTS)
    type_rich_text(insert_block(page, "Conclusion"), CONCLUSION)
    publish(page)

    article = ArticlePage.objects.get(title=TITLE)
    assert article.live
    assert article.get_parent().id == category.id
    assert article.standfirst == STANDFIRST
    assert [link.author for link in article.authors.all()] == [author]
    assert [block.block_type for block in article.body] == [
        "heading",
        "numbered_points",
        "conclusion",
    ]
    assert [point["title"] for point in article.body[1].value] == POINTS

    reader = new_page()
    response = reader.goto(article.url)
    assert response is not None
    assert response.status == 200, console_errors.server_errors
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.locator(".article__standfirst")).to_have_text(STANDFIRST)
    expect(reader.locator(".byline")).to_contain_text(AUTHOR)
    expect(reader.locator(".article__body h2").first).to_have_text(HEADING)
    expect(reader.locator(".article__body ol > li h3")).to_have_text(POINTS)
    expect(reader.locator(".article__body .block-conclusion")).to_contain_text(CONCLUSION)

    assert console_errors.server_errors == []
    assert console_errors.messages == []
