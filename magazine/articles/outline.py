"""The outline of an article body: anchors for its sections and the table of contents.

Anchors are derived from the text (accents folded, lower case), made unique within the page
by a numeric suffix, and depend only on the body, so they are stable across renders and
links to them keep working until an editor renames the section.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.text import slugify

# Ids the page template uses for itself; a section must never take one of them.
RESERVED_IDS = frozenset({"contenu", "sommaire", "publications-similaires", "commentaires"})


@dataclass
class TocEntry:
    """One line of the table of contents, with the entries nested under it."""

    text: str
    anchor: str
    number: int | None = None
    children: list["TocEntry"] = field(default_factory=list)


@dataclass
class BodyItem:
    """A body block ready to render: its anchor and, for numbered points, theirs."""

    block: Any
    anchor: str | None = None
    points: list[tuple[Any, str]] = field(default_factory=list)


@dataclass
class ArticleOutline:
    """What the article template needs: the blocks with their anchors, and the TOC."""

    items: list[BodyItem]
    toc: list[TocEntry]


class AnchorMaker:
    """Hands out ids derived from text, never the same one twice."""

    def __init__(self, reserved: Iterable[str] = RESERVED_IDS) -> None:
        self.taken = set(reserved)

    def make(self, text: str) -> str:
        """Return a fresh id for `text`: its slug, suffixed -2, -3… when already taken."""
        base = slugify(text)[:60].strip("-") or "section"
        candidate, suffix = base, 1
        while candidate in self.taken:
            suffix += 1
            candidate = f"{base}-{suffix}"
        self.taken.add(candidate)
        return candidate


def article_outline(body: Iterable[Any]) -> ArticleOutline:
    """Return the body blocks with anchors and the table of contents built from them.

    Headings make the TOC's top level (h3 nest under the h2 before them), the points of a
    numbered list nest under the heading before them, and the conclusion closes the TOC.
    """
    anchors = AnchorMaker()
    items: list[BodyItem] = []
    toc: list[TocEntry] = []
    current_h2: TocEntry | None = None
    current_heading: TocEntry | None = None

    for block in body:
        item = BodyItem(block=block)
        if block.block_type == "heading":
            item.anchor = anchors.make(block.value["text"])
            entry = TocEntry(text=block.value["text"], anchor=item.anchor)
            if block.value["level"] == "h3" and current_h2 is not None:
                current_h2.children.append(entry)
            else:
                toc.append(entry)
                current_h2 = entry
            current_heading = entry
        elif block.block_type == "numbered_points":
            parent = current_heading.children if current_heading else toc
            for number, point in enumerate(block.value, start=1):
                anchor = anchors.make(point["title"])
                item.points.append((point, anchor))
                parent.append(TocEntry(text=point["title"], anchor=anchor, number=number))
        elif block.block_type == "conclusion":
            item.anchor = anchors.make(block.value["title"] or "conclusion")
            toc.append(TocEntry(text=block.value["title"], anchor=item.anchor))
        items.append(item)
    return ArticleOutline(items=items, toc=toc)
