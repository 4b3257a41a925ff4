"""Tags as the editor types and reads them: separated by commas, never in quotes.

django-taggit reads and writes the tag field's text through these two functions
(TAGGIT_TAGS_FROM_STRING, TAGGIT_STRING_FROM_TAGS). Its own functions put a tag of several
words in double quotes, which the editor then saw (« "Vie privée" »), and without a comma
split such a tag at its spaces.
"""

import csv
from collections.abc import Iterable


def tags_from_string(text: str) -> list[str]:
    """Return the sorted, distinct tag names of `text`, separated by commas.

    Quotes are optional: Wagtail's tag field still sends a tag of several words in quotes,
    and a name in quotes may hold a comma.
    """
    if not text:
        return []
    fields = next(csv.reader([text], skipinitialspace=True), [])
    return sorted({name.strip() for name in fields if name.strip()})


def string_from_tags(tags: Iterable) -> str:
    """Return the tags' names as the editor reads them, in quotes only when they hold a comma."""
    names = sorted(tag.name for tag in tags)
    return ", ".join(f'"{name}"' if "," in name else name for name in names)
