"""`manage.py load_demo`: fill an empty site with the magazine's demo content."""

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from magazine.demo.loader import DemoLoader

# What the loader counts, with the singular used when exactly one was created.
KINDS = {
    "home pages": "home page",
    "categories": "category",
    "articles": "article",
    "information pages": "information page",
    "authors": "author",
    "images": "image",
    "social settings": "social settings",
    "legal settings": "legal settings",
    "comments": "comment",
    "comment settings": "comment settings",
    "rating scales": "rating scale",
    "games": "game",
    "products": "product",
    "review settings": "review settings",
    "series": "series",
}


class Command(BaseCommand):
    """Create the demo pages, authors, images and settings that are missing."""

    help = (
        "Load the demo content (home page, categories, authors, articles, information pages, "
        "images, social and legal settings, readers' comments). Creates only what is missing, "
        "so it is safe to run again."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            created = DemoLoader().run()
        if options["verbosity"] < 1:
            return
        if not created:
            self.stdout.write("Demo content already loaded: nothing to create.")
            return
        summary = ", ".join(
            f"{count} {singular if count == 1 else kind}"
            for kind, singular in KINDS.items()
            if (count := created[kind])
        )
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: created {summary}."))
