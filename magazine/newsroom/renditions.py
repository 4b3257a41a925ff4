"""Renditions made ahead of readers: every image a page prints gets its renditions here,
outside the web workers.

Made on a reader's request, a rendition decodes the original in the worker serving it: a
photo of 24 megapixels takes some 70 MB there for a moment, and the worker keeps that peak.
The scheduler (`run_scheduler`) calls `make_renditions` after each of its passes, so the
images of a page being written or scheduled have their renditions before it goes live.
A rendition still missing (an image whose focal point just changed) is made on request,
as before.
"""

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, IntegerField, Q, QuerySet
from django.db.models.functions import Cast

from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex

from magazine.articles.images import OPEN_GRAPH_SPEC, STRUCTURED_DATA_SPECS, specs_of
from magazine.articles.models import ArticlePage
from magazine.authors.models import Author
from magazine.reviews.models import Game, Product

logger = logging.getLogger(__name__)


def body_images() -> QuerySet:
    """The ids of the images article bodies show, from Wagtail's reference index."""
    image_type = ContentType.objects.get_for_model(get_image_model())
    return ReferenceIndex.objects.filter(
        content_type=ContentType.objects.get_for_model(ArticlePage),
        to_content_type=image_type,
        model_path__startswith="body.",
    ).values(image_id=Cast("to_object_id", output_field=IntegerField()))


@dataclass(frozen=True)
class ImageUse:
    """Where images appear (a query of their ids) and the renditions shown there."""

    images: Callable[[], QuerySet]
    specs: tuple[str, ...]


# Drafts and scheduled articles too: their renditions are made before they go live.
IMAGE_USES = (
    ImageUse(
        lambda: ArticlePage.objects.values("hero_image"),
        tuple(dict.fromkeys((*specs_of("card", "hero"), OPEN_GRAPH_SPEC, *STRUCTURED_DATA_SPECS))),
    ),
    ImageUse(body_images, specs_of("body")),
    ImageUse(lambda: Game.objects.values("cover"), specs_of("sheet")),
    ImageUse(lambda: Product.objects.values("image"), specs_of("sheet")),
    ImageUse(lambda: Author.objects.values("photo"), specs_of("portrait")),
)


def lacking(use: ImageUse) -> QuerySet:
    """The images of `use` that lack one of its renditions, oldest first."""
    made = Count("renditions", filter=Q(renditions__filter_spec__in=use.specs), distinct=True)
    return (
        get_image_model()
        .objects.filter(pk__in=use.images())
        .annotate(made=made)
        .filter(made__lt=len(use.specs))
        .order_by("pk")
    )


def images_to_render(skip: set[int]) -> Iterator[tuple[object, tuple[str, ...]]]:
    """Each image lacking renditions, with the specs of the use it lacks them for."""
    for use in IMAGE_USES:
        for image in lacking(use).exclude(pk__in=skip).iterator(chunk_size=100):
            yield image, use.specs


def make_renditions(seconds: float | None = None, failed: set[int] | None = None) -> int:
    """Make the renditions pages will print and return how many images got some.

    Stops after `seconds` if given (the image under way is finished). An image whose file
    is missing or unreadable is logged, added to `failed` and not tried again with it.
    """
    failed = set() if failed is None else failed
    deadline = None if seconds is None else time.monotonic() + seconds
    made = 0
    for image, specs in images_to_render(failed):
        try:
            # Wagtail opens the original once for all the renditions it lacks.
            image.get_renditions(*specs)
        # A missing or unreadable original (Wagtail's SourceImageIOError, Pillow's
        # UnidentifiedImageError are OSErrors), a format it cannot write (a ValueError).
        except (OSError, ValueError) as error:
            logger.warning("Image %s : rendus impossibles (%s)", image.pk, error)
            failed.add(image.pk)
        else:
            made += 1
        if deadline is not None and time.monotonic() >= deadline:
            break
    return made
