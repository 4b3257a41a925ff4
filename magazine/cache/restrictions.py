"""View restrictions read from the cache: most pages have none, and need no query to know.

Wagtail checks a page's restrictions and its ancestors' before serving it, in two queries.
The paths of the restricted pages are kept in the cache until the content generation
changes (a restriction saved or deleted, a page published or moved), so a page under none
of them gets an empty queryset without asking the database; any other page asks Wagtail.
"""

from django.db.models import QuerySet

from wagtail.models import Page, PageViewRestriction

from .fragments import generation_cached

# Aliases take their source's restrictions: with any alias on the site, Wagtail decides.
ALIASES = "aliases"


def restricted_paths() -> tuple[str, ...] | str:
    """The tree paths of the restricted pages, or ALIASES."""

    def find() -> tuple[str, ...] | str:
        if Page.objects.filter(alias_of__isnull=False).exists():
            return ALIASES
        return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))

    return generation_cached("restricted-paths", (), find)


class CachedViewRestrictionsMixin:
    """For page models: `get_view_restrictions()` without a query when none applies."""

    def get_view_restrictions(self) -> QuerySet[PageViewRestriction]:
        paths = restricted_paths()
        if paths != ALIASES and not any(self.path.startswith(path) for path in paths):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
