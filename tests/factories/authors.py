"""Factories for authors."""

import factory
from factory.django import DjangoModelFactory

from magazine.authors.models import Author


class AuthorFactory(DjangoModelFactory):
    """An author with a name and a slug; no bio, no photo."""

    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Autrice {n}")
    slug = factory.Sequence(lambda n: f"autrice-{n}")
