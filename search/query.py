"""What a reader typed, cleaned into words the search backend can take whatever the input.

The backends are never given the reader's text: only words made of letters and digits, so no
character can be read as an operator by PostgreSQL's tsquery (& | ! : * ( ) <->) or SQLite's
FTS5 (" * ^ : ( ) NEAR AND OR NOT, which stay harmless as quoted words).
"""

import re
import unicodedata
from dataclasses import dataclass

from modelsearch.query import And, Or, PlainText, SearchQuery

MAX_QUERY_LENGTH = 100
MAX_WORDS = 10
MAX_WORD_LENGTH = 40

# Letters and digits of any script; the underscore, which \w also matches, separates words.
WORD = re.compile(r"[^\W_]+")
# Control, format (bidirectional marks among them), surrogate, private-use and unassigned.
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


@dataclass(frozen=True)
class ReaderQuery:
    """A reader's query: the text shown back to them, its words, and what cleaning changed."""

    text: str
    words: tuple[str, ...]
    was_shortened: bool = False
    was_cleaned: bool = False

    @classmethod
    def from_input(cls, raw: str) -> "ReaderQuery":
        """Return the query for any text: invisible characters removed, spaces collapsed,
        capped at MAX_QUERY_LENGTH characters and MAX_WORDS words."""
        normalized = unicodedata.normalize("NFKC", raw)
        kept = "".join(
            " " if char.isspace() else char
            for char in normalized
            if char.isspace() or unicodedata.category(char) not in INVISIBLE_CATEGORIES
        )
        was_cleaned = len(kept) != len(normalized)
        text = " ".join(kept.split())
        was_shortened = len(text) > MAX_QUERY_LENGTH
        if was_shortened:
            text = text[:MAX_QUERY_LENGTH].rstrip()
        words = _distinct(word[:MAX_WORD_LENGTH] for word in WORD.findall(text))
        if len(words) > MAX_WORDS:
            words, was_shortened = words[:MAX_WORDS], True
        return cls(text, tuple(words), was_shortened, was_cleaned)

    @property
    def is_empty(self) -> bool:
        """Whether there is no word to search for."""
        return not self.words

    def search_query(self) -> SearchQuery:
        """Return the query for Wagtail's `search()`: every word, in either number when
        French spells its plural with an x (see `number_variants`)."""
        parts = [
            Or([PlainText(variant) for variant in variants])
            if len(variants := number_variants(word)) > 1
            else PlainText(word)
            for word in self.words
        ]
        return parts[0] if len(parts) == 1 else And(parts)

    def autocomplete_text(self) -> str:
        """Return the words for Wagtail's `autocomplete()`, the last one read as a prefix."""
        return " ".join(self.words)


def number_variants(word: str) -> tuple[str, ...]:
    """Return the word and its other number when the plural is formed with an x.

    PostgreSQL's French stemmer removes a plural s and folds -eaux into -eau, but leaves -eux
    and -oux alone ("jeux" stems to "jeux", "jeu" to "jeu") and turns -aux into -al, which
    misses "tuyaux" for "tuyau". Searching both spellings makes "jeu" find "jeux" and back,
    without a dictionary file on the database server. A spelling that is not a word
    ("heureu") matches nothing and costs nothing.
    """
    folded = _fold(word)
    if len(folded) >= 3 and folded.endswith(("eu", "ou", "au")) and not folded.endswith("eau"):
        return (word, word + "x")
    if len(folded) >= 4 and folded.endswith(("eux", "oux", "aux")) and not folded.endswith("eaux"):
        return (word, word[:-1])
    return (word,)


def _fold(word: str) -> str:
    """Lower case without accents, as the text search configuration compares words."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("œ", "oe"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _distinct(words) -> list[str]:
    """The words in order, each kept once whatever its case."""
    seen: set[str] = set()
    kept = []
    for word in words:
        if (key := word.casefold()) not in seen:
            seen.add(key)
            kept.append(word)
    return kept
