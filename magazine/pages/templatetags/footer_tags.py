"""The site footer: links to the fixed information pages of the site being served."""

from django import template

from wagtail.models import Site

from magazine.pages.links import site_information_links

register = template.Library()


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context: template.Context) -> dict:
    """Render the links to the site's information pages, marking the one being read."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    links = site_information_links(site, request) if site else []
    current_path = getattr(context.get("page"), "path", "")
    return {"items": [(link, link.path == current_path) for link in links]}
