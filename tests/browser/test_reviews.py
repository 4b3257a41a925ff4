"""A reader meets a test box in an article, follows the game's link and finds the article on
the game's hub."""

from datetime import date

import pytest
from playwright.sync_api import Page

from magazine.articles import stream_data as b
from magazine.articles.models import CategoryPage
from tests.browser.conftest import screenshot, serve_uploads
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory
from tests.factories.reviews import GameFactory, GameReleaseFactory, scale_with_labels


@pytest.mark.browser
def test_a_reader_goes_from_a_test_box_to_the_game_hub(page: Page, category: CategoryPage):
    game = GameFactory(
        title="Les Brumes d'Armor",
        slug="les-brumes-d-armor",
        cover=ImageFactory(title="Jaquette", description="La jaquette du jeu"),
        pegi_age=16,
        pegi_descriptors=["violence", "fear"],
        players="1 joueur",
        official_site="https://brumes.example/",
    )
    GameReleaseFactory(game=game, platform="ps5", release_date=date(2026, 11, 24))
    GameReleaseFactory(
        game=game, platform="switch-2", release_date=date(2027, 1, 1), precision="quarter"
    )
    article = ArticlePageFactory(
        parent=category,
        title="Test des Brumes d'Armor : une aventure bretonne envoûtante",
        hero_image=ImageFactory(),
        authors=[AuthorFactory(name="Léa Roux")],
        body=b.body(
            b.heading("Une Bretagne de légende"),
            b.paragraph("<p>Vingt heures de brume, de menhirs et de combats nerveux.</p>"),
            b.game_sheet(game.pk),
            b.spoiler("<p>Le mentor était le traître depuis le début.</p>"),
            b.accessibility(
                "Un mode d'assistance à la visée.",
                subtitles="yes",
                subtitle_size="partial",
                remapping="yes",
                colour_blind="no",
            ),
            b.review(
                "Une aventure généreuse, qu'on quitte à regret malgré une fin expédiée.",
                game_id=game.pk,
                scale_id=scale_with_labels().pk,
                score="8.5",
                pros=("Une direction artistique superbe", "Des combats nerveux"),
                cons=("Une fin expédiée", "Quelques chutes de fluidité"),
                tested_on="PS5, version 1.02",
            ),
            b.conclusion("<p>Un des beaux jeux de l'année.</p>"),
        ),
    )
    serve_uploads(page)
    page.goto(article.url)
    box = page.locator("section.review")
    box.scroll_into_view_if_needed()
    assert box.locator(".review__label").inner_text().lower() == "très bon"
    page.locator("details.block-spoiler summary").click()
    assert page.get_by_text("Le mentor était le traître").is_visible()
    screenshot(page, "reviews-article")
    box.get_by_role("link", name="Tout sur Les Brumes d'Armor").click()
    page.wait_for_url("**/jeux/les-brumes-d-armor/")
    assert page.locator("h1").inner_text() == "Les Brumes d'Armor"
    assert page.locator(".card__title").first.inner_text().replace("\u202f", " ") == article.title
    screenshot(page, "reviews-hub")
