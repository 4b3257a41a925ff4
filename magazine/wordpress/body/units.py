"""What a body's converter passes around: image references, units, the result, and escaping.

The body is our StreamField's raw data (magazine/articles/stream_data.py), never raw HTML;
rich text is reduced to what the paragraph block's editor allows.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from magazine.articles import stream_data as b
from magazine.articles.blocks import RICH_TEXT_FEATURES

HEADING_MAX = 200
RICH_TEXT = EditorHTMLConverter(features=RICH_TEXT_FEATURES)


@dataclass(frozen=True)
class ImageRef:
    """An image of the body as WordPress wrote it."""

    url: str
    attachment_id: int | None
    alt: str
    caption: str


@dataclass(frozen=True)
class FoundImage:
    """An image of the site standing for an ImageRef."""

    image_id: int
    title: str


ImageResolver = Callable[[ImageRef], FoundImage | None]


@dataclass
class Body:
    """The converted body, what the import should know, and its first paragraph's text."""

    blocks: list[b.RawBlock] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    first_paragraph: str = ""


@dataclass
class Unit:
    """A piece of the body before it becomes a block: its kind, value and plain text."""

    kind: str
    value: object
    text: str = ""


def sanitised(html: str) -> str:
    """Return `html` reduced to what the paragraph block's editor allows, bold as <b>."""
    clean = RICH_TEXT.to_database_format(html).strip()
    for old, new in (("strong", "b"), ("em", "i")):
        clean = clean.replace(f"<{old}>", f"<{new}>").replace(f"</{old}>", f"</{new}>")
    return clean


def escape(text: str) -> str:
    """Return `text` escaped for HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
