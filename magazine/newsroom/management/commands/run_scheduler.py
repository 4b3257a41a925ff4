"""Publish and unpublish scheduled pages on time, and make their images' renditions ahead,
for as long as the process runs."""

import signal
import threading
from types import FrameType

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections

from magazine.newsroom.renditions import make_renditions

# Wagtail's publish_scheduled runs this often: an article goes live, or expires, at most
# this many seconds after its time (the newsroom expects « within a minute »).
DEFAULT_INTERVAL_SECONDS = 20


class Command(BaseCommand):
    help = (
        "Publie et dépublie les pages programmées à l'heure dite : lance publish_scheduled de "
        "Wagtail toutes les N secondes, jusqu'à l'arrêt du processus (SIGTERM ou Ctrl-C). "
        "Entre deux passages, prépare les rendus des images que les pages affichent. "
        "Un seul de ces processus par base de données."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--interval",
            type=int,
            default=DEFAULT_INTERVAL_SECONDS,
            help="Secondes entre deux passages (par défaut %(default)s).",
        )

    def handle(self, *args, interval: int, **options) -> None:
        stopping = threading.Event()

        def stop(signum: int, frame: FrameType | None) -> None:
            stopping.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        self.stdout.write(f"Pages programmées : vérification toutes les {interval} s.")
        # Images whose renditions failed (a missing file): not tried again by this process.
        failed: set[int] = set()
        while not stopping.is_set():
            call_command("publish_scheduled", verbosity=0)
            # Half the interval at most, so the next pass still comes on time.
            make_renditions(max(1, interval / 2), failed)
            # A connection kept open across long sleeps may be closed by the server.
            close_old_connections()
            stopping.wait(max(1, interval))
        self.stdout.write("Pages programmées : arrêt.")
