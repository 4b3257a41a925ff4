"""The units of a post made blocks that follow the body's rules, and the conversion as a whole.

The rules are those of magazine/articles/blocks.py (headings in order, a conclusion last):
repairs are made and reported, never refused.
"""

from wagtail.embeds.blocks import EmbedValue

from bs4 import BeautifulSoup

from magazine.articles import stream_data as b

from .reader import Reader
from .shortcodes import autop, expand_shortcodes
from .structure import fold_conclusion, numbered_runs
from .units import HEADING_MAX, Body, ImageResolver, Unit, escape


def as_blocks(units: list[Unit], warnings: list[str]) -> list[b.RawBlock]:
    """Return the units as blocks: paragraphs merged, headings in order (h2 before any h3)."""
    blocks: list[b.RawBlock] = []
    seen_h2 = False
    pending_rich: list[str] = []

    def flush() -> None:
        if pending_rich:
            blocks.append(b.paragraph("".join(pending_rich)))
            pending_rich.clear()

    for unit in units:
        if unit.kind == "rich":
            pending_rich.append(unit.value)
            continue
        flush()
        if unit.kind == "heading":
            level = unit.value
            if level == "h3" and not seen_h2:
                level = "h2"
                note = "sous-titre placé avant le premier titre de section, promu en h2"
                if note not in warnings:
                    warnings.append(note)
            seen_h2 = seen_h2 or level == "h2"
            blocks.append(b.heading(unit.text[:HEADING_MAX], level))
        elif unit.kind == "points":
            blocks.append(b.numbered_points(*(b.point(t, html) for t, html in unit.value)))
        elif unit.kind == "quote":
            text, attribution = unit.value
            blocks.append(b.quote(text, attribution[:200]))
        elif unit.kind == "embed" and EmbedValue(unit.value).html:
            blocks.append(b.embed(unit.value))
        elif unit.kind == "embed":
            # The editor refuses an embed its providers cannot render; so does the import.
            warnings.append(f"contenu intégré introuvable, gardé comme lien : {unit.value}")
            url = escape(unit.value).replace('"', "&quot;")
            blocks.append(b.paragraph(f'<p><a href="{url}">{escape(unit.value)}</a></p>'))
        elif unit.kind == "image":
            blocks.append(unit.value)
        elif unit.kind == "conclusion":
            title, html = unit.value
            blocks.append(b.conclusion(html, title))
    flush()
    return blocks


def convert_body(html: str, resolve_image: ImageResolver) -> Body:
    """Return `html`, a post's content as WordPress stores it, as an article body."""
    body = Body()
    html = autop(expand_shortcodes(html or "", body.warnings))
    reader = Reader(resolve_image, body.warnings)
    reader.read(BeautifulSoup(html, "html.parser"))
    units = fold_conclusion(numbered_runs(reader.units), body.warnings)
    body.first_paragraph = next((unit.text for unit in reader.units if unit.kind == "rich"), "")
    body.blocks = as_blocks(units, body.warnings)
    return body
