"""An article body's pieces kept in the shared cache: its rendered HTML and its word count.

Both depend on the body alone (anchors too: magazine/articles/outline.py), so they are keyed
by a digest of the body's stored data, and by the content generation (a link in the body to
a page that moved or went away): a changed body, even in a preview, is never served old.
"""

import hashlib
import json
from collections.abc import Callable

from django.core.serializers.json import DjangoJSONEncoder

from wagtail.blocks import StreamValue

from magazine.cache.fragments import generation_cached


def body_digest(body: StreamValue) -> str:
    """A digest of the body's stored data (what the database holds for it)."""
    data = json.dumps(list(body.raw_data), sort_keys=True, cls=DjangoJSONEncoder)
    return hashlib.blake2b(data.encode(), digest_size=16).hexdigest()


def cached_body_html(digest: str, render: Callable[[], str]) -> str:
    """The body's HTML (its table of contents and blocks), rendered once per generation."""
    return generation_cached("article-body", (digest,), render)


def cached_body_words(digest: str, count: Callable[[], int]) -> int:
    """The number of words of the body, counted once per generation."""
    return generation_cached("article-body-words", (digest,), count)
