"""Article bodies as the raw data their StreamField stores, one builder per block of the body.

The tests, the demo content and the benchmark corpus all build bodies here, so the shape of a
block's value is written once: when a block changes, its builder changes and every caller
follows. A body is a list of blocks; `ArticlePage(body=...)` and `ArticleBodyBlock.to_python`
take it as it is. The block names are those of `ArticleBodyBlock`, which silently drops a
block whose name it does not know.
"""

import uuid
from decimal import Decimal
from typing import Any

# The features of AccessibilityBlock (reader_blocks.py), in its order. Written here rather
# than read from the block: this module is plain data, read without Django's settings (the
# demo content, the benchmarks); tests/test_stream_data.py checks the two agree.
ACCESSIBILITY_FEATURES = (
    "subtitles",
    "subtitle_size",
    "remapping",
    "difficulty",
    "colour_blind",
    "screen_reader",
    "one_handed",
)


RawBlock = dict[str, Any]


def _block(block_type: str, value: Any) -> RawBlock:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _item(value: Any) -> RawBlock:
    """One item of a list block."""
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def heading(text: str, level: str = "h2") -> RawBlock:
    """Return a `heading` block: a section (h2) or a sub-section (h3)."""
    return _block("heading", {"text": text, "level": level})


def paragraph(html: str) -> RawBlock:
    """Return a `paragraph` block of rich text (`html` holds its <p> elements)."""
    return _block("paragraph", html)


def point(title: str, html: str = "") -> RawBlock:
    """Return one point of a `numbered_points` block: its title and its rich text."""
    return _item({"title": title, "body": html})


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


def review(
    verdict: str,
    *,
    game_id: int | None = None,
    product_id: int | None = None,
    scale_id: int | None = None,
    score: str | None = None,
    pros: tuple[str, ...] = (),
    cons: tuple[str, ...] = (),
    tested_on: str = "",
    protocol_id: int | None = None,
) -> RawBlock:
    """Return a `review` block (the test box) of a game or a product, which the body accepts
    once; `score` (a string such as "8.5") on the scale with id `scale_id`, or none.

    The score is kept a Decimal, as the block gives it back (the database stores it as text).
    """
    return _block(
        "review",
        {
            "game": game_id,
            "product": product_id,
            "scale": scale_id,
            "score": None if score is None else Decimal(score),
            "pros": [_item(text) for text in pros],
            "cons": [_item(text) for text in cons],
            "verdict": verdict,
            "tested_on": tested_on,
            "protocol": protocol_id,
        },
    )


def game_sheet(game_id: int) -> RawBlock:
    """Return a `game_sheet` block showing the game with that id."""
    return _block("game_sheet", game_id)


def product_sheet(product_id: int) -> RawBlock:
    """Return a `product_sheet` block showing the product with that id."""
    return _block("product_sheet", product_id)


def spoiler(html: str, summary: str = "Attention, divulgâcheur : cliquez pour lire") -> RawBlock:
    """Return a `spoiler` block: rich text hidden behind `summary` until the reader opens it."""
    return _block("spoiler", {"summary": summary, "body": html})


def accessibility(notes: str = "", **support: str) -> RawBlock:
    """Return an `accessibility` block; `support` maps a feature (subtitles, remapping…) to
    "yes", "partial" or "no"."""
    unchecked = dict.fromkeys(ACCESSIBILITY_FEATURES, "")
    return _block("accessibility", {**unchecked, **support, "notes": notes})


def body(*blocks: RawBlock) -> list[RawBlock]:
    """Return a body made of `blocks`, in order."""
    return list(blocks)
