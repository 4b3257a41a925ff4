"""WordPress' sticky posts, put forward as WordPress did: first on the front page.

The newest public sticky post becomes the home page's article « à la une », and the newest
of each category that category's featured article. An import never replaces an editor's
choice, nor publishes a draft an editor left on those pages: then the post is only
reported, as are the sticky posts that come second.
"""

from datetime import datetime
from typing import NamedTuple

from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from home.models import HomePage
from magazine.articles.models import ArticlePage, CategoryPage

from . import wxr
from .report import ImportReport

STICKY = "article épinglé sur WordPress"


class Sticky(NamedTuple):
    """A sticky post imported in this run, as little as putting it forward needs."""

    post_id: int
    title: str
    article_id: int
    category_id: int
    published_at: datetime


def is_public(item: wxr.Item) -> bool:
    """Whether WordPress showed the post to every reader: only those are put forward."""
    return item.status == "publish" and not item.password


class StickyPosts:
    """Notes the sticky posts as they are imported, then puts the newest forward."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        self.found: list[Sticky] = []

    def note(self, item: wxr.Item, title: str, article: ArticlePage) -> None:
        """Remember an imported post WordPress kept first on its front page."""
        if not item.sticky:
            return
        if not is_public(item):
            self.warn(item.post_id, title, "non mis en avant : il n'est pas public")
            return
        published_at = item.published_at or article.first_published_at or timezone.now()
        self.found.append(
            Sticky(item.post_id, title, article.pk, article.get_parent().pk, published_at)
        )

    def put_forward(self, site_root: Page) -> None:
        """Lead the home page and each category with its newest sticky post, where free;
        say on each sticky post what became of it."""
        live = set(
            ArticlePage.objects.live()
            .filter(pk__in=[sticky.article_id for sticky in self.found])
            .values_list("pk", flat=True)
        )
        newest_first = sorted(
            (sticky for sticky in self.found if sticky.article_id in live),
            key=lambda sticky: sticky.published_at,
            reverse=True,
        )
        self.found = []
        if not newest_first:
            return
        placed: dict[Sticky, list[str]] = {sticky: [] for sticky in newest_first}
        refused: dict[Sticky, list[str]] = {sticky: [] for sticky in newest_first}
        places: list[tuple[Page, str, Sticky, str]] = []
        # Read again: during a long import, editors or the import may have changed it.
        home = Page.objects.get(pk=site_root.pk).specific
        if isinstance(home, HomePage):
            places.append((home, "lead_article", newest_first[0], "à la une de l'accueil"))
        categories = CategoryPage.objects.in_bulk({sticky.category_id for sticky in newest_first})
        for category in categories.values():
            first = next(sticky for sticky in newest_first if sticky.category_id == category.pk)
            places.append(
                (category, "featured_article", first, f"en avant dans « {category.title} »")
            )
        for page, field, sticky, where in places:
            reason = self.lead(page, field, sticky.article_id)
            (refused[sticky] if reason else placed[sticky]).append(
                f"{where} ({reason})" if reason else where
            )
        for sticky in newest_first:
            said = [
                f"{verb} " + ", ".join(wheres)
                for verb, wheres in (("mis", placed[sticky]), ("non mis", refused[sticky]))
                if wheres
            ]
            message = " ; ".join(said) or "non mis en avant : un plus récent l'est"
            self.warn(sticky.post_id, sticky.title, message)

    def lead(self, page: Page, field: str, article_id: int) -> str:
        """Make the article `field` of `page` and publish it; return why not, if an editor
        holds that place or has a draft of the page."""
        chosen = getattr(page, f"{field}_id")
        if chosen == article_id:
            return ""
        if chosen is not None:
            return "un autre article y est déjà"
        if page.has_unpublished_changes:
            return "la page a un brouillon en cours"
        setattr(page, f"{field}_id", article_id)
        with transaction.atomic():
            page.save_revision().publish()
        return ""

    def warn(self, post_id: int, title: str, message: str) -> None:
        self.report.warn("post", post_id, title, f"{STICKY}, {message}")
