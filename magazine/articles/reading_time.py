"""Length and reading time of an article, from the words a reader actually reads."""

import math
from collections.abc import Iterable
from typing import Any

from django.utils.html import strip_tags

# A common figure for reading French on screen; see e.g. Trauzettel-Klosinski & Dietz (2012).
WORDS_PER_MINUTE = 220


def body_text(body: Iterable[Any]) -> str:
    """Return the readable text of a body: headings, paragraphs, points, quotes, captions."""
    parts: list[str] = []
    for block in body:
        value = block.value
        match block.block_type:
            case "heading":
                parts.append(value["text"])
            case "paragraph":
                parts.append(strip_tags(value.source))
            case "numbered_points":
                for point in value:
                    parts.append(point["title"])
                    parts.append(strip_tags(point["body"].source))
            case "quote":
                parts.extend([value["text"], value["attribution"]])
            case "image":
                parts.append(value["caption"])
            case "conclusion":
                parts.extend([value["title"], strip_tags(value["body"].source)])
    return " ".join(part for part in parts if part)


def count_words(*texts: str) -> int:
    """Return the number of words in the given texts."""
    return sum(len(text.split()) for text in texts)


def reading_time_minutes(words: int) -> int:
    """Return the minutes needed to read `words` words, at least one."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
