"""Article bodies as the raw data their StreamField stores, one builder per block of the body.

The tests, the demo content and the benchmark corpus all build bodies here, so the shape of a
block's value is written once: when a block changes, its builder changes and every caller
follows. A body is a list of blocks; `ArticlePage(body=...)` and `ArticleBodyBlock.to_python`
take it as it is. The block names are those of `ArticleBodyBlock`, which silently drops a
block whose name it does not know.
"""

import uuid
from typing import Any

RawBlock = dict[str, Any]


def _block(block_type: str, value: Any) -> RawBlock:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def heading(text: str, level: str = "h2") -> RawBlock:
    """Return a `heading` block: a section (h2) or a sub-section (h3)."""
    return _block("heading", {"text": text, "level": level})


def paragraph(html: str) -> RawBlock:
    """Return a `paragraph` block of rich text (`html` holds its <p> elements)."""
    return _block("paragraph", html)


def point(title: str, html: str = "") -> RawBlock:
    """Return one point of a `numbered_points` block: its title and its rich text."""
    return {"type": "item", "value": {"title": title, "body": html}, "id": str(uuid.uuid4())}


def numbered_points(*points: RawBlock) -> RawBlock:
    """Return a `numbered_points` block of `points` (see `point`), numbered when rendered."""
    return _block("numbered_points", list(points))


def image(
    image_id: int, caption: str = "", credit: str = "", alt: str = "", decorative: bool = False
) -> RawBlock:
    """Return an `image` block showing the image with that id, described by `alt`.

    The body accepts it with an alt text, or without one when it is `decorative`.
    """
    return _block(
        "image",
        {
            "image": {"image": image_id, "alt_text": alt, "decorative": decorative},
            "caption": caption,
            "credit": credit,
        },
    )


def quote(text: str, attribution: str = "") -> RawBlock:
    """Return a `quote` block."""
    return _block("quote", {"text": text, "attribution": attribution})


def embed(url: str) -> RawBlock:
    """Return an `embed` block for an oEmbed URL."""
    return _block("embed", url)


def conclusion(html: str, title: str = "Conclusion") -> RawBlock:
    """Return a `conclusion` block, which the body accepts once, last."""
    return _block("conclusion", {"title": title, "body": html})


def body(*blocks: RawBlock) -> list[RawBlock]:
    """Return a body made of `blocks`, in order."""
    return list(blocks)
