"""The site-wide navigation: the categories of the site being served."""

from django import template

from magazine.articles.categories import request_categories

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context: template.Context) -> dict:
    """Render the menu of the site's categories, marking the one the reader is in."""
    request = context.get("request")
    categories = request_categories(request) if request else []
    current_path = getattr(context.get("page"), "path", "")
    return {
        "items": [
            (category, current_path.startswith(category.path))
            for category in categories
            if category.in_menu
        ]
    }
