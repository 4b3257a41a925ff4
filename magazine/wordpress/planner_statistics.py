"""The planner's statistics of the tables an import fills, renewed as they grow.

PostgreSQL plans a query from each table's statistics, which ANALYZE gathers. An import
starts its tables (nearly) empty and fills them by the thousand; autovacuum, when it runs
at all, analyzes a table only once its worker comes by, and a bulk load often runs with it
off. Planned on empty-table statistics, the import's lookups turn into sequential scans and
nested loops over tables that have grown to tens of thousands of rows, and every item costs
more than the one before. `GrowingTables` analyzes the tables the import writes each time
the number of items has grown by FACTOR, from FIRST on: a few ANALYZE in a whole run, each
reading a bounded sample of every table. Other databases (SQLite in development) are left
as they are.
"""

from django.db import connection, models

from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import (
    Page,
    PageLogEntry,
    PageViewRestriction,
    ReferenceIndex,
    Revision,
)
from wagtail.search.models import IndexEntry

from magazine.articles.models import ArticlePage, ArticlePageAuthor, ArticlePageTag
from magazine.authors.models import Author
from magazine.comments.models import Comment
from magazine.pages.models import InformationPage

from .models import WordPressItem

# The items after which the first analysis comes, and the growth that brings each next one.
FIRST = 200
FACTOR = 2


def imported_models() -> list[type[models.Model]]:
    """Return the models whose tables an import fills."""
    return [
        Page,
        ArticlePage,
        InformationPage,
        Revision,
        PageLogEntry,
        PageViewRestriction,
        ReferenceIndex,
        ArticlePageAuthor,
        ArticlePageTag,
        Tag,
        Author,
        Comment,
        Redirect,
        WordPressItem,
        IndexEntry,
        get_image_model(),
    ]


def analyze(model_list: list[type[models.Model]]) -> None:
    """ANALYZE the tables of `model_list` (PostgreSQL only; nothing elsewhere)."""
    if connection.vendor != "postgresql":
        return
    tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in model_list)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tables}")


class GrowingTables:
    """Counts the items imported, and analyzes the import's tables each time they double."""

    def __init__(self, first: int = FIRST, factor: int = FACTOR) -> None:
        self.factor = factor
        self.next_analysis = first
        self.items = 0

    def item_done(self) -> bool:
        """Count an item; analyze the tables if they have grown enough since the last time.

        Called between items, outside their transactions. Return whether it analyzed.
        """
        self.items += 1
        if self.items < self.next_analysis:
            return False
        self.next_analysis = self.items * self.factor
        analyze(imported_models())
        return True
