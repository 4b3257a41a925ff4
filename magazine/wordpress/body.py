"""A WordPress post's HTML (classic editor, shortcodes or Gutenberg) as an article body.

The body is our StreamField's raw data (magazine/articles/stream_data.py), never raw HTML:
headings, paragraphs of rich text sanitised to the editor's features, numbered points,
images, quotes, embeds and a conclusion, in reading order. What has no block of its own
is kept as text, with a warning naming it. The result follows the body's rules
(magazine/articles/blocks.py): repairs are made and reported, never refused.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.finders import get_finders
from wagtail.embeds.oembed_providers import all_providers

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from magazine.articles import stream_data as b
from magazine.articles.blocks import RICH_TEXT_FEATURES

# Gutenberg blocks whose markup is read as it stands (their comments carry nothing we need).
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
CONTAINERS = frozenset(
    {"div", "section", "article", "main", "aside", "header", "footer", "center", "figure"}
)
INLINE = frozenset(
    {"a", "b", "strong", "i", "em", "span", "br", "u", "s", "small", "sup", "sub", "abbr", "mark"}
)
DROPPED = frozenset({"script", "style", "noscript", "form", "input", "button", "object"})
BLOCK_TAGS = re.compile(
    r"<(p|h[1-6]|ul|ol|blockquote|figure|div|table|pre|hr|iframe)[\s>]", re.IGNORECASE
)
SHORTCODE = re.compile(r"\[(/?)([a-zA-Z][\w-]*)([^\]]*)\]")
CAPTION = re.compile(r"\[caption([^\]]*)\](.*?)\[/caption\]", re.DOTALL | re.IGNORECASE)
EMBED = re.compile(r"\[embed[^\]]*\](.*?)\[/embed\]", re.DOTALL | re.IGNORECASE)
GALLERY_IDS = re.compile(r"""\bids=["']?([\d,\s]+)""")
NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+(.+)$", re.DOTALL)
CONCLUSION = re.compile(r"^\s*(en\s+)?conclusion\b|^\s*pour\s+conclure\b", re.IGNORECASE)
OEMBED_URLS = [re.compile(pattern) for provider in all_providers for pattern in provider["urls"]]
HEADING_MAX = 200
RICH_TEXT = EditorHTMLConverter(features=RICH_TEXT_FEATURES)


@dataclass(frozen=True)
class ImageRef:
    """An image of the body as WordPress wrote it."""

    url: str
    attachment_id: int | None
    alt: str
    caption: str


@dataclass(frozen=True)
class FoundImage:
    """An image of our library standing for an ImageRef."""

    image_id: int
    title: str


ImageResolver = Callable[[ImageRef], FoundImage | None]


@dataclass
class Body:
    """The converted body, what the import should know, and its first paragraph's text."""

    blocks: list[b.RawBlock] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    first_paragraph: str = ""


@dataclass
class Unit:
    """A piece of the body before it becomes a block: its kind, value and plain text."""

    kind: str
    value: object
    text: str = ""


def is_oembed_url(text: str) -> bool:
    """Whether `text` is only a URL that an oEmbed provider or one of our finders serves."""
    text = text.strip()
    if not text or " " in text or not text.startswith(("http://", "https://")):
        return False
    return any(p.match(text) for p in OEMBED_URLS) or any(f.accept(text) for f in get_finders())


def sanitised(html: str) -> str:
    """Return `html` reduced to what the paragraph block's editor allows, bold as <b>."""
    clean = RICH_TEXT.to_database_format(html).strip()
    for old, new in (("strong", "b"), ("em", "i")):
        clean = clean.replace(f"<{old}>", f"<{new}>").replace(f"</{old}>", f"</{new}>")
    return clean


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


class Reader:
    """Walks the HTML in reading order and collects its units."""

    def __init__(self, resolve_image: ImageResolver, warnings: list[str]) -> None:
        self.resolve_image = resolve_image
        self.warnings = warnings
        self.units: list[Unit] = []
        self.inline: list[str] = []

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def flush_inline(self) -> None:
        """Make the inline run read so far a paragraph."""
        html = "".join(self.inline).strip()
        self.inline = []
        if html:
            self.rich(f"<p>{html}</p>")

    def rich(self, html: str) -> None:
        clean = sanitised(html)
        text = BeautifulSoup(clean, "html.parser").get_text(" ", strip=True)
        if text:
            self.units.append(Unit("rich", clean, text))

    def read(self, node: Tag) -> None:
        for child in list(node.children):
            self.read_node(child)
        self.flush_inline()

    def read_node(self, node) -> None:
        if isinstance(node, Comment):
            self.read_comment(str(node))
            return
        if isinstance(node, NavigableString):
            if str(node).strip() or self.inline:
                self.inline.append(str(node).replace("<", "&lt;"))
            return
        if not isinstance(node, Tag):
            return
        name = node.name.lower()
        if name in INLINE:
            if name == "a" and node.find("img") is not None:
                self.flush_inline()
                self.read_image(node.find("img"), node)
                return
            self.inline.append(str(node))
            return
        self.flush_inline()
        if name in DROPPED:
            self.warn(f"élément <{name}> retiré")
        elif name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.read_heading(node, "h2" if name in {"h1", "h2"} else "h3")
        elif name == "p":
            self.read_paragraph(node)
        elif name == "ul":
            self.rich(str(node))
        elif name == "ol":
            self.read_ordered_list(node)
        elif name == "blockquote":
            self.read_quote(node)
        elif name == "img":
            self.read_image(node, None)
        elif name == "iframe":
            self.read_iframe(node)
        elif name == "table":
            self.read_table(node)
        elif name in {"pre", "code"}:
            lines = node.get_text().strip().splitlines()
            self.rich("<p>" + "<br>".join(escape(line) for line in lines) + "</p>")
        elif name == "hr" or (name == "figure" and self.read_figure(node)):
            return
        elif name in CONTAINERS:
            self.read(node)
        else:
            self.warn(f"élément <{name}> gardé comme texte")
            self.rich(f"<p>{escape(node.get_text(' ', strip=True))}</p>")

    def read_comment(self, text: str) -> None:
        """Note Gutenberg blocks we do not know; the markup inside them is read as usual."""
        match = re.match(r"\s*wp:([\w/-]+)", text)
        if not match:
            return
        name = match.group(1)
        if name not in KNOWN_BLOCKS and not name.startswith("core-embed/"):
            self.warn(f"bloc Gutenberg « {name} » gardé comme texte")

    def read_heading(self, node: Tag, level: str) -> None:
        text = node.get_text(" ", strip=True)
        if text:
            self.units.append(Unit("heading", level, text))

    def read_paragraph(self, node: Tag) -> None:
        text = node.get_text(" ", strip=True)
        images = node.find_all("img")
        if images and len(text) == 0:
            for image in images:
                self.read_image(image, None)
            return
        if is_oembed_url(text) and not images:
            self.units.append(Unit("embed", text, text))
            return
        self.rich(str(node))

    def read_ordered_list(self, node: Tag) -> None:
        """An <ol> whose items all open with a bold title is numbered points; else a list."""
        items = node.find_all("li", recursive=False)
        points = []
        for item in items:
            first = next((c for c in item.children if str(c).strip()), None)
            if not (isinstance(first, Tag) and first.name in {"strong", "b"}):
                self.rich(str(node))
                return
            title = first.get_text(" ", strip=True).rstrip(" :.–-")
            first.extract()
            body_html = sanitised(f"<p>{item.decode_contents().strip(' :.–-')}</p>")
            points.append((title, body_html))
        if points:
            self.units.append(Unit("points", points))

    def read_quote(self, node: Tag) -> None:
        cite = node.find(["cite", "footer"])
        attribution = cite.get_text(" ", strip=True) if cite else ""
        if cite:
            cite.extract()
        paragraphs = [p.get_text(" ", strip=True) for p in node.find_all("p")]
        text = "\n".join(p for p in paragraphs if p) or node.get_text(" ", strip=True)
        if text:
            self.units.append(Unit("quote", (text, attribution.lstrip("—– ")), text))

    def read_figure(self, node: Tag) -> bool:
        """Read a figure holding one image or an embed; False to read it as a container."""
        classes = " ".join(node.get("class") or [])
        if "wp-block-embed" in classes:
            wrapper = node.find(class_="wp-block-embed__wrapper") or node
            url = wrapper.get_text(" ", strip=True).split(" ")[0]
            if url:
                self.units.append(Unit("embed", url, url))
                return True
        images = node.find_all("img")
        if len(images) == 1 and node.find("figure") is None:
            caption = node.find("figcaption")
            self.read_image(images[0], None, caption.get_text(" ", strip=True) if caption else "")
            return True
        return False

    def read_image(self, node: Tag, link: Tag | None, caption: str = "") -> None:
        attachment = node.get("data-attachment-id") or node.get("data-id") or ""
        classes = " ".join(node.get("class") or [])
        found_id = re.search(r"wp-image-(\d+)", classes)
        attachment_id = int(attachment) if attachment.isdigit() else None
        if attachment_id is None and found_id:
            attachment_id = int(found_id.group(1))
        ref = ImageRef(
            url=node.get("src", ""),
            attachment_id=attachment_id,
            alt=(node.get("alt") or "").strip(),
            caption=caption,
        )
        found = self.resolve_image(ref)
        if found is None:
            self.warn(f"image introuvable, non importée : {ref.url or ref.attachment_id}")
            return
        alt = ref.alt or caption or found.title
        if not ref.alt:
            self.warn(f"image sans texte alternatif, remplacé par « {alt} »")
        self.units.append(Unit("image", b.image(found.image_id, caption=caption[:300], alt=alt)))

    def read_iframe(self, node: Tag) -> None:
        src = node.get("src", "")
        watch = re.match(r"^https?://(?:www\.)?youtube(?:-nocookie)?\.com/embed/([\w-]+)", src)
        url = f"https://www.youtube.com/watch?v={watch.group(1)}" if watch else src
        if is_oembed_url(url):
            self.units.append(Unit("embed", url, url))
        else:
            self.warn(f"cadre intégré non reconnu, retiré : {src}")

    def read_table(self, node: Tag) -> None:
        rows = []
        for row in node.find_all("tr"):
            cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
            if any(cells):
                rows.append("<li>" + escape(" — ".join(c for c in cells if c)) + "</li>")
        if rows:
            self.warn("tableau converti en liste")
            self.rich("<ul>" + "".join(rows) + "</ul>")


def escape(text: str) -> str:
    """Return `text` escaped for HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def numbered_runs(units: list[Unit]) -> list[Unit]:
    """Fold runs of « 1. … », « 2. … » headings or paragraphs into numbered points."""
    result: list[Unit] = []
    index = 0
    while index < len(units):
        run, end = numbered_run(units, index)
        if run:
            result.append(Unit("points", run))
            index = end
        else:
            result.append(units[index])
            index += 1
    return result


def numbered_run(units: list[Unit], start: int) -> tuple[list, int]:
    """Return the points of the run starting at `start` (two points at least) and its end."""
    points: list[tuple[str, str]] = []
    index = start
    while index < len(units):
        unit = units[index]
        match = NUMBERED.match(unit.text) if unit.kind in {"heading", "rich"} else None
        if not match or int(match.group(1)) != len(points) + 1:
            break
        title = match.group(2).strip()
        body: list[str] = []
        if unit.kind == "rich":
            title, rest = split_title(unit.value, match.group(2))
            if rest:
                body.append(rest)
        index += 1
        while (
            index < len(units)
            and units[index].kind == "rich"
            and not NUMBERED.match(units[index].text)
        ):
            body.append(units[index].value)
            index += 1
        points.append((title[:HEADING_MAX], "".join(body)))
    if len(points) < 2:
        return [], start
    return points, index


def split_title(html: str, text: str) -> tuple[str, str]:
    """Return a numbered paragraph's title (its bold part, else its first sentence) and rest."""
    soup = BeautifulSoup(html, "html.parser")
    bold = soup.find("b")
    if bold is not None:
        title = NUMBERED.sub(r"\2", bold.get_text(" ", strip=True)).rstrip(" :.")
        bold.extract()
        rest = soup.get_text(" ", strip=True).lstrip("0123456789.) :–-")
        return title, sanitised(f"<p>{escape(rest)}</p>") if rest else ""
    parts = re.split(r"\s:\s|\.\s", text, maxsplit=1)
    if len(parts) < 2:
        return text.strip(), ""
    return parts[0].strip(), sanitised(f"<p>{escape(parts[1].strip())}</p>")


def fold_conclusion(units: list[Unit], warnings: list[str]) -> list[Unit]:
    """Make the last « Conclusion » heading and the text after it the conclusion block."""
    last = max(
        (
            i
            for i, unit in enumerate(units)
            if unit.kind == "heading" and CONCLUSION.match(unit.text)
        ),
        default=None,
    )
    if last is None:
        return units
    after = units[last + 1 :]
    texts = [unit.value for unit in after if unit.kind == "rich"]
    if not texts:
        return units
    moved = [unit for unit in after if unit.kind != "rich"]
    if moved:
        warnings.append("blocs placés après la conclusion remontés avant elle")
    conclusion = Unit("conclusion", (units[last].text[:HEADING_MAX], "".join(texts)))
    return [*units[:last], *moved, conclusion]


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
