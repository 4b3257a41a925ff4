"""A post's HTML walked in reading order and cut into units: text, headings, images, quotes…

Images are looked up through the resolver the import gives; an element with no block of
its own is kept as text with a warning naming it.
"""

import re

from wagtail.embeds.finders import get_finders
from wagtail.embeds.oembed_providers import all_providers

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from magazine.articles import stream_data as b

from .gutenberg import unknown_block
from .units import ImageRef, ImageResolver, Unit, escape, sanitised

CONTAINERS = frozenset(
    {"div", "section", "article", "main", "aside", "header", "footer", "center", "figure"}
)
INLINE = frozenset(
    {"a", "b", "strong", "i", "em", "span", "br", "u", "s", "small", "sup", "sub", "abbr", "mark"}
)
DROPPED = frozenset({"script", "style", "noscript", "form", "input", "button", "object"})

OEMBED_URLS = [re.compile(pattern) for provider in all_providers for pattern in provider["urls"]]


def is_oembed_url(text: str) -> bool:
    """Whether `text` is only a URL that an oEmbed provider or one of our finders serves."""
    text = text.strip()
    if not text or " " in text or not text.startswith(("http://", "https://")):
        return False
    return any(p.match(text) for p in OEMBED_URLS) or any(f.accept(text) for f in get_finders())


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
        name = unknown_block(text)
        if name is not None:
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
