"""The admin's form data for an article that exists, as the editor posts it back."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from magazine.articles.models import ArticlePage


def article_edit_form(article: ArticlePage, **fields: str) -> dict:
    """Return the edit form of `article`, with `fields` (`go_live_at`, `action-publish`…) on top.

    The form keeps the article's title, standfirst and authors; its body is one paragraph.
    """
    authors = [
        {"id": str(link.pk), "author": str(link.author_id)} for link in article.authors.all()
    ]
    return nested_form_data(
        {
            "title": article.title,
            "slug": article.slug,
            "standfirst": article.standfirst,
            "authors": inline_formset(authors, initial=len(authors), min=1),
            "subjects": inline_formset([]),
            "updates": inline_formset([]),
            "related_articles": inline_formset([], max=4),
            "tags": "",
            "body": streamfield([("paragraph", rich_text("<p>Le texte de l'article.</p>"))]),
            **fields,
        }
    )
