"""Template tags of the frontend cache: tag the response with the pages a template prints."""

from django import template

from wagtail.models import Page

from magazine.cache.tags import page_tag, tag_request

register = template.Library()


@register.simple_tag(takes_context=True)
def cache_tag(context: template.Context, page: Page) -> str:
    """Tag the response with `page`'s cache tag, so that a change of the page purges it.

    Prints nothing. Every article card and the page itself (base.html) call it, so no
    listing can show an article without carrying its tag. A page not yet saved (a preview of
    a new page) has no tag; nor has a template rendered outside a request.
    """
    # context.request: inclusion tags (related articles) render a context of their own, which
    # keeps the request but not the context processors' variables.
    request = getattr(context, "request", None)
    if request is not None and page.pk is not None:
        tag_request(request, page_tag(page.pk))
    return ""
