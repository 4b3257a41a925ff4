"""A game, a product, a scale with words, and a test article of the game."""

from datetime import date
from decimal import Decimal

import pytest

from magazine.articles import stream_data as b
from tests.factories.pages import ArticlePageFactory, InformationPageFactory
from tests.factories.reviews import (
    GameFactory,
    GameReleaseFactory,
    ProductFactory,
    ProductSpecificationFactory,
    scale_with_labels,
)


@pytest.fixture
def scale(db):
    return scale_with_labels()


@pytest.fixture
def game(db):
    game = GameFactory(
        title="Les Brumes d'Armor",
        slug="les-brumes-d-armor",
        pegi_age=16,
        pegi_descriptors=["violence", "fear"],
        players="1 joueur",
    )
    GameReleaseFactory(game=game, platform="ps5", release_date=date(2026, 11, 24))
    GameReleaseFactory(
        game=game, platform="switch-2", release_date=date(2027, 1, 1), precision="quarter"
    )
    return game


@pytest.fixture
def product(db):
    product = ProductFactory(
        brand="Fairphone", name="6", slug="fairphone-6", launch_price=Decimal("549.00")
    )
    ProductSpecificationFactory(product=product, label="Écran", value="6,3 pouces OLED")
    return product


@pytest.fixture
def protocol(home_page):
    return InformationPageFactory(
        parent=home_page, title="Notre protocole de test", slug="notre-protocole-de-test"
    )


def review_body(game_id=None, product_id=None, scale_id=None, score="8.5", **options):
    """A body with a test box and a conclusion."""
    return b.body(
        b.heading("Le test"),
        b.paragraph("<p>Une vingtaine d'heures de jeu.</p>"),
        b.review(
            "Une aventure généreuse.",
            game_id=game_id,
            product_id=product_id,
            scale_id=scale_id,
            score=score,
            pros=("Une direction artistique superbe", "Des combats nerveux"),
            cons=("Une fin expédiée",),
            tested_on="PS5, version 1.02",
            **options,
        ),
        b.conclusion("<p>Pour finir.</p>"),
    )


@pytest.fixture
def review_article(category, game, scale, protocol):
    return ArticlePageFactory(
        parent=category,
        title="Test des Brumes d'Armor",
        slug="test-brumes-armor",
        body=review_body(game.pk, scale_id=scale.pk, protocol_id=protocol.pk),
    )
