"""Articles made of chosen words, and the titles the results page lists."""

from django.test import Client

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage, CategoryPage
from tests.factories.pages import ArticlePageFactory

from .html import page_soup


def article(
    parent: CategoryPage, title: str, standfirst: str = "", text: str = "", **kwargs
) -> ArticlePage:
    """Return a live article whose words are only the ones given (and a neutral standfirst)."""
    return ArticlePageFactory(
        parent=parent,
        title=title,
        standfirst=standfirst or "Un article du magazine.",
        body=b.body(b.paragraph(f"<p>{text or 'Sans autre précision.'}</p>")),
        **kwargs,
    )


def result_titles(client: Client, **params: str) -> list[str]:
    """Return the titles the results page lists for `params`, in order."""
    page = page_soup(client, "/recherche/", params)
    return [link.get_text(strip=True) for link in page.select(".search-result__title a")]
