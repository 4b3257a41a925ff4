"""Builders of article bodies as the raw JSON the StreamField stores."""

import json
import uuid
from typing import Any


def _block(block_type: str, value: Any) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def heading(text: str, level: str = "h2") -> dict:
    """A `heading` block."""
    return _block("heading", {"text": text, "level": level})


def paragraph(html: str = "<p>Un paragraphe de texte.</p>") -> dict:
    """A `paragraph` block of rich text."""
    return _block("paragraph", html)


def numbered_points(*titles: str) -> dict:
    """A `numbered_points` block with one point per title."""
    return _block(
        "numbered_points",
        [
            {
                "type": "item",
                "value": {"title": title, "body": f"<p>À propos de {title}.</p>"},
                "id": str(uuid.uuid4()),
            }
            for title in titles
        ],
    )


def quote(text: str = "Une citation.", attribution: str = "Quelqu'un") -> dict:
    """A `quote` block."""
    return _block("quote", {"text": text, "attribution": attribution})


def image(
    image_id: int, caption: str = "Une légende", credit: str = "", alt: str = "Une illustration"
) -> dict:
    """An `image` block showing the image with that id."""
    return _block(
        "image",
        {
            "image": {"image": image_id, "alt_text": alt, "decorative": False},
            "caption": caption,
            "credit": credit,
        },
    )


def conclusion(title: str = "Conclusion", html: str = "<p>Pour finir.</p>") -> dict:
    """A `conclusion` block."""
    return _block("conclusion", {"title": title, "body": html})


def body(*blocks: dict) -> str:
    """The raw JSON of a body made of `blocks`, as the StreamField accepts it."""
    return json.dumps(list(blocks))


def standard_body() -> str:
    """A small valid body: two sections, three points and a conclusion."""
    return body(
        heading("Le contexte"),
        paragraph(),
        heading("Les points clés"),
        numbered_points("Premier point", "Deuxième point", "Troisième point"),
        conclusion(),
    )
