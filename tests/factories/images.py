"""Factories for images."""

import wagtail_factories


class ImageFactory(wagtail_factories.ImageFactory):
    """A small generated image with a description used as alt text."""

    title = "Image de test"
    description = "Une image de test"
    file = wagtail_factories.factories.factory.django.ImageField(width=1600, height=900)
