"""`manage.py import_wordpress EXPORT.xml`: a WordPress magazine imported in one command."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from wagtail.models import Site

from magazine.wordpress.importer import run_import
from magazine.wordpress.wxr import WXRError


class Command(BaseCommand):
    help = (
        "Importe un export WordPress (WXR) : rubriques, mots-clés, auteurs, articles, pages, "
        "images et anciennes adresses. Relancé, il ne refait rien de ce qui est déjà importé."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("export", type=Path, help="Le fichier XML exporté de WordPress.")
        parser.add_argument(
            "--media-dir",
            type=Path,
            help="Une copie du dossier wp-content/uploads, où trouver les images.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Tout vérifier sans rien enregistrer."
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help="Mettre à jour les éléments déjà importés qui ont changé dans WordPress.",
        )

    def handle(
        self, *args, export: Path, media_dir: Path | None, dry_run: bool, update: bool, **options
    ) -> None:
        if media_dir is not None and not media_dir.is_dir():
            raise CommandError(f"Le dossier d'images « {media_dir} » n'existe pas.")
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError(
                "Aucun site par défaut : créez d'abord le site et sa page d'accueil."
            )
        progress = self.show_progress if sys.stderr.isatty() else None
        try:
            report = run_import(
                export,
                site,
                media_dir=media_dir,
                update=update,
                dry_run=dry_run,
                progress=progress,
            )
        except WXRError as error:
            raise CommandError(str(error)) from error
        if progress is not None:
            self.stderr.write("")
        self.stdout.write(report.table(dry_run=dry_run))

    def show_progress(self, number: int, total: int) -> None:
        """Show on the terminal a bar of the entries imported so far, out of `total`."""
        if number % 20 and number != total:
            return
        done = number / total if total else 1
        bar = "█" * round(done * 30)
        self.stderr.write(f"\r{bar:░<30} {number}/{total} éléments ({done:.0%})", ending="")
