"""The site-wide navigation: the categories of the site being served."""

from django import template
from django.http import HttpRequest

from wagtail.models import Site

from magazine.articles.models import CategoryPage

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context: template.Context) -> dict:
    """Render the menu of the site's live categories shown in menus, in tree order."""
    request: HttpRequest | None = context.get("request")
    site = Site.find_for_request(request) if request else None
    categories = []
    if site is not None:
        categories = (
            CategoryPage.objects.live()
            .public()
            .in_menu()
            .descendant_of(site.root_page)
            .defer_streamfields()
            .order_by("path")
        )
    current_path = getattr(context.get("page"), "path", "")
    items = [(category, current_path.startswith(category.path)) for category in categories]
    return {"items": items, "request": request}
