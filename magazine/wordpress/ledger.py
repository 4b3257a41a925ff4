"""What earlier runs made of an export's items: found again, compared, recorded.

Rows are those of one site and one WordPress blog: two blogs imported into one site
(a magazine and its former sister site) both have a post 12, and each keeps its own.
"""

from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType
from django.db import models

from wagtail.models import Site

from . import wxr
from .models import WordPressItem


def blog_key(channel: wxr.Channel) -> str:
    """Return the exported blog's address without its protocol: `magazine.example/blog`.

    WordPress' `base_blog_url`, else the channel's link, else `base_site_url`; a blog that
    moved from http to https stays the same blog.
    """
    url = channel.base_blog_url or channel.link or channel.base_site_url
    parts = urlsplit(url.strip())
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}"[:200]


class Ledger:
    """The `WordPressItem` rows of one site and blog, read and written by kind and key."""

    def __init__(self, site: Site, blog: str) -> None:
        self.site = site
        self.blog = blog

    def adopt_unkeyed(self) -> int:
        """Give this blog the site's rows recorded before rows named their blog; return how many.

        Before then a site took a single blog's items (a second one's overwrote them), so
        the first export imported since is taken to be that blog.
        """
        return WordPressItem.objects.filter(site=self.site, blog="").update(blog=self.blog)

    def rows(self) -> models.QuerySet[WordPressItem]:
        """Return the rows of this site and blog."""
        return WordPressItem.objects.filter(site=self.site, blog=self.blog)

    def row(self, kind: str, key: object) -> WordPressItem | None:
        """Return the item's row, if an earlier run recorded it."""
        return self.rows().filter(kind=kind, wp_key=str(key)).first()

    def known(self, kind: str, key: object) -> models.Model | None:
        """Return what an earlier run made of the item, if it still exists."""
        item = self.row(kind, key)
        return item.target if item is not None else None

    def known_many(self, kind: str, keys: list[object]) -> dict[str, WordPressItem]:
        """Return the rows of `keys` already imported, by key, in one query."""
        rows = self.rows().filter(kind=kind, wp_key__in=[str(key) for key in keys])
        return {row.wp_key: row for row in rows}

    def remember(self, kind: str, key: object, target: models.Model, digest: str) -> None:
        """Record that the item became `target`, from the entry of `digest`."""
        self.remember_many(kind, [(key, target, digest)])

    def remember_many(self, kind: str, entries: list[tuple[object, models.Model, str]]) -> None:
        """Record what each `(key, target, digest)` became, in one query whatever their number.

        A key already recorded has its row pointed at the new target (PostgreSQL's and
        SQLite's ON CONFLICT … DO UPDATE on the rows' unique constraint). A key given twice
        keeps its last target: one statement may not update a row twice.
        """
        latest = {str(key): (key, target, digest) for key, target, digest in entries}
        if not latest:
            return
        rows = [
            WordPressItem(
                site=self.site,
                blog=self.blog,
                kind=kind,
                wp_key=str(key),
                content_type=ContentType.objects.get_for_model(target, for_concrete_model=False),
                object_id=target.pk,
                digest=digest,
            )
            for key, target, digest in latest.values()
        ]
        WordPressItem.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["site", "blog", "kind", "wp_key"],
            update_fields=["content_type", "object_id", "digest", "imported_at"],
        )
