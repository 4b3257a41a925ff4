"""A WordPress export (WXR 1.0 to 1.2) read as a stream of plain dataclasses.

The file is read with `iterparse`, one element of the channel at a time, each cleared once
read, so a large export needs little memory. defusedxml's parser refuses entity
declarations (billion laughs, external entities). WordPress has written its namespace as
`http://wordpress.org/export/1.x/`, and some tools as `https://…`: both are accepted.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from django.utils import timezone

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

# The namespaces WXR uses, by the short names this module reads them with.
NAMESPACES = {
    "wp": re.compile(r"^https?://wordpress\.org/export/1\.[0-2]/$"),
    "excerpt": re.compile(r"^https?://wordpress\.org/export/1\.[0-2]/excerpt/$"),
    "content": re.compile(r"^https?://purl\.org/rss/1\.0/modules/content/$"),
    "dc": re.compile(r"^https?://purl\.org/dc/elements/1\.1/$"),
}
# WordPress writes this for a date it does not have (drafts never published, for one).
NO_DATE = "0000-00-00"


class WXRError(Exception):
    """The file is not a WordPress export that can be read; the message is for the user."""


@dataclass(frozen=True)
class Term:
    """A category or a tag of the export's channel, or a term an item is filed under."""

    domain: str
    nicename: str
    name: str
    parent: str = ""
    description: str = ""
    term_id: int | None = None


@dataclass(frozen=True)
class Author:
    """A `wp:author` of the channel (WXR 1.1 and later)."""

    login: str
    display_name: str
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    author_id: int | None = None


@dataclass(frozen=True)
class Comment:
    """A `wp:comment` of an item."""

    comment_id: int
    author: str
    email: str
    url: str
    date: datetime | None
    content: str
    approved: str
    comment_type: str
    parent: int


@dataclass(frozen=True)
class Item:
    """An `item` of the channel: a post, page, attachment, menu item or other post type."""

    post_id: int
    post_type: str
    title: str
    link: str
    creator: str
    content: str
    excerpt: str
    slug: str
    status: str
    parent: int
    password: str
    sticky: bool
    published_at: datetime | None
    modified_at: datetime | None
    attachment_url: str
    terms: tuple[Term, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()
    comments: tuple[Comment, ...] = ()

    def meta_values(self, key: str) -> list[str]:
        """Every value of the postmeta `key`, in file order (`_wp_old_slug` may repeat)."""
        return [value for name, value in self.meta if name == key]

    def meta_value(self, key: str) -> str:
        """The first value of the postmeta `key`, or ''."""
        values = self.meta_values(key)
        return values[0] if values else ""

    def terms_of(self, domain: str) -> list[Term]:
        """The item's terms in `domain` ('category', 'post_tag'…), in file order."""
        return [term for term in self.terms if term.domain == domain]


@dataclass
class Channel:
    """What the channel says of the WordPress site, its version and its taxonomy."""

    version: str = ""
    title: str = ""
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    categories: list[Term] = field(default_factory=list)
    tags: list[Term] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)


Entry = Channel | Term | Author | Item


def short_name(tag: str) -> str:
    """Return `tag` as `prefix:local` for the WXR namespaces, else as it is ('{uri}local')."""
    if not tag.startswith("{"):
        return tag
    uri, _, local = tag[1:].partition("}")
    for prefix, pattern in NAMESPACES.items():
        if pattern.match(uri):
            return f"{prefix}:{local}"
    return tag


def children(element: Element) -> dict[str, str]:
    """Return the text of `element`'s children by short name (the first of each name)."""
    found: dict[str, str] = {}
    for child in element:
        found.setdefault(short_name(child.tag), (child.text or "").strip())
    return found


def whole_text(element: Element, name: str) -> str:
    """Return the untrimmed text of the first child called `name` (bodies keep their spaces)."""
    for child in element:
        if short_name(child.tag) == name:
            return child.text or ""
    return ""


def as_int(text: str) -> int:
    """Return `text` as an integer, 0 when empty or not a number."""
    try:
        return int(text)
    except (TypeError, ValueError):
        return 0


def parse_date(gmt: str, local: str = "", rfc822: str = "") -> datetime | None:
    """Return an aware datetime from WordPress' GMT date, else its local one, else pubDate.

    `0000-00-00 00:00:00` means no date; a local date is read in the site's time zone.
    """
    for text, zone in ((gmt, UTC), (local, timezone.get_current_timezone())):
        if text and not text.startswith(NO_DATE):
            try:
                return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
            except ValueError:
                continue
    if rfc822:
        try:
            parsed = parsedate_to_datetime(rfc822)
        except (TypeError, ValueError):
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def read_term(element: Element, kind: str) -> Term:
    """Return a channel's `wp:category` or `wp:tag` as a Term."""
    values = children(element)
    if kind == "category":
        return Term(
            domain="category",
            nicename=values.get("wp:category_nicename", ""),
            name=values.get("wp:cat_name", ""),
            parent=values.get("wp:category_parent", ""),
            description=values.get("wp:category_description", ""),
            term_id=as_int(values.get("wp:term_id", "")) or None,
        )
    return Term(
        domain="post_tag",
        nicename=values.get("wp:tag_slug", ""),
        name=values.get("wp:tag_name", ""),
        description=values.get("wp:tag_description", ""),
        term_id=as_int(values.get("wp:term_id", "")) or None,
    )


def read_author(element: Element) -> Author:
    """Return a channel's `wp:author`."""
    values = children(element)
    return Author(
        login=values.get("wp:author_login", ""),
        display_name=values.get("wp:author_display_name", ""),
        email=values.get("wp:author_email", ""),
        first_name=values.get("wp:author_first_name", ""),
        last_name=values.get("wp:author_last_name", ""),
        author_id=as_int(values.get("wp:author_id", "")) or None,
    )


def read_comment(element: Element) -> Comment:
    """Return an item's `wp:comment`."""
    values = children(element)
    return Comment(
        comment_id=as_int(values.get("wp:comment_id", "")),
        author=values.get("wp:comment_author", ""),
        email=values.get("wp:comment_author_email", ""),
        url=values.get("wp:comment_author_url", ""),
        date=parse_date(values.get("wp:comment_date_gmt", ""), values.get("wp:comment_date", "")),
        content=whole_text(element, "wp:comment_content"),
        approved=values.get("wp:comment_approved", ""),
        comment_type=values.get("wp:comment_type", "") or "comment",
        parent=as_int(values.get("wp:comment_parent", "")),
    )


def read_item(element: Element) -> Item:
    """Return an `item` with its terms, postmeta and comments."""
    values = children(element)
    terms, meta, comments = [], [], []
    for child in element:
        name = short_name(child.tag)
        # WXR 1.0 repeats each category without its domain and nicename: the copy is skipped.
        if name == "category" and child.get("domain"):
            terms.append(
                Term(
                    domain=child.get("domain", ""),
                    nicename=child.get("nicename", ""),
                    name=(child.text or "").strip(),
                )
            )
        elif name == "wp:postmeta":
            pair = children(child)
            meta.append((pair.get("wp:meta_key", ""), whole_text(child, "wp:meta_value")))
        elif name == "wp:comment":
            comments.append(read_comment(child))
    published = parse_date(
        values.get("wp:post_date_gmt", ""), values.get("wp:post_date", ""), values.get("pubDate")
    )
    modified = parse_date(values.get("wp:post_modified_gmt", ""), values.get("wp:post_modified"))
    return Item(
        post_id=as_int(values.get("wp:post_id", "")),
        post_type=values.get("wp:post_type", "") or "post",
        title=values.get("title", ""),
        link=values.get("link", ""),
        creator=values.get("dc:creator", ""),
        content=whole_text(element, "content:encoded"),
        excerpt=whole_text(element, "excerpt:encoded"),
        slug=values.get("wp:post_name", ""),
        status=values.get("wp:status", "") or "draft",
        parent=as_int(values.get("wp:post_parent", "")),
        password=values.get("wp:post_password", ""),
        sticky=values.get("wp:is_sticky", "") == "1",
        published_at=published,
        modified_at=modified or published,
        attachment_url=values.get("wp:attachment_url", ""),
        terms=tuple(terms),
        meta=tuple(meta),
        comments=tuple(comments),
    )


def read_entries(path: Path) -> Iterator[Entry]:
    """Yield the channel's categories, tags, authors and items in file order, then the Channel.

    Raises WXRError, in French, when the file is not XML, is cut short, is not a WXR
    export, or declares entities. Each element is dropped once read: memory stays flat.
    """
    channel = Channel()
    depth = 0
    channel_element: Element | None = None
    try:
        for event, element in iterparse(str(path), events=("start", "end")):
            if event == "start":
                depth += 1
                if depth == 1 and element.tag != "rss":
                    raise WXRError(NOT_WXR)
                if depth == 2 and element.tag == "channel":
                    channel_element = element
                continue
            depth -= 1
            if depth != 2 or channel_element is None:
                continue
            name = short_name(element.tag)
            entry = channel_entry(channel, name, element)
            # The channel's children are not kept once read: a long export stays small.
            channel_element.clear()
            if entry is not None:
                yield entry
    except ParseError as error:
        raise WXRError(NOT_XML % {"detail": error}) from error
    except DefusedXmlException as error:
        raise WXRError(ENTITIES) from error
    except OSError as error:
        raise WXRError(UNREADABLE % {"detail": error.strerror or error}) from error
    if channel_element is None or not channel.version:
        raise WXRError(NOT_WXR)
    yield channel


def channel_entry(channel: Channel, name: str, element: Element) -> Entry | None:
    """Return the entry `element` holds, or note a property of the channel and return None."""
    if name == "item":
        return read_item(element)
    if name == "wp:category":
        term = read_term(element, "category")
        channel.categories.append(term)
        return term
    if name == "wp:tag":
        term = read_term(element, "post_tag")
        channel.tags.append(term)
        return term
    if name == "wp:author":
        author = read_author(element)
        channel.authors.append(author)
        return author
    text = (element.text or "").strip()
    if name == "wp:wxr_version":
        channel.version = text
    elif name in {"title", "link"}:
        setattr(channel, name, text)
    elif name in {"wp:base_site_url", "wp:base_blog_url"}:
        setattr(channel, name.removeprefix("wp:"), text)
    return None


NOT_WXR = (
    "Ce fichier n'est pas un export WordPress (WXR) : exportez le site depuis "
    "Outils › Exporter de WordPress."
)
NOT_XML = "Ce fichier n'est pas un XML lisible ou il est incomplet (tronqué ?) : %(detail)s."
ENTITIES = "Ce fichier déclare des entités XML, refusées par sécurité : rien n'a été importé."
UNREADABLE = "Impossible de lire le fichier : %(detail)s."
