"""The shapes demo content is written in, and short helpers that build body blocks.

Body blocks are produced in StreamField's raw form ({"type": …, "value": …}); an `image`
block leaves its image empty and the loader draws one for it.
"""

from dataclasses import dataclass
from typing import Any

RawBlock = dict[str, Any]

# The shared tag vocabulary: articles draw from it so that they meet across categories.
TAGS = frozenset(
    {
        "Apple",
        "Cloud",
        "Développement",
        "Écrans",
        "Énergie",
        "Europe",
        "Google",
        "GPU",
        "IA générative",
        "Jeu indépendant",
        "Linux",
        "Microsoft",
        "Mots de passe",
        "Navigateurs",
        "Nintendo",
        "Open source",
        "Processeurs",
        "Ransomware",
        "Réglementation",
        "Réseaux",
        "Smartphones",
        "Sony",
        "Vie privée",
    }
)


@dataclass(frozen=True)
class DemoAuthor:
    """An invented author: name, URL slug and a short biography."""

    slug: str
    name: str
    bio: str


@dataclass(frozen=True)
class DemoArticle:
    """One article; `authors` and `related` are slugs, `related` pointing to older articles."""

    slug: str
    title: str
    standfirst: str
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    body: tuple[RawBlock, ...]
    related: tuple[str, ...] = ()
    updated_days_later: int = 0


@dataclass(frozen=True)
class DemoCategory:
    """A category, its articles newest first, and the slug of its featured article if any."""

    slug: str
    title: str
    description: str
    articles: tuple[DemoArticle, ...]
    featured: str = ""


@dataclass(frozen=True)
class DemoInformationPage:
    """A fixed page under the home page; `show_legal_details` for the legal notice."""

    slug: str
    title: str
    introduction: str
    body: tuple[RawBlock, ...]
    show_legal_details: bool = False


def h2(text: str) -> RawBlock:
    """A section heading."""
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def h3(text: str) -> RawBlock:
    """A sub-section heading, under the previous h2."""
    return {"type": "heading", "value": {"text": text, "level": "h3"}}


def p(*paragraphs: str) -> RawBlock:
    """A paragraph block holding one <p> per argument (inline HTML allowed)."""
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def ul(intro: str, *items: str) -> RawBlock:
    """A paragraph block: an introductory sentence followed by a bulleted list."""
    bullets = "".join(f"<li>{item}</li>" for item in items)
    return {"type": "paragraph", "value": f"<p>{intro}</p><ul>{bullets}</ul>"}


def a(url: str, text: str) -> str:
    """An external link, for use inside paragraph text."""
    return f'<a href="{url}">{text}</a>'


def points(*items: tuple[str, str]) -> RawBlock:
    """Numbered points, each given as (title, text)."""
    return {
        "type": "numbered_points",
        "value": [{"title": title, "body": f"<p>{text}</p>"} for title, text in items],
    }


def quote(text: str, attribution: str) -> RawBlock:
    """A pulled quote."""
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def figure(caption: str, credit: str = "Illustration : Magazine", alt: str = "") -> RawBlock:
    """An image block whose picture the loader draws; `alt` overrides the image's own."""
    return {
        "type": "image",
        "value": {"image": None, "caption": caption, "credit": credit, "alt": alt},
    }


def conclusion(*paragraphs: str, title: str = "Conclusion") -> RawBlock:
    """The closing section, always last."""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return {"type": "conclusion", "value": {"title": title, "body": body}}
