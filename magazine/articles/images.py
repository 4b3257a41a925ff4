"""Image renditions the site prints, declared once for templates and prefetching alike."""

from dataclasses import dataclass

from django.db.models import Prefetch

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage


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
    "portrait": ImageVariant(
        specs=("fill-96x96|format-webp", "fill-192x192|format-webp"),
        sizes="6rem",
    ),
}


def prefetch_renditions(image_field: str, *variants: str) -> Prefetch:
    """Prefetch, through `image_field`, the renditions the given variants print."""
    specs = [spec for variant in variants for spec in IMAGE_VARIANTS[variant].specs]
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return Prefetch(f"{image_field}__renditions", queryset=renditions)


@dataclass(frozen=True)
class ImageSources:
    """What an <img> needs: a fallback src, its size, and the srcset."""

    src: str
    width: int
    height: int
    srcset: str


def image_sources(image: AbstractImage, variant: str) -> ImageSources:
    """Return the sources of `image` for `variant`, from prefetched renditions when present."""
    renditions = list(image.get_renditions(*IMAGE_VARIANTS[variant].specs).values())
    first = renditions[0]
    return ImageSources(
        src=first.url,
        width=first.width,
        height=first.height,
        srcset=", ".join(f"{r.url} {r.width}w" for r in renditions),
    )
