"""Each rule of tests, games and scales refuses what breaks it, with its message in place."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError

import pytest

from magazine.articles import stream_data as b
from magazine.articles.blocks import ArticleBodyBlock
from magazine.articles.models import ArticlePage
from magazine.articles.review_blocks import ReviewBlock
from magazine.reviews.models import GameRelease, RatingScale
from tests.factories.pages import ArticlePageFactory

from .conftest import review_body


def review_errors(raw: dict) -> dict[str, list[str]]:
    """The test box's errors by field, for the stored value of a `review` block."""
    block = ReviewBlock()
    with pytest.raises(ValidationError) as caught:
        block.clean(block.to_python(raw["value"]))
    return {name: error.messages for name, error in caught.value.block_errors.items()}


def test_an_article_has_at_most_one_test_box(category, game, scale):
    body = review_body(game.pk, scale_id=scale.pk)
    body.insert(1, b.review("Un second verdict.", game_id=game.pk))
    with pytest.raises(ValidationError) as caught:
        category.add_child(instance=ArticlePageFactory.build(body=body))
    [message] = caught.value.message_dict["body"]
    assert "Un article n'a qu'un seul encadré de test." in message


def test_the_body_points_at_the_second_test_box(game):
    stream = ArticleBodyBlock()
    body = review_body(game.pk, score=None)
    body.insert(3, b.review("Encore.", game_id=game.pk, score=None))
    with pytest.raises(ValidationError) as caught:
        stream.clean(stream.to_python(body))
    assert list(caught.value.block_errors) == [3]


def test_one_test_box_is_accepted(category, game, scale):
    article = ArticlePageFactory.build(body=review_body(game.pk, scale_id=scale.pk))
    category.add_child(instance=article)
    assert article.pk


def test_a_score_off_the_scale_step_is_refused(game, scale):
    errors = review_errors(b.review("Bien.", game_id=game.pk, scale_id=scale.pk, score="8.3"))
    assert errors == {"score": ["La note doit tomber sur un pas de 0,5 (par exemple 9,5)."]}


def test_a_score_above_the_scale_is_refused(game, scale):
    errors = review_errors(b.review("Bien.", game_id=game.pk, scale_id=scale.pk, score="11"))
    assert errors == {"score": ["La note doit être comprise entre 0 et 10."]}


def test_a_score_below_the_scale_is_refused(game, scale):
    errors = review_errors(b.review("Bien.", game_id=game.pk, scale_id=scale.pk, score="-1"))
    assert errors == {"score": ["La note doit être comprise entre 0 et 10."]}


def test_a_score_needs_a_scale(game):
    errors = review_errors(b.review("Bien.", game_id=game.pk, score="8"))
    assert errors == {"scale": ["Une note se donne sur un barème : choisissez-le."]}


def test_a_test_box_tests_a_game_or_a_product_not_both(game, product):
    errors = review_errors(b.review("Bien.", game_id=game.pk, product_id=product.pk))
    assert set(errors) == {"game", "product"}


def test_a_test_box_tests_something(db):
    errors = review_errors(b.review("Bien."))
    assert errors["game"] == ["Choisissez le jeu ou le produit testé, un seul des deux."]


def test_a_test_without_a_score_is_accepted(product):
    block = ReviewBlock()
    value = block.clean(block.to_python(b.review("Bien.", product_id=product.pk)["value"]))
    assert value.item == product


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        (date(2027, 3, 15), "month"),
        (date(2027, 2, 1), "quarter"),
        (date(2027, 3, 1), "year"),
    ],
)
def test_a_release_date_must_match_its_precision(game, value, precision):
    release = GameRelease(game=game, platform="pc", release_date=value, precision=precision)
    with pytest.raises(ValidationError) as caught:
        release.full_clean()
    [message] = caught.value.message_dict["release_date"]
    assert message.startswith("Cette date ne correspond pas à sa précision")


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        (date(2027, 3, 15), "day"),
        (date(2027, 3, 1), "month"),
        (date(2027, 4, 1), "quarter"),
        (date(2027, 1, 1), "year"),
    ],
)
def test_a_release_date_that_matches_its_precision_is_accepted(game, value, precision):
    GameRelease(game=game, platform="pc", release_date=value, precision=precision).full_clean()


def test_a_scale_maximum_must_exceed_its_minimum(db):
    scale = RatingScale(name="À l'envers", minimum=Decimal(10), maximum=Decimal(5))
    with pytest.raises(ValidationError) as caught:
        scale.full_clean()
    assert "maximum" in caught.value.message_dict


def test_a_draft_keeps_an_unfinished_test_box(category, game):
    body = review_body(None, score=None)
    article = ArticlePageFactory(parent=category, never_published=True, body=body)
    assert ArticlePage.objects.get(pk=article.pk).body[2].block_type == "review"
