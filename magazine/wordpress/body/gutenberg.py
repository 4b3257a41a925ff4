"""Gutenberg's block comments (`<!-- wp:name {…} -->`): which blocks the reader understands.

The markup inside a block is read like any HTML, in reading order (columns and groups are
flattened); the comment only tells whether the block is one we know.
"""

import re

KNOWN_BLOCKS = frozenset(
    {
        "paragraph",
        "heading",
        "list",
        "list-item",
        "image",
        "gallery",
        "quote",
        "pullquote",
        "embed",
        "separator",
        "table",
        "code",
        "preformatted",
        "columns",
        "column",
        "group",
        "spacer",
        "more",
    }
)


def unknown_block(comment: str) -> str | None:
    """Return the name of the Gutenberg block `comment` opens if we do not know it, else None."""
    match = re.match(r"\s*wp:([\w/-]+)", comment)
    if not match:
        return None
    name = match.group(1)
    if name in KNOWN_BLOCKS or name.startswith("core-embed/"):
        return None
    return name
