"""What earlier runs made of an export's items: found again, compared, recorded."""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from wagtail.models import Site

from .models import WordPressItem


class Ledger:
    """The `WordPressItem` rows of one site, read and written by kind and WordPress key."""

    def __init__(self, site: Site) -> None:
        self.site = site

    def rows(self) -> models.QuerySet[WordPressItem]:
        """Return the rows of this site."""
        return WordPressItem.objects.filter(site=self.site)

    def known(self, kind: str, key: object) -> models.Model | None:
        """Return what an earlier run made of the item, if it still exists."""
        item = self.rows().filter(kind=kind, wp_key=str(key)).first()
        return item.target if item is not None else None

    def known_many(self, kind: str, keys: list[object]) -> dict[str, WordPressItem]:
        """Return the rows of `keys` already imported, by key, in one query."""
        rows = self.rows().filter(kind=kind, wp_key__in=[str(key) for key in keys])
        return {row.wp_key: row for row in rows}

    def is_unchanged(self, kind: str, key: object, digest: str) -> bool:
        """Whether the item was imported from the very same entry of the export."""
        return self.rows().filter(kind=kind, wp_key=str(key), digest=digest).exists()

    def remember(self, kind: str, key: object, target: models.Model, digest: str) -> None:
        """Record that the item became `target`, from the entry of `digest`."""
        WordPressItem.objects.update_or_create(
            site=self.site,
            kind=kind,
            wp_key=str(key),
            defaults={
                "content_type": ContentType.objects.get_for_model(target, for_concrete_model=False),
                "object_id": target.pk,
                "digest": digest,
            },
        )
