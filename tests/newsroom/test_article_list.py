"""« Articles »: every article in one admin list, filtered, sorted and searched."""

from datetime import timedelta

from django.utils import timezone

from taggit.models import Tag

import pytest

from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.admin import listed_titles
from tests.support.html import soup
from tests.support.queries import warm_query_count

from .conftest import published

URL = "/admin/articles/"
# The list's queries, whatever the number of articles, authors and tags it shows. A search
# adds its count and its page of results, each in a savepoint that sets the planner
# settings (search/backend.py): four statements around it in a test, one SET in production.
ARTICLE_LIST_QUERIES = 19
ARTICLE_SEARCH_QUERIES = 27

STATUS_TITLES = {
    "draft": "Un brouillon",
    "in_review": "Un article en relecture",
    "scheduled": "Un article programmé",
    "live": "Un article en ligne",
    "expired": "Un article expiré",
}


def test_the_menu_leads_to_every_article(admin_client, articles_by_status):
    menu = admin_client.get("/admin/").content.decode()
    assert '"label": "Articles"' in menu and '"url": "/admin/articles/"' in menu
    assert sorted(listed_titles(admin_client.get(URL))) == sorted(STATUS_TITLES.values())


def test_the_list_offers_nouvel_article(admin_client, category):
    header = soup(admin_client.get(URL)).select_one("header")
    links = {link.get_text(strip=True): link.get("href") for link in header.select("a")}
    assert links["Nouvel article"] == "/admin/articles/choose_parent/"


@pytest.mark.parametrize("status", STATUS_TITLES)
def test_the_list_filters_by_status(admin_client, articles_by_status, status):
    assert listed_titles(admin_client.get(URL, {"status": status})) == [STATUS_TITLES[status]]


def test_an_unknown_status_is_refused_with_a_message(admin_client, articles_by_status):
    response = admin_client.get(URL, {"status": "publie"})
    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in response.content.decode()


def test_the_list_filters_by_category(admin_client, articles_by_status, other_category):
    titles = listed_titles(admin_client.get(URL, {"category": other_category.pk}))
    assert sorted(titles) == ["Un article en ligne", "Un article programmé"]


def test_the_list_filters_by_author(admin_client, category):
    author = AuthorFactory(name="Zoé Lefèvre")
    ArticlePageFactory(parent=category, title="Signé", authors=[author, AuthorFactory()])
    ArticlePageFactory(parent=category, title="Cosigné", authors=[AuthorFactory(), author])
    ArticlePageFactory(parent=category, title="D'une autre", authors=[AuthorFactory()])
    titles = listed_titles(admin_client.get(URL, {"author": author.pk}))
    assert sorted(titles) == ["Cosigné", "Signé"]


def test_the_list_filters_by_tag(admin_client, category):
    published(parent=category, title="Sur Nintendo", tags=["Nintendo", "Consoles"])
    published(parent=category, title="Sur les consoles", tags=["Consoles"])
    nintendo = Tag.objects.get(name="Nintendo")
    assert listed_titles(admin_client.get(URL, {"tag": nintendo.pk})) == ["Sur Nintendo"]


def test_the_list_filters_by_first_publication_and_last_modification(admin_client, category):
    old = published(parent=category, title="Un ancien article")
    published(parent=category, title="Un article récent")
    old.first_published_at = old.latest_revision_created_at = timezone.now() - timedelta(days=400)
    old.save()
    last_year = (timezone.now() - timedelta(days=365)).date().isoformat()
    published_before = {"first_published_at_to": last_year}
    modified_after = {"latest_revision_created_at_from": last_year}
    assert listed_titles(admin_client.get(URL, published_before)) == ["Un ancien article"]
    assert listed_titles(admin_client.get(URL, modified_after)) == ["Un article récent"]


def test_filters_combine_with_a_search(admin_client, articles_by_status, other_category):
    params = {"q": "article", "category": other_category.pk, "status": "live"}
    assert listed_titles(admin_client.get(URL, params)) == ["Un article en ligne"]


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("title", ["Alpha", "Bêta", "Gamma"]),
        ("-title", ["Gamma", "Bêta", "Alpha"]),
        # Jeux vidéo before Matériel; equals, the latest created first.
        ("category", ["Gamma", "Alpha", "Bêta"]),
        ("-category", ["Bêta", "Gamma", "Alpha"]),
        ("authors", ["Gamma", "Alpha", "Bêta"]),
        ("-authors", ["Bêta", "Alpha", "Gamma"]),
        ("first_published_at", ["Bêta", "Gamma", "Alpha"]),
        ("-first_published_at", ["Alpha", "Gamma", "Bêta"]),
        ("latest_revision_created_at", ["Alpha", "Bêta", "Gamma"]),
        ("-latest_revision_created_at", ["Gamma", "Bêta", "Alpha"]),
    ],
)
def test_the_list_sorts_by_each_column(admin_client, category, other_category, ordering, expected):
    now = timezone.now()
    for title, parent, author, days_ago in [
        ("Alpha", category, "Bruno", 1),
        ("Bêta", other_category, "Chloé", 3),
        ("Gamma", category, "Aline", 2),
    ]:
        published(
            parent=parent,
            title=title,
            authors=[AuthorFactory(name=author)],
            first_published_at=now - timedelta(days=days_ago),
        )
    assert listed_titles(admin_client.get(URL, {"ordering": ordering})) == expected


def test_articles_sort_by_their_first_author(admin_client, category):
    published(
        parent=category,
        title="Cosigné",
        authors=[AuthorFactory(name="Zoé"), AuthorFactory(name="Aline")],
    )
    published(parent=category, title="Signé", authors=[AuthorFactory(name="Bruno")])
    assert listed_titles(admin_client.get(URL, {"ordering": "authors"})) == ["Signé", "Cosigné"]


def test_the_list_sorts_by_status(admin_client, category):
    published(parent=category, title="En ligne")
    ArticlePageFactory(parent=category, title="Brouillon", live=False)
    assert listed_titles(admin_client.get(URL, {"ordering": "live"})) == ["Brouillon", "En ligne"]
    assert listed_titles(admin_client.get(URL, {"ordering": "-live"})) == ["En ligne", "Brouillon"]


def test_sorting_applies_to_search_results(admin_client, category):
    for title, author in [("Casques B", "Bruno"), ("Casques A", "Chloé"), ("Souris", "Aline")]:
        ArticlePageFactory(parent=category, title=title, authors=[AuthorFactory(name=author)])
    response = admin_client.get(URL, {"q": "casques", "ordering": "-authors"})
    assert listed_titles(response) == ["Casques A", "Casques B"]


def test_the_list_offers_wagtails_bulk_actions(admin_client, articles_by_status):
    page = soup(admin_client.get(URL))
    checkboxes = page.select("input[data-bulk-action-checkbox]")
    assert len(checkboxes) == len(STATUS_TITLES)
    assert page.select("[data-bulk-action-footer]")


def test_the_list_is_in_french(admin_client, articles_by_status):
    page = soup(admin_client.get(URL))
    headings = [th.get_text(" ", strip=True) for th in page.select("thead th")]
    for label in ["Titre", "Rubrique", "Auteurs", "Statut", "Première publication"]:
        assert any(heading.startswith(label) for heading in headings), label
    filters = page.get_text(" ")
    for label in ["Mot-clé", "Dernière modification", "Brouillon", "En relecture", "Programmé"]:
        assert label in filters, label


def articles_with_authors_and_tags(parent, count: int) -> None:
    picture = ImageFactory()
    for number in range(count):
        published(
            parent=parent,
            title=f"Article {number}",
            hero_image=picture,
            authors=[AuthorFactory(), AuthorFactory()],
            tags=[f"Sujet {number}", "Commun"],
        )


@pytest.mark.parametrize(
    ("params", "budget"),
    [
        ("", ARTICLE_LIST_QUERIES),
        ("?ordering=authors", ARTICLE_LIST_QUERIES),
        ("?ordering=-category", ARTICLE_LIST_QUERIES),
        ("?status=live&ordering=title", ARTICLE_LIST_QUERIES),
        ("?q=article", ARTICLE_SEARCH_QUERIES),
        ("?q=article&ordering=-authors", ARTICLE_SEARCH_QUERIES),
    ],
)
def test_the_list_queries_do_not_grow_with_articles(admin_client, category, params, budget):
    articles_with_authors_and_tags(category, 2)
    few = warm_query_count(admin_client, URL + params)
    articles_with_authors_and_tags(category, 8)
    assert warm_query_count(admin_client, URL + params) == few
    assert few <= budget
