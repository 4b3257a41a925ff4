"""Each entry's hero image as an enclosure: a rendition, its URL, type and length in bytes.

The enclosure is the hero's 1200 px rendition, which the article page has already made: a
reader's preview needs no more, and the original (up to the editor's upload, metadata
included) is never published anywhere else. A rendition's length is not in the database;
asking the storage for it would mean a request to S3 per entry and per feed request, so the
length is read once per rendition file and kept in the shared cache: a rendition's file never
changes under its name.
"""

import mimetypes
from dataclasses import dataclass
from urllib.parse import urljoin

from django.core.cache import cache
from django.db.models import Prefetch

from wagtail.images import get_image_model
from wagtail.images.models import AbstractRendition, SourceImageIOError

from magazine.articles.models import ArticlePage

ENCLOSURE_SPEC = "fill-1200x675|format-webp"
SIZE_CACHE_KEY = "feeds:file-size:{name}"


@dataclass(frozen=True)
class ImageEnclosure:
    """What an enclosure says of an image: where it is, its MIME type, its length."""

    url: str
    mime_type: str
    length: int


def prefetch_enclosures() -> Prefetch:
    """Prefetch, through `hero_image`, the rendition the enclosures point to."""
    renditions = get_image_model().get_rendition_model().objects
    return Prefetch(
        "hero_image__renditions", queryset=renditions.filter(filter_spec=ENCLOSURE_SPEC)
    )


def enclosure_rendition(article: ArticlePage) -> AbstractRendition | None:
    """Return the rendition of `article`'s hero image that the enclosure points to, if any.

    Prefetched with the entries; made the first time it is missing, as a template would.
    """
    if article.hero_image is None:
        return None
    try:
        return article.hero_image.get_renditions(ENCLOSURE_SPEC)[ENCLOSURE_SPEC]
    except SourceImageIOError:
        # The original has gone from the storage: no image rather than a broken feed.
        return None


def file_sizes(renditions: list[AbstractRendition]) -> dict[str, int]:
    """Return the length in bytes of each rendition's file, by file name.

    One cache round trip for all of them; the storage is asked only for the files the cache
    does not know yet (0 when the file cannot be read, as RSS advises for an unknown length).
    """
    names = {rendition.file.name: rendition for rendition in renditions}
    keys = {SIZE_CACHE_KEY.format(name=name): name for name in names}
    cached = cache.get_many(keys)
    sizes = {keys[key]: size for key, size in cached.items()}
    found = {}
    for key, name in keys.items():
        if name not in sizes:
            try:
                sizes[name] = names[name].file.size
            except OSError:
                sizes[name] = 0
                continue
            found[key] = sizes[name]
    if found:
        cache.set_many(found, timeout=None)
    return sizes


def image_enclosures(articles: list[ArticlePage], base_url: str) -> dict[int, ImageEnclosure]:
    """Return the enclosure of each of `articles` that has a hero image, by article id."""
    renditions = {article.pk: enclosure_rendition(article) for article in articles}
    renditions = {pk: rendition for pk, rendition in renditions.items() if rendition}
    sizes = file_sizes(list(renditions.values()))
    return {
        pk: ImageEnclosure(
            url=urljoin(base_url, rendition.url),
            mime_type=mimetypes.guess_type(rendition.file.name)[0] or "image/webp",
            length=sizes[rendition.file.name],
        )
        for pk, rendition in renditions.items()
    }
