"""The shapes demo content is written in, and short helpers that build body blocks.

Body blocks come from `magazine.articles.stream_data`; a figure is a `DemoFigure`, whose
picture the loader draws before building its `image` block.
"""

from dataclasses import dataclass

from magazine.articles import stream_data
from magazine.articles.stream_data import RawBlock

# The shared tag vocabulary: articles draw from it so that they meet across categories.
# The credit of every illustration the demo draws, heroes and figures alike.
ILLUSTRATION_CREDIT = "Illustration : Magazine"

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
class DemoFigure:
    """An image of the body, still to be drawn: its caption, credit and alt override."""

    caption: str
    credit: str
    alt: str


@dataclass(frozen=True)
class DemoNote:
    """An update (`kind` "update") or correction ("correction") note, `days_later` days after
    the article's first publication."""

    days_later: int
    kind: str
    text: str


@dataclass(frozen=True)
class DemoArticle:
    """One article; `authors` and `related` are slugs, `related` pointing to older articles."""

    slug: str
    title: str
    standfirst: str
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    body: tuple["RawBlock | DemoFigure | DemoReview | DemoSheet", ...]
    related: tuple[str, ...] = ()
    notes: tuple[DemoNote, ...] = ()
    series: str = ""
    episode: int | None = None


@dataclass(frozen=True)
class DemoSeries:
    """A series of articles; each episode names it by slug, with its number."""

    slug: str
    title: str
    description: str


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
    return stream_data.heading(text, "h2")


def h3(text: str) -> RawBlock:
    """A sub-section heading, under the previous h2."""
    return stream_data.heading(text, "h3")


def p(*paragraphs: str) -> RawBlock:
    """A paragraph block holding one <p> per argument (inline HTML allowed)."""
    return stream_data.paragraph("".join(f"<p>{text}</p>" for text in paragraphs))


def ul(intro: str, *items: str) -> RawBlock:
    """A paragraph block: an introductory sentence followed by a bulleted list."""
    bullets = "".join(f"<li>{item}</li>" for item in items)
    return stream_data.paragraph(f"<p>{intro}</p><ul>{bullets}</ul>")


def a(url: str, text: str) -> str:
    """An external link, for use inside paragraph text."""
    return f'<a href="{url}">{text}</a>'


def points(*items: tuple[str, str]) -> RawBlock:
    """Numbered points, each given as (title, text)."""
    return stream_data.numbered_points(
        *(stream_data.point(title, f"<p>{text}</p>") for title, text in items)
    )


def quote(text: str, attribution: str) -> RawBlock:
    """A pulled quote."""
    return stream_data.quote(text, attribution)


def figure(caption: str, credit: str = ILLUSTRATION_CREDIT, alt: str = "") -> DemoFigure:
    """An image whose picture the loader draws; `alt` overrides the image's own."""
    return DemoFigure(caption, credit, alt)


def conclusion(*paragraphs: str, title: str = "Conclusion") -> RawBlock:
    """The closing section, always last."""
    return stream_data.conclusion("".join(f"<p>{text}</p>" for text in paragraphs), title)


@dataclass(frozen=True)
class DemoReview:
    """A test box whose game or product (by slug) the loader finds before building the block;
    `score` is on the demo's scale."""

    verdict: str
    game: str = ""
    product: str = ""
    score: str | None = None
    pros: tuple[str, ...] = ()
    cons: tuple[str, ...] = ()
    tested_on: str = ""


@dataclass(frozen=True)
class DemoSheet:
    """A game's or a product's sheet, named by slug, resolved by the loader."""

    game: str = ""
    product: str = ""


def spoiler(
    *paragraphs: str, summary: str = "Attention, divulgâcheur : cliquez pour lire"
) -> RawBlock:
    """A passage hidden until the reader opens it."""
    return stream_data.spoiler("".join(f"<p>{text}</p>" for text in paragraphs), summary)


def accessibility(notes: str, **support: str) -> RawBlock:
    """A game's accessibility checklist (feature → "yes", "partial" or "no")."""
    return stream_data.accessibility(notes, **support)
