"""Factories for images."""

from wagtail.models import Collection

import factory
import wagtail_factories


class ImageFactory(wagtail_factories.ImageFactory):
    """A small generated image with a description used as alt text, in the root collection
    (where editors' permissions are granted, as uploads go there)."""

    title = "Image de test"
    description = "Une image de test"
    file = wagtail_factories.factories.factory.django.ImageField(width=1600, height=900)
    collection = factory.LazyFunction(Collection.get_first_root_node)
