"""Factories for reader comments."""

import factory
from factory.django import DjangoModelFactory

from magazine.comments.models import Comment


class CommentFactory(DjangoModelFactory):
    """An approved comment by a reader on the `article` given; `parent=` makes it a reply."""

    class Meta:
        model = Comment

    name = factory.Sequence(lambda n: f"Lectrice {n}")
    email = factory.Sequence(lambda n: f"lectrice{n}@lecteurs.example")
    body = "Merci pour cet article très clair."
    status = Comment.Status.APPROVED
