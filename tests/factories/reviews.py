"""Factories for games, products and rating scales."""

from datetime import date
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from magazine.reviews.models import (
    Game,
    GameRelease,
    Product,
    ProductSpecification,
    RatingRange,
    RatingScale,
)


class RatingScaleFactory(DjangoModelFactory):
    """A scale from 0 to 10 by whole points, with no word labels."""

    class Meta:
        model = RatingScale

    name = factory.Sequence(lambda n: f"Sur 10 ({n})")
    minimum = Decimal(0)
    maximum = Decimal(10)
    step = Decimal(1)


def scale_with_labels(step: str = "0.5") -> RatingScale:
    """A scale out of 10 with four words: « Décevant », « Correct », « Très bon », « Excellent »."""
    scale = RatingScaleFactory(step=Decimal(step))
    for order, (start, label) in enumerate(
        [("0", "Décevant"), ("5", "Correct"), ("7", "Très bon"), ("9", "Excellent")]
    ):
        RatingRange.objects.create(
            scale=scale, from_score=Decimal(start), label=label, sort_order=order
        )
    return scale


class GameFactory(DjangoModelFactory):
    """A game with a developer and a publisher; no cover, no release."""

    class Meta:
        model = Game

    title = factory.Sequence(lambda n: f"Jeu numéro {n}")
    slug = factory.Sequence(lambda n: f"jeu-{n}")
    developer = "Studio Exemple"
    publisher = "Éditions Ludiques"


class GameReleaseFactory(DjangoModelFactory):
    """A release of a game on PC, on a known day."""

    class Meta:
        model = GameRelease

    platform = "pc"
    release_date = date(2026, 11, 24)
    precision = "day"


class ProductFactory(DjangoModelFactory):
    """A product with a brand and a name; no image, price or specification."""

    class Meta:
        model = Product

    brand = "Marque"
    name = factory.Sequence(lambda n: f"Modèle {n}")
    slug = factory.Sequence(lambda n: f"produit-{n}")


class ProductSpecificationFactory(DjangoModelFactory):
    class Meta:
        model = ProductSpecification

    label = "Écran"
    value = "6,3 pouces OLED"
