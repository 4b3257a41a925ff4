"""An author's admin page lists every article they sign, each linked to its editor."""

from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.html import soup
from tests.support.queries import warm_query_count

from .conftest import published

# The author page's queries, whatever the number of articles listed.
AUTHOR_PAGE_QUERIES = 11


def inspect_url(author) -> str:
    return f"/admin/snippets/authors/author/inspect/{author.pk}/"


def listed_articles(response) -> list[tuple[str, str, str]]:
    """Each listed article's title, the link on it and its status as seen, in order."""
    assert response.status_code == 200
    page = soup(response)
    for hidden in page.select(".w-sr-only"):
        hidden.decompose()
    return [
        (
            row.select_one("td.title a").get_text(strip=True),
            row.select_one("td.title a")["href"],
            row.select_one(".w-status").get_text(strip=True),
        )
        for row in page.select("main table tbody tr")
    ]


def test_the_author_page_lists_exactly_their_articles(admin_client, category, other_category):
    author = AuthorFactory(name="Zoé Lefèvre")
    signed = published(parent=category, title="Signé seule", authors=[author])
    cosigned = published(parent=other_category, title="Cosigné", authors=[AuthorFactory(), author])
    draft = ArticlePageFactory(parent=category, title="Un brouillon", live=False, authors=[author])
    published(parent=category, title="D'une autre", authors=[AuthorFactory()])
    articles = listed_articles(admin_client.get(inspect_url(author)))
    assert articles == [
        ("Un brouillon", f"/admin/pages/{draft.pk}/edit/", "brouillon"),
        ("Cosigné", f"/admin/pages/{cosigned.pk}/edit/", "publiée"),
        ("Signé seule", f"/admin/pages/{signed.pk}/edit/", "publiée"),
    ]


def test_the_author_page_shows_each_articles_category(admin_client, category, other_category):
    author = AuthorFactory()
    published(parent=other_category, title="Sur le matériel", authors=[author])
    page = soup(admin_client.get(inspect_url(author)))
    assert "Matériel" in page.select_one("main table tbody tr").get_text()


def test_an_author_without_articles_says_so(admin_client, home_page):
    author = AuthorFactory()
    page = soup(admin_client.get(inspect_url(author)))
    assert "Aucun article pour l'instant." in page.select_one("main").get_text()
    assert not page.select("main table")


def test_the_author_editor_links_to_the_author_page(admin_client, home_page):
    author = AuthorFactory()
    page = soup(admin_client.get(f"/admin/snippets/authors/author/edit/{author.pk}/"))
    assert page.select(f"a[href='{inspect_url(author)}']")


def test_the_author_page_queries_do_not_grow_with_articles(admin_client, category):
    author = AuthorFactory()
    for _ in range(2):
        published(parent=category, authors=[author, AuthorFactory()], tags=["Consoles"])
    few = warm_query_count(admin_client, inspect_url(author))
    for _ in range(8):
        published(parent=category, authors=[author], tags=["Consoles"])
    ArticlePageFactory(parent=category, live=False, authors=[author])
    assert warm_query_count(admin_client, inspect_url(author)) == few
    assert few <= AUTHOR_PAGE_QUERIES
