"""WordPress shortcodes and the classic editor's bare text, made HTML the reader understands.

`[caption]` becomes a figure, `[embed]` a bare URL, `[gallery ids=…]` its images; other
shortcodes are dropped, their text kept, with a warning naming them. Text without
paragraphs gets them from its blank lines, as WordPress' `wpautop` does on display.
"""

import re

from bs4 import BeautifulSoup

BLOCK_TAGS = re.compile(
    r"<(p|h[1-6]|ul|ol|blockquote|figure|div|table|pre|hr|iframe)[\s>]", re.IGNORECASE
)
SHORTCODE = re.compile(r"\[(/?)([a-zA-Z][\w-]*)([^\]]*)\]")
CAPTION = re.compile(r"\[caption([^\]]*)\](.*?)\[/caption\]", re.DOTALL | re.IGNORECASE)
EMBED = re.compile(r"\[embed[^\]]*\](.*?)\[/embed\]", re.DOTALL | re.IGNORECASE)
GALLERY_IDS = re.compile(r"""\bids=["']?([\d,\s]+)""")


def expand_shortcodes(html: str, warnings: list[str]) -> str:
    """Replace the shortcodes that have a block by HTML; drop the others with a warning."""

    def caption(match: re.Match) -> str:
        attributes, inner = match.group(1), match.group(2)
        soup = BeautifulSoup(inner, "html.parser")
        image = soup.find("img")
        text = soup.get_text(" ", strip=True)
        if not text:
            found = re.search(r'caption="([^"]*)"', attributes)
            text = found.group(1) if found else ""
        if image is None:
            return f"<p>{text}</p>"
        return f"<figure>{image}<figcaption>{text}</figcaption></figure>"

    def gallery(match: re.Match) -> str:
        ids = GALLERY_IDS.search(match.group(3))
        if not ids:
            return ""
        images = "".join(
            f'<figure><img data-attachment-id="{pk.strip()}" alt=""></figure>'
            for pk in ids.group(1).split(",")
            if pk.strip()
        )
        return f"\n\n<div>{images}</div>\n\n"

    def other(match: re.Match) -> str:
        name = match.group(2).lower()
        if name == "gallery" and not match.group(1):
            return gallery(match)
        if name != "gallery":
            note = f"code court [{name}] retiré, son texte est gardé"
            if note not in warnings:
                warnings.append(note)
        return ""

    html = CAPTION.sub(caption, html)
    html = EMBED.sub(lambda match: f"\n\n<p>{match.group(1).strip()}</p>\n\n", html)
    return SHORTCODE.sub(other, html)


def autop(html: str) -> str:
    """Return classic-editor text with its blank lines made paragraphs, as WordPress shows it."""
    if BLOCK_TAGS.search(html) and "<p" in html.lower():
        return html
    chunks = [chunk.strip() for chunk in re.split(r"\n\s*\n", html)]
    return "".join(
        chunk if BLOCK_TAGS.match(chunk) else "<p>" + chunk.replace("\n", "<br>") + "</p>"
        for chunk in chunks
        if chunk
    )
