"""Purge the cache in front of the site: every page, or the tags given.

Purging every page also renews the content generation, so the pieces of pages the site keeps
in its own cache are rebuilt too: the remedy after content changed behind the site's back (a
database restored, rows changed in SQL).
"""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from magazine.cache.generations import renew_now
from magazine.cache.purge import send_purge
from magazine.cache.tags import SITE, checked


class Command(BaseCommand):
    help = (
        "Purge the pages of the cache in front of the site (WAGTAILFRONTENDCACHE): all of "
        "them, or those carrying the cache tags given (p12, a7, t9, feeds…). Purging them "
        "all also renews the pieces of pages kept in the site's own cache."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("tags", nargs="*", help="cache tags; none purges every page")

    def handle(self, *args, tags: list[str], **options) -> None:
        try:
            tags = checked(tags or [SITE])
        except ValueError as error:
            raise CommandError(error) from error
        if tags == {SITE}:
            renew_now()
        send_purge(tags, set())
        self.stdout.write(f"Purge sent: {' '.join(sorted(tags))}")
