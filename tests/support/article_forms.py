"""Article forms as the admin posts them, and a body that breaks three of its rules."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from magazine.articles.models import ArticlePage
from magazine.authors.models import Author

H3_FIRST = "Un sous-titre (h3) ne peut pas précéder le premier titre de section (h2)."
POINT_TITLE = "Chaque point numéroté doit avoir un titre."
CONCLUSION_LAST = "La conclusion doit être le dernier bloc de l'article."


def points(*titles: str) -> dict:
    """The posted form of a numbered points block with one point per title."""
    items = {
        str(i): {
            "type": "item",
            "value": {"title": title, "body": rich_text("<p>Un point.</p>")},
            "deleted": "",
            "order": str(i),
            "id": "",
        }
        for i, title in enumerate(titles)
    }
    return {**items, "count": str(len(titles))}


# Three different rules broken: an h3 before any h2 (block 0), a point without a title
# (block 2) and a conclusion that is not last (block 3).
BROKEN_BODY = [
    ("heading", {"text": "Une sous-partie trop tôt", "level": "h3"}),
    ("paragraph", rich_text("<p>Un paragraphe.</p>")),
    ("numbered_points", points("Un point titré", "")),
    ("conclusion", {"title": "Conclusion", "body": rich_text("<p>Pour finir.</p>")}),
    ("paragraph", rich_text("<p>Un paragraphe après la conclusion.</p>")),
]
BROKEN_TYPES = [block_type for block_type, _ in BROKEN_BODY]


def article_form(article: ArticlePage | Author, body: list[tuple[str, object]], **extra) -> dict:
    """The admin form of a new article signed by an author, or of an article as it is signed.

    The body is given as posted blocks; `extra` adds fields, e.g. the action.
    """
    if isinstance(article, Author):
        authors = inline_formset([{"author": str(article.pk)}], min=1)
    else:
        links = [
            {"id": str(link.pk), "author": str(link.author_id)} for link in article.authors.all()
        ]
        authors = inline_formset(links, initial=len(links), min=1)
    return nested_form_data(
        {
            "title": "Les consoles portables",
            "slug": "consoles-portables",
            "standfirst": "Elles reviennent en force. Voici pourquoi.",
            "authors": authors,
            "subjects": inline_formset([]),
            "updates": inline_formset([]),
            "related_articles": inline_formset([], max=4),
            "tags": "",
            "body": streamfield(body),
            **extra,
        }
    )
