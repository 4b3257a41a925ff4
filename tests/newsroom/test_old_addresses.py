"""Old addresses keep working: a renamed or moved article, or a renamed category, answers its
old address with a 301 to where it is now (Wagtail's automatic redirects).

Wagtail creates them from its `page_slug_changed` signal, sent once the publication is
committed, and from `post_page_move`; tests run inside a transaction, so they run the
commit callbacks. A redirect points at the page, not at an address: it follows the page
through later renames and moves, without chains.
"""

from django.urls import reverse

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import TaskState

import pytest

from tests.support.article_form import article_edit_form
from tests.support.html import soup

from .conftest import published


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Return a function that publishes a new revision of a page, as the admin's « Publier »."""

    def publish_revision(page, user=None) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision(user=user).publish(user=user)

    return publish_revision


def assert_moved_permanently(client, old: str, new: str) -> None:
    """Assert that `old` answers a 301 to `new`, where the page is."""
    response = client.get(old)
    assert response.status_code == 301, old
    assert response["Location"] == new
    assert client.get(new).status_code == 200


def test_a_renamed_article_answers_its_old_address_with_a_301(client, category, publish):
    article = published(parent=category, slug="ancien-titre")
    article.slug = "nouveau-titre"
    publish(article)
    assert_moved_permanently(client, "/jeux-video/ancien-titre/", "/jeux-video/nouveau-titre/")


def test_the_old_address_without_its_final_slash_redirects_too(client, category, publish):
    article = published(parent=category, slug="ancien-titre")
    article.slug = "nouveau-titre"
    publish(article)
    assert_moved_permanently(client, "/jeux-video/ancien-titre", "/jeux-video/nouveau-titre/")


def test_an_old_address_with_a_query_string_redirects_without_it(client, category, publish):
    # Wagtail's middleware tries the path with its query string, then without.
    article = published(parent=category, slug="ancien-titre")
    article.slug = "nouveau-titre"
    publish(article)
    response = client.get("/jeux-video/ancien-titre/?utm_source=lettre")
    assert response.status_code == 301
    assert response["Location"] == "/jeux-video/nouveau-titre/"


def test_a_slug_a_writer_changes_redirects_once_the_chief_editor_approves_it(
    writer,
    writer_client,
    chief_client,
    client,
    category,
    author,
    django_capture_on_commit_callbacks,
):
    article = published(parent=category, slug="ancien-titre", authors=[author])
    assert not writer.has_perm("wagtailredirects.add_redirect")
    data = article_edit_form(article, slug="nouveau-titre", **{"action-submit": "1"})
    assert writer_client.post(f"/admin/pages/{article.pk}/edit/", data).status_code == 302
    # Submitted for review, the new slug is not live yet: the old address still answers.
    assert client.get("/jeux-video/ancien-titre/").status_code == 200

    review = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    approve = reverse("wagtailadmin_pages:workflow_action", args=[article.pk, "approve", review.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert chief_client.post(approve).status_code == 302

    assert_moved_permanently(client, "/jeux-video/ancien-titre/", "/jeux-video/nouveau-titre/")


def test_an_article_moved_to_another_category_redirects_its_old_address(
    chief_client, client, category, other_category
):
    article = published(parent=category, slug="une-manette")
    confirm = reverse("wagtailadmin_pages:move_confirm", args=[article.pk, other_category.pk])
    assert chief_client.post(confirm).status_code == 302
    assert_moved_permanently(client, "/jeux-video/une-manette/", "/materiel/une-manette/")


def test_a_renamed_category_redirects_itself_and_its_articles(client, category, publish):
    articles = [published(parent=category, slug=slug) for slug in ("premier", "second")]
    # Not « jeux »: that address is the games' hubs (magazine/articles/slugs.py).
    category.slug = "jeux-et-consoles"
    publish(category)
    assert_moved_permanently(client, "/jeux-video/", "/jeux-et-consoles/")
    for article in articles:
        assert_moved_permanently(
            client, f"/jeux-video/{article.slug}/", f"/jeux-et-consoles/{article.slug}/"
        )


def test_after_a_second_rename_the_first_address_goes_straight_to_the_newest(
    client, category, publish
):
    article = published(parent=category, slug="premier-titre")
    article.slug = "deuxieme-titre"
    publish(article)
    article.slug = "troisieme-titre"
    publish(article)
    # One hop from each old address, never a chain through the second one.
    assert_moved_permanently(client, "/jeux-video/premier-titre/", "/jeux-video/troisieme-titre/")
    assert_moved_permanently(client, "/jeux-video/deuxieme-titre/", "/jeux-video/troisieme-titre/")


def test_a_rename_then_a_move_sends_the_first_address_to_the_last(
    client, category, other_category, publish
):
    article = published(parent=category, slug="premier-titre")
    article.slug = "deuxieme-titre"
    publish(article)
    article.move(other_category, pos="last-child")
    assert_moved_permanently(client, "/jeux-video/premier-titre/", "/materiel/deuxieme-titre/")
    assert_moved_permanently(client, "/jeux-video/deuxieme-titre/", "/materiel/deuxieme-titre/")


def test_an_article_renamed_back_is_served_at_its_first_address(client, category, publish):
    article = published(parent=category, slug="premier-titre")
    article.slug = "deuxieme-titre"
    publish(article)
    article.slug = "premier-titre"
    publish(article)
    assert client.get("/jeux-video/premier-titre/").status_code == 200
    assert_moved_permanently(client, "/jeux-video/deuxieme-titre/", "/jeux-video/premier-titre/")


def test_a_new_article_on_an_old_slug_is_served_rather_than_redirected(client, category, publish):
    renamed = published(parent=category, slug="un-titre", title="L'article renommé")
    renamed.slug = "un-autre-titre"
    publish(renamed)
    published(parent=category, slug="un-titre", title="Le nouvel article")
    # The redirect stays in place, but Wagtail's middleware looks for one only on a 404.
    assert Redirect.objects.filter(old_path="/jeux-video/un-titre").exists()
    response = client.get("/jeux-video/un-titre/")
    assert response.status_code == 200
    assert soup(response).h1.get_text() == "Le nouvel article"
    assert client.get("/jeux-video/un-autre-titre/").status_code == 200
