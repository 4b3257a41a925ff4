"""Factories for series."""

import factory
from factory.django import DjangoModelFactory

from magazine.series.models import Series


class SeriesFactory(DjangoModelFactory):
    """A series with a title and a description."""

    class Meta:
        model = Series

    title = factory.Sequence(lambda n: f"Série numéro {n}")
    slug = factory.Sequence(lambda n: f"serie-{n}")
    description = "Une série d'articles à lire dans l'ordre."
