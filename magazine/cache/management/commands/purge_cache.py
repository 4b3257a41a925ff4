"""Purge the cache in front of the site: every page, or the tags given."""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from magazine.cache.purge import send_purge
from magazine.cache.tags import SITE, checked


class Command(BaseCommand):
    help = (
        "Purge the pages of the cache in front of the site (WAGTAILFRONTENDCACHE): all of "
        "them, or those carrying the cache tags given (p12, a7, t9, feeds…)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("tags", nargs="*", help="cache tags; none purges every page")

    def handle(self, *args, tags: list[str], **options) -> None:
        try:
            tags = checked(tags or [SITE])
        except ValueError as error:
            raise CommandError(error) from error
        send_purge(tags, set())
        self.stdout.write(f"Purge sent: {' '.join(sorted(tags))}")
