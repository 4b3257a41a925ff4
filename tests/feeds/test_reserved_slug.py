"""No page takes the slug « feed »: its address would be a feed's, and the page unreachable."""

from django.core.exceptions import ValidationError

import pytest

from magazine.articles.models import ArticlePage, CategoryPage
from magazine.articles.slugs import RESERVED_SLUG
from tests.factories.pages import ArticlePageFactory, CategoryPageFactory, InformationPageFactory
from tests.support.article_forms import article_form
from tests.support.html import soup

VALID_BODY = [("heading", {"text": "Un titre", "level": "h2"})]
MESSAGE = str(RESERVED_SLUG % {"slug": "feed"})


def test_the_admin_refuses_an_article_slugged_feed_in_french(admin_client, category, author):
    data = article_form(author, VALID_BODY, title="Feed", slug="feed")
    response = admin_client.post(f"/admin/pages/add/articles/articlepage/{category.pk}/", data)
    assert response.status_code == 200
    assert response.context["form"].errors["slug"] == [MESSAGE]
    assert MESSAGE in soup(response).get_text()
    assert not ArticlePage.objects.exists()


def test_renaming_an_article_to_feed_is_refused(admin_client, category, author):
    article = ArticlePageFactory(parent=category, slug="un-article", authors=[author])
    data = article_form(article, VALID_BODY, slug="feed", **{"action-publish": "1"})
    response = admin_client.post(f"/admin/pages/{article.pk}/edit/", data)
    assert response.context["form"].errors["slug"] == [MESSAGE]
    assert ArticlePage.objects.get(pk=article.pk).slug == "un-article"


# The parent comes through getfixturevalue, which pytest-django cannot see: the mark puts the
# test among the database tests, before any transactional test has emptied the tables.
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "parent"),
    [
        (ArticlePageFactory, "category"),
        (CategoryPageFactory, "home_page"),
        (InformationPageFactory, "home_page"),
    ],
)
def test_no_page_is_saved_slugged_feed(request, factory, parent):
    with pytest.raises(ValidationError) as error:
        factory(parent=request.getfixturevalue(parent), slug="feed")
    assert error.value.message_dict["slug"] == [MESSAGE]


def test_a_page_titled_feed_gets_another_slug(home_page):
    category = home_page.add_child(instance=CategoryPageFactory.build(title="Feed", slug=""))
    assert CategoryPage.objects.get(pk=category.pk).slug == "feed-2"


def test_the_feed_of_a_category_is_never_shadowed_by_an_article(client, category):
    ArticlePageFactory(parent=category, slug="feed-2", title="Feed")
    assert client.get("/jeux-video/feed/").status_code == 200
    assert client.get("/jeux-video/feed-2/").status_code == 200
