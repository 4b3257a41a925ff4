"""Image renditions the site prints or hands to search engines and social networks, declared
once for templates, metadata and prefetching alike.

Templates print them through `includes/image.html` (Wagtail's srcset markup), listings
prefetch exactly these specs, so a card never asks the database for its renditions.
"""

from dataclasses import dataclass

from django.db.models import Prefetch

from wagtail.images import get_image_model


@dataclass(frozen=True)
class ImageVariant:
    """A set of rendition specs for one place an image appears, smallest first."""

    specs: tuple[str, ...]
    sizes: str


IMAGE_VARIANTS = {
    "card": ImageVariant(
        specs=("fill-400x225|format-webp", "fill-800x450|format-webp"),
        sizes="(min-width: 64rem) 20rem, (min-width: 40rem) 45vw, 100vw",
    ),
    "hero": ImageVariant(
        specs=(
            "fill-800x450|format-webp",
            "fill-1200x675|format-webp",
            "fill-1600x900|format-webp",
        ),
        sizes="(min-width: 75rem) 72rem, 100vw",
    ),
    "body": ImageVariant(
        specs=("width-800|format-webp", "width-1200|format-webp"),
        sizes="(min-width: 48rem) 45rem, 100vw",
    ),
    # A game's cover or a product's picture on its sheet, whatever its shape.
    "sheet": ImageVariant(
        specs=("max-240x320|format-webp", "max-480x640|format-webp"),
        sizes="15rem",
    ),
    "portrait": ImageVariant(
        specs=("fill-96x96|format-webp", "fill-192x192|format-webp"),
        sizes="6rem",
    ),
}


# What search engines and social networks fetch of an article's hero image; never shown on
# the page. Open Graph's card is 1.91:1 (1200×630 is what Facebook and LinkedIn ask for);
# Google asks an article's structured data for 16:9, 4:3 and 1:1 images, and at least
# 1200 px wide for large previews in Discover. No format filter: social networks do not all
# read WebP, and the original's format is one they read.
OPEN_GRAPH_SPEC = "fill-1200x630"
STRUCTURED_DATA_SPECS = ("fill-1200x675", "fill-1200x900", "fill-1200x1200")


def specs_of(*variants: str) -> tuple[str, ...]:
    """The rendition specs the given variants print, in their order."""
    return tuple(spec for variant in variants for spec in IMAGE_VARIANTS[variant].specs)


def prefetch_renditions(image_field: str, *variants: str) -> Prefetch:
    """Prefetch, through `image_field`, the renditions the given variants print."""
    specs = specs_of(*variants)
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return Prefetch(f"{image_field}__renditions", queryset=renditions)
