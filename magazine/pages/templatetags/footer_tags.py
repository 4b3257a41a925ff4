"""The site footer: links to the fixed information pages of the site being served."""

from django import template

from magazine.pages.links import INFORMATION_LINKS

register = template.Library()


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context: template.Context) -> dict:
    """Render the links to the site's information pages, marking the one being read."""
    request = context.get("request")
    links = INFORMATION_LINKS.for_request(request) if request else []
    current_path = getattr(context.get("page"), "path", "")
    return {"items": [(link, link.path == current_path) for link in links]}
