"""Template helpers for articles: French dates and responsive images."""

import re
from datetime import datetime

from django import template
from django.utils import timezone
from django.utils.formats import date_format

from magazine.articles.images import IMAGE_VARIANTS, image_sources

register = template.Library()

NARROW_NBSP = "\u202f"
# A plain space before : ; ? ! or », and after «.
FRENCH_SPACES = re.compile(r" (?=[:;?!»])")
FRENCH_SPACES_AFTER = re.compile(r"(?<=«) ")


@register.filter
def french_date(value: datetime | None) -> str:
    """Return a date as French readers write it: « 1er mars 2026 », « 24 novembre 2026 »."""
    if not value:
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {date_format(value, 'F Y')}"


@register.filter
def french_spacing(value: str) -> str:
    """Return text whose spaces before « : ; ? ! » and inside « guillemets » never break.

    French puts a space before double punctuation; a line must not start with the mark.
    """
    return FRENCH_SPACES.sub(NARROW_NBSP, FRENCH_SPACES_AFTER.sub(NARROW_NBSP, str(value or "")))


@register.inclusion_tag("includes/responsive_image.html")
def responsive_image(
    image, variant: str, alt: str | None = None, eager: bool = False, sizes: str = ""
) -> dict:
    """Render an <img> with WebP `srcset` renditions, width and height, lazy unless eager."""
    if image is None or variant not in IMAGE_VARIANTS:
        return {"image": None}
    sources = image_sources(image, variant)
    return {
        "image": image,
        "sources": sources,
        "alt": image.default_alt_text if alt is None else alt,
        "eager": eager,
        "sizes": sizes or IMAGE_VARIANTS[variant].sizes,
    }
