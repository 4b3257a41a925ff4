"""Make ahead the image renditions pages will print (magazine/newsroom/renditions.py)."""

from django.core.management.base import BaseCommand, CommandParser

from magazine.newsroom.renditions import make_renditions


class Command(BaseCommand):
    help = (
        "Prépare les rendus (tailles, formats) des images que les pages affichent, pour que "
        "les lecteurs ne les attendent pas et que les processus web ne décodent pas les "
        "originaux. Le planificateur (run_scheduler) le fait à chaque passage."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--seconds",
            type=float,
            default=None,
            help="S'arrêter après ce nombre de secondes (par défaut : quand tout est prêt).",
        )

    def handle(self, *args, seconds: float | None, **options) -> None:
        made = make_renditions(seconds)
        self.stdout.write(f"Rendus d'images préparés pour {made} image(s).")
