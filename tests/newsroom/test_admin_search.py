"""The admin's searches find an article by any of its words, typed without accents.

Wagtail's admin searches (the page search in the sidebar, the « Articles » list) are
autocompletes, which read only an article's AutocompleteFields.
"""

import pytest

from magazine.articles import stream_data as b
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.admin import listed_titles

from .conftest import published

SEARCHES = ["/admin/pages/search/", "/admin/articles/"]


@pytest.fixture
def cnc_article(category):
    """A published article whose every field has words of its own, beside another one."""
    published(parent=category, title="Les consoles portables")
    return published(
        parent=category,
        title="Le cinéma français en chiffres",
        standfirst="Une année record pour les salles et la télévision.",
        body=b.body(b.paragraph("<p>Le CNC publie son bilan annuel.</p>")),
        authors=[AuthorFactory(name="Zoé Lefèvre")],
        tags=["Réalité virtuelle"],
    )


@pytest.mark.parametrize("url", SEARCHES)
@pytest.mark.parametrize(
    "words",
    [
        pytest.param("cnc", id="body word"),
        pytest.param("television", id="standfirst word"),
        pytest.param("zoe lefevre", id="author name"),
        pytest.param("realite", id="tag"),
        pytest.param("cinema", id="title word"),
    ],
)
def test_admin_search_finds_an_article_by_any_of_its_words(admin_client, cnc_article, url, words):
    response = admin_client.get(url, {"q": words})
    assert listed_titles(response) == ["Le cinéma français en chiffres"]


def test_admin_search_finds_a_draft_by_its_author(admin_client, category):
    draft = ArticlePageFactory(
        parent=category,
        title="Un brouillon",
        live=False,
        authors=[AuthorFactory(name="Zoé Lefèvre")],
    )
    # What the admin does after creating a page: a first revision, which indexes it again.
    draft.save_revision()
    response = admin_client.get("/admin/articles/", {"q": "lefevre"})
    assert listed_titles(response) == ["Un brouillon"]
