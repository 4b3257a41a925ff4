"""`{% piece "name" part… [comments] [seconds=N] %}…{% endpiece %}`: a part of a template
kept in the cache.

What the tag encloses is rendered once per site and per `part` values (ids, numbers: they
are written into the key as text), and kept until the content generation changes, or the
comment generation too with `comments` (HTML that counts or shows comments), or for N
seconds at most with `seconds=N` (a part whose key changes with time, not to pile up in
the cache). A preview always renders it anew. The cache tags its rendering gave the
response are kept with it (magazine/cache/fragments.py `page_piece`).
"""

from django import template
from django.template.base import FilterExpression, NodeList, Parser, Token
from django.utils.safestring import SafeString

from wagtail.models import Page

from magazine.cache.fragments import page_piece

register = template.Library()
# The home page's children (categories, information pages) are the sections of the site:
# what the menu and the footer mark as current.
SECTION_PATH_LENGTH = 3 * Page.steplen


class PieceNode(template.Node):
    def __init__(
        self,
        name: str,
        parts: list[FilterExpression],
        comments: bool,
        seconds: int | None,
        nodelist: NodeList,
    ) -> None:
        self.name = name
        self.parts = parts
        self.comments = comments
        self.seconds = seconds
        self.nodelist = nodelist

    def render(self, context: template.Context) -> SafeString:
        request = getattr(context, "request", None) or context.get("request")
        parts = tuple(part.resolve(context) for part in self.parts)
        return page_piece(
            request,
            self.name,
            parts,
            lambda: self.nodelist.render(context),
            comments=self.comments,
            timeout=self.seconds,
        )


@register.tag
def piece(parser: Parser, token: Token) -> PieceNode:
    """Parse `{% piece "name" part… [comments] [seconds=N] %}…{% endpiece %}`."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('piece takes a quoted name: {% piece "name" … %}')
    name, rest = bits[1][1:-1], bits[2:]
    seconds = None
    if rest and rest[-1].startswith("seconds="):
        value = rest.pop()[len("seconds=") :]
        if not value.isdigit() or int(value) == 0:
            raise template.TemplateSyntaxError("piece's seconds= takes a whole number above 0")
        seconds = int(value)
    comments = bool(rest) and rest[-1] == "comments"
    if comments:
        rest = rest[:-1]
    nodelist = parser.parse(("endpiece",))
    parser.delete_first_token()
    parts = [parser.compile_filter(bit) for bit in rest]
    return PieceNode(name, parts, comments, seconds, nodelist)


@register.simple_tag
def page_section(page: Page | None) -> str:
    """The key of what the site's menu and footer mark as current for `page`: its own path
    for the home page and its children, its section's path and `+` for pages below them,
    "" for a page outside the tree (search, an author). As many keys as sections."""
    path = getattr(page, "path", "") or ""
    return path if len(path) <= SECTION_PATH_LENGTH else f"{path[:SECTION_PATH_LENGTH]}+"
