"""The import of one WordPress export into one site: taxonomy, items, attachments' pages.

The file is read twice as a stream: a first pass checks it whole (well-formed, a WXR
export) and keeps what items refer to (the attachments, the channel's taxonomy) before
anything is written; the second imports the items, each in a transaction of its own, so
that a bad item is reported and skipped, never half-imported (its comments included).
Attachments' old pages redirect once every item is in, whatever the file's order. What
each item became is kept in `WordPressItem` (ledger.py), with a digest of the item: a
second run finds it and changes nothing, unless `update` is asked and the item changed.

An export of tens of thousands of posts imports at a steady pace in a flat memory: what
items share (categories, tags, authors) is looked up once per run, nothing is kept per
item, and the pages are indexed for search, and the caches renewed and purged, a batch at
a time between items rather than on each save (search.bulk, magazine.cache); the planner's
statistics of the tables it fills are renewed as they grow (planner_statistics.py).
"""

import hashlib
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from django.core.exceptions import ValidationError
from django.db import models, transaction

from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage, CategoryPage
from magazine.articles.slugs import page_slug
from magazine.authors.models import Author
from magazine.cache.batches import changes_gathered
from magazine.pages.models import InformationPage
from search.bulk import indexed_in_bulk

from . import comments, pages, redirects, taxonomy, wxr
from .body import convert_body
from .images import Attachment, MediaImages
from .indexing import referenced_once
from .ledger import Ledger, blog_key
from .planner_statistics import GrowingTables
from .report import ImportReport
from .sticky import StickyPosts

EMPTY_BODY = "Article vide dans WordPress, à compléter."
# Statuses that are not content: a post in the bin, WordPress' own autosaves and revisions.
SKIPPED_STATUSES = {"trash", "auto-draft", "inherit"}


@dataclass
class Scan:
    """What the first pass keeps: the channel and the attachments by id."""

    channel: wxr.Channel
    attachments: dict[int, Attachment]
    entries: int = 0


def scan(path: Path) -> Scan:
    """Read the whole export once, writing nothing; raise WXRError if it cannot be imported."""
    attachments: dict[int, Attachment] = {}
    channel = wxr.Channel()
    entries = 0
    for entry in wxr.read_entries(path):
        entries += 1
        if isinstance(entry, wxr.Item) and entry.post_type == "attachment":
            attachments[entry.post_id] = Attachment.of(entry)
        elif isinstance(entry, wxr.Channel):
            channel = entry
    return Scan(channel=channel, attachments=attachments, entries=entries)


def digest(entry: object) -> str:
    """Return a digest of what the export says of an entry (dataclasses print all fields)."""
    return hashlib.sha256(repr(entry).encode()).hexdigest()


class Importer:
    """Imports the entries of one export into `site`, counting and warning in `report`."""

    def __init__(
        self,
        site: Site,
        found: Scan,
        media_dir: Path | None,
        update: bool,
        report: ImportReport,
        dry_run: bool = False,
    ) -> None:
        self.site = site
        self.ledger = Ledger(site, blog_key(found.channel))
        self.home = site.root_page.specific
        self.channel = found.channel
        self.media = MediaImages(media_dir, found.attachments, report, dry_run=dry_run)
        self.update = update
        self.report = report
        self.categories = {term.nicename: term for term in found.channel.categories}
        # What items share, looked up once per run; rows a failed item's transaction took
        # away are forgotten with it (forget_rolled_back).
        self.filings: dict[str, taxonomy.Filing] = {}
        self.authors: dict[str, Author] = {}
        self.tags: dict[str, Tag] = {}
        self.uncategorised: CategoryPage | None = None
        self.sticky_posts = StickyPosts(report)

    def known(self, kind: str, key: object) -> models.Model | None:
        """Return what an earlier run made of the item, if it still exists."""
        return self.ledger.known(kind, key)

    def remember(self, kind: str, key: object, target: models.Model, entry_digest: str) -> None:
        self.ledger.remember(kind, key, target, entry_digest)

    def guarded(self, kind: str, key: object, title: str, work: Callable[[], str]) -> None:
        """Run `work` in a transaction of its own; count its outcome, or the failure.

        Whatever stops the item (an interruption too), what its transaction took away is
        forgotten, and the image files it stored deleted.
        """
        committed = False
        try:
            with transaction.atomic():
                outcome = work()
            committed = True
        except ValidationError as error:
            self.report.count(kind, "failed")
            self.report.warn(kind, key, title, "non importé : " + " ".join(error.messages))
        except Exception as error:  # noqa: BLE001 -- one bad item never stops the import
            self.report.count(kind, "failed")
            self.report.warn(kind, key, title, f"non importé : {error}")
        else:
            self.report.count(kind, outcome)
        finally:
            if committed:
                self.media.committed()
            else:
                self.forget_rolled_back()

    def forget_rolled_back(self) -> None:
        """Forget the rows a failed item's rolled-back transaction took away, and delete the
        image files it stored.

        Failures are rare: the shared rows still there are kept, one query per kind.
        """
        self.media.rolled_back()
        self.tags.clear()
        self.uncategorised = None
        live_authors = set(
            Author.objects.filter(pk__in=[a.pk for a in self.authors.values()]).values_list(
                "pk", flat=True
            )
        )
        self.authors = {
            login: author for login, author in self.authors.items() if author.pk in live_authors
        }
        categories = [filing.category.pk for filing in self.filings.values()]
        live_categories = set(Page.objects.filter(pk__in=categories).values_list("pk", flat=True))
        self.filings = {
            name: filing
            for name, filing in self.filings.items()
            if filing.category.pk in live_categories
        }

    # Taxonomy --------------------------------------------------------------------------------

    def import_taxonomy(self) -> None:
        """Import the channel's categories, tags and authors."""
        for term in self.channel.categories:
            name = taxonomy.term_name(term)
            self.guarded("category", term.nicename, name, lambda t=term: self.category(t))
        for term in self.channel.tags:
            name = taxonomy.term_name(term)
            self.guarded("tag", term.nicename, name, lambda t=term: self.tag(t))
        for author in self.channel.authors:
            self.guarded("author", author.login, author.login, lambda a=author: self.author(a))

    def category(self, term: wxr.Term) -> str:
        top = taxonomy.top_ancestor(term, self.categories)
        key = digest(term)
        existing = self.known("category", term.nicename)
        if existing is None:
            slug = taxonomy.category_slug(top)
            if redirects.shadows_site_url(f"/{slug}/"):
                self.report.warn(
                    "category",
                    top.nicename,
                    taxonomy.term_name(top),
                    f"adresse « /{slug}/ » réservée au site",
                )
                slug = f"{slug}-rubrique"
            category = taxonomy.category_page(
                self.home, slug, taxonomy.term_name(top), top.description
            )
        else:
            category = existing
        tag = taxonomy.term_name(term) if top is not term else ""
        if tag:
            self.report.warn(
                "category",
                term.nicename,
                taxonomy.term_name(term),
                f"sous-rubrique rangée dans « {category.title} » et ajoutée comme mot-clé",
            )
        self.filings[term.nicename] = taxonomy.Filing(category=category, tag=tag)
        self.redirect(
            ("category", term.nicename, taxonomy.term_name(term)),
            [taxonomy.archive_path(term, self.categories)],
            category,
        )
        if existing is not None:
            return "unchanged"
        self.remember("category", term.nicename, category, key)
        return "created"

    def tag(self, term: wxr.Term) -> str:
        existing = self.known("tag", term.nicename)
        tag = existing or taxonomy.tag_for(term)
        self.redirect(
            ("tag", term.nicename, taxonomy.term_name(term)),
            [f"/tag/{term.nicename}/"],
            link=f"/tags/{tag.slug}/",
        )
        if existing is not None:
            return "unchanged"
        self.remember("tag", term.nicename, tag, digest(term))
        return "created"

    def author(self, author: wxr.Author) -> str:
        existing = self.known("author", author.login)
        found = existing or taxonomy.author_for(author.login, taxonomy.display_name(author))
        self.authors[author.login] = found
        self.redirect(
            ("author", author.login, found.name),
            [f"/author/{author.login}/"],
            link=f"/auteurs/{found.slug}/",
        )
        if existing is not None:
            return "unchanged"
        self.remember("author", author.login, found, digest(author))
        return "created"

    def author_of(self, item: wxr.Item) -> list:
        """Return the post's author: its `wp:author`, else one made from `dc:creator`."""
        login = item.creator
        if not login:
            return []
        if login not in self.authors:
            self.authors[login] = self.known("author", login) or taxonomy.author_for(login)
            self.remember("author", login, self.authors[login], digest(login))
        return [self.authors[login]]

    def filing_of(self, item: wxr.Item) -> taxonomy.Filing:
        for term in item.terms_of("category"):
            if term.nicename in self.filings:
                return self.filings[term.nicename]
        if self.uncategorised is None:
            self.uncategorised = taxonomy.category_page(
                self.home, taxonomy.UNCATEGORISED_SLUG, taxonomy.UNCATEGORISED_TITLE
            )
        return taxonomy.Filing(self.uncategorised)

    def tag_of(self, term: wxr.Term) -> Tag:
        """Return our tag of a post's term (taxonomy.tag_for), looked up once per name."""
        name = taxonomy.term_name(term)
        if name not in self.tags:
            self.tags[name] = taxonomy.tag_for(term)
        return self.tags[name]

    # Items -------------------------------------------------------------------------------------

    def import_item(self, item: wxr.Item) -> None:
        """Import a post or a page; count the other items."""
        title = pages.decoded_title(item.title)
        if item.post_type == "attachment":
            # Imported when a post shows it (images.py), and counted then.
            return
        if item.post_type not in {"post", "page"}:
            self.report.count("other", "skipped")
            return
        if item.status in SKIPPED_STATUSES:
            self.report.count(item.post_type, "skipped")
            return
        self.guarded(item.post_type, item.post_id, title, lambda: self.post_or_page(item, title))

    def post_or_page(self, item: wxr.Item, title: str) -> str:
        key = digest(item)
        row = self.ledger.row(item.post_type, item.post_id)
        existing = row.target if row is not None else None
        if existing is not None and (not self.update or row.digest == key):
            return "unchanged"

        def warn(message: str) -> None:
            self.report.warn(item.post_type, item.post_id, title, message)

        if not title:
            title = pages.UNTITLED
            warn("titre vide, remplacé par « Sans titre »")
        body = convert_body(item.content, self.media.resolve)
        for message in body.warnings:
            warn(message)
        if not body.blocks:
            # Our bodies may not be empty; the editor finds the gap to fill.
            body.blocks = [b.paragraph(f"<p>{EMPTY_BODY}</p>")]
            warn("contenu vide, remplacé par un paragraphe à compléter")
        if item.status in pages.LIVE_STATUSES and item.published_at is None:
            warn("date de publication inconnue (0000-00-00), la date de l'import est retenue")
        if item.post_type == "post":
            page = existing or ArticlePage()
            parent = self.article_fields(item, page, body, title, warn)
        else:
            page = existing or InformationPage()
            pages.fill_information(page, item, body, title)
            parent = self.home
            if item.parent:
                warn("page imbriquée placée directement sous l'accueil")
        with referenced_once(page):
            if existing is not None:
                pages.save_with_status(page, item, publish=page.live)
            else:
                page.slug = self.free_slug(parent, item, title, warn)
                # Wagtail would read the parent again to find it.
                page.locale_id = parent.locale_id
                if item.status in pages.LIVE_STATUSES:
                    pages.add_published(parent, page, item)
                else:
                    page.live = False
                    parent.add_child(instance=page)
                    pages.save_with_status(page, item, publish=True, new=True)
        self.add_redirects(item, title, page)
        if isinstance(page, ArticlePage):
            comments.import_comments(page, item, self.ledger, self.report)
        elif item.comments:
            self.report.count("comment", "skipped", len(item.comments))
            warn(f"{len(item.comments)} commentaire(s) de page non importé(s)")
        self.remember(item.post_type, item.post_id, page, key)
        if isinstance(page, ArticlePage):
            # Last: a post noted is in the item's committed transaction.
            self.sticky_posts.note(item, title, page)
        return "created" if existing is None else "updated"

    def article_fields(self, item: wxr.Item, page: ArticlePage, body, title: str, warn) -> Page:
        """Fill the article from the post; return the category it belongs in."""
        filing = self.filing_of(item)
        tags = [self.tag_of(term) for term in item.terms_of("post_tag")]
        for term in item.terms_of("category"):
            sub = self.filings.get(term.nicename)
            if sub is not None and sub.tag:
                tags.append(self.tag_of(term))
        pages.fill_article(page, item, body, title, self.author_of(item), tags)
        thumbnail = item.meta_value("_thumbnail_id")
        if thumbnail.isdigit():
            image = self.media.attachment_image(int(thumbnail))
            page.hero_image_id = image.image_id if image else None
            if image is None:
                warn(f"image principale introuvable (pièce jointe {thumbnail})")
        return filing.category

    def free_slug(self, parent: Page, item: wxr.Item, title: str, warn) -> str:
        """Return the post's slug, or another one when taken or reserved by the site."""
        base = page_slug(unquote(item.slug)) or page_slug(title) or f"article-{item.post_id}"
        slug = base
        if not isinstance(parent, CategoryPage) and redirects.shadows_site_url(f"/{slug}/"):
            warn(f"adresse « /{slug}/ » réservée au site, la page prend « {slug}-page »")
            slug = base = f"{slug}-page"
        number = 2
        while Page.objects.child_of(parent).filter(slug=slug).exists():
            slug = f"{base}-{number}"
            number += 1
        if slug != base:
            warn(f"adresse « {base} » déjà prise à cet endroit, la page prend « {slug} »")
        return slug

    def import_attachment_pages(self) -> None:
        """Redirect each attachment's page; once every item is in, its parent included."""
        for attachment in self.media.attachments.values():
            self.guarded(
                "attachment_page",
                attachment.post_id,
                pages.decoded_title(attachment.title),
                lambda a=attachment: self.attachment_page(a),
            )

    def attachment_page(self, attachment: Attachment) -> str:
        """Redirect an attachment's page to the post or page it belongs to, else to its file."""
        target = None
        if attachment.parent:
            target = self.known("post", attachment.parent) or self.known("page", attachment.parent)
        link = ""
        if target is None:
            found = self.media.attachment_image(attachment.post_id)
            if found is None:
                return "skipped"
            link = get_image_model().objects.get(pk=found.image_id).file.url
        urls = [attachment.link, f"/?attachment_id={attachment.post_id}"]
        about = ("attachment_page", attachment.post_id, pages.decoded_title(attachment.title))
        changed = self.redirect(about, urls, target, link)
        return "created" if changed else "unchanged"

    def add_redirects(self, item: wxr.Item, title: str, page: Page) -> None:
        """Redirect the item's permalink, its old slugs and its `?p=` address to the page."""
        query = "page_id" if item.post_type == "page" else "p"
        urls = [item.link, f"/?{query}={item.post_id}"]
        base = item.link.rstrip("/")
        for old in item.meta_values("_wp_old_slug"):
            if item.slug and base.endswith(item.slug):
                urls.append(base[: -len(item.slug)] + old + "/")
        self.redirect((item.post_type, item.post_id, title), urls, page)

    def redirect(
        self,
        about: tuple[str, object, str],
        urls: list[str],
        page: Page | None = None,
        link: str = "",
    ) -> int:
        """Redirect `urls` to `page` (or `link`); warn, on the item `about` (its kind, key and
        title), of each address kept leading elsewhere. Return how many were added."""
        added = redirects.add_redirects(self.site, urls, page, link)
        for path in added.kept:
            self.report.warn(*about, f"adresse « {path} » déjà redirigée ailleurs, gardée")
        return added.created


def run_import(
    path: Path,
    site: Site,
    media_dir: Path | None = None,
    update: bool = False,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import the export at `path` into `site` and return what was done.

    Raises WXRError before writing anything when the file cannot be imported. A dry run
    does everything in a transaction it then rolls back.
    """
    found = scan(path)
    report = ImportReport()
    # Without a dry run, each item commits on its own: a long import interrupted keeps what
    # it did, and the next run goes on from there. Its pages are indexed for search, and
    # what shows them renewed and purged from the caches, a batch at a time, between items.
    with (
        transaction.atomic() if dry_run else nullcontext(),
        indexed_in_bulk() as search_index,
        changes_gathered(dropped=dry_run) as apply_cache_changes,
    ):
        importer = Importer(site, found, media_dir, update, report, dry_run=dry_run)
        importer.ledger.adopt_unkeyed()
        importer.import_taxonomy()
        tables = GrowingTables()
        for number, entry in enumerate(wxr.read_entries(path), start=1):
            if isinstance(entry, wxr.Item):
                importer.import_item(entry)
                if search_index.full:
                    # What a dry run saved is rolled back at its end: nothing to index nor
                    # to renew or purge, and nothing kept until then either.
                    if dry_run:
                        search_index.discard()
                    else:
                        search_index.flush()
                    apply_cache_changes()
                tables.item_done()
            if progress is not None:
                progress(number, found.entries)
        importer.import_attachment_pages()
        importer.sticky_posts.put_forward(importer.home)
        if dry_run:
            search_index.discard()
            transaction.set_rollback(True)
    return report
