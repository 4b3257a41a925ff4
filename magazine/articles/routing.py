"""Routing to a page's children in one query instead of Wagtail's two."""

from django.db.models import QuerySet
from django.http import HttpRequest

from wagtail.models import Page
from wagtail.url_routing import RouteResult


class SpecificChildRoutingMixin:
    """Find the child for the next URL segment directly as its specific model.

    Wagtail's default route fetches the child as a plain Page, then again as its specific
    class. Pages whose children are (mostly) of one known model fetch them straight from that
    model, with what their template needs joined in; other children fall back to Wagtail.
    """

    def routable_children(self) -> QuerySet:
        """The queryset in which to look for a child by slug."""
        raise NotImplementedError

    def routable_child(self, slug: str) -> Page | None:
        """The child at `slug` among `routable_children()`, or None."""
        return self.routable_children().filter(slug=slug).first()

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult:
        if path_components:
            child = self.routable_child(path_components[0])
            if child is not None:
                # Treebeard's get_parent() reads this instead of querying the parent again.
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)
