"""The search index follows the content: publish, unpublish, rename, move and delete.

Queries use the words as written, so these tests hold on SQLite too (no stemming there).
"""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import PageViewRestriction
from wagtail.search.models import IndexEntry

from magazine.articles.models import ArticlePage
from tests.support.search import article, result_titles


def index_entries(page_id: int) -> int:
    """How many index rows the search backend holds for the article with that id."""
    return IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(ArticlePage), object_id=str(page_id)
    ).count()


def test_a_draft_is_not_found(client, category):
    article(category, "Tablettes graphiques", live=False)
    assert result_titles(client, q="tablettes") == []


def test_publishing_makes_an_article_findable(client, category):
    draft = article(category, "Tablettes graphiques", live=False)
    draft.save_revision().publish()
    assert result_titles(client, q="tablettes") == ["Tablettes graphiques"]


def test_unpublishing_hides_an_article(client, category):
    published = article(category, "Tablettes graphiques")
    published.unpublish()
    assert result_titles(client, q="tablettes") == []


def test_a_draft_change_is_not_searchable_until_published(client, category):
    published = article(category, "Tablettes graphiques")
    published.title = "Liseuses électroniques"
    revision = published.save_revision()
    assert result_titles(client, q="liseuses") == []
    assert result_titles(client, q="tablettes") == ["Tablettes graphiques"]
    revision.publish()
    assert result_titles(client, q="liseuses") == ["Liseuses électroniques"]


def test_renaming_finds_the_new_title_and_not_the_old(client, category):
    published = article(category, "Tablettes graphiques")
    published.title = "Liseuses électroniques"
    published.save_revision().publish()
    assert result_titles(client, q="liseuses") == ["Liseuses électroniques"]
    assert result_titles(client, q="tablettes") == []


def test_moving_an_article_moves_it_between_category_filters(client, category, other_category):
    moved = article(category, "Tablettes graphiques")
    moved.move(other_category, pos="last-child")
    assert result_titles(client, q="tablettes", categorie=other_category.slug) == [
        "Tablettes graphiques"
    ]
    assert result_titles(client, q="tablettes", categorie=category.slug) == []


def test_a_moved_article_links_to_its_new_address(client, category, other_category):
    moved = article(category, "Tablettes graphiques", slug="tablettes")
    moved.move(other_category, pos="last-child")
    response = client.get("/recherche/", {"q": "tablette"})
    assert b'href="/materiel/tablettes/"' in response.content


def test_deleting_an_article_removes_it_from_the_index(client, category):
    deleted = article(category, "Tablettes graphiques")
    page_id = deleted.pk
    assert index_entries(page_id) == 1
    deleted.delete()
    assert index_entries(page_id) == 0
    assert result_titles(client, q="tablettes") == []


def test_articles_in_a_private_category_are_not_found(client, category, other_category):
    article(category, "Tablettes graphiques")
    article(other_category, "Tablettes réservées")
    PageViewRestriction.objects.create(page=other_category, restriction_type="login")
    assert result_titles(client, q="tablettes") == ["Tablettes graphiques"]
