"""Where each page type may live in the tree."""

from wagtail.models import Page

import pytest

from home.models import HomePage
from magazine.articles.models import ArticlePage, CategoryPage


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (HomePage, Page, True),
        (HomePage, CategoryPage, False),
        (HomePage, ArticlePage, False),
        (CategoryPage, HomePage, True),
        (CategoryPage, Page, False),
        (CategoryPage, CategoryPage, False),
        (CategoryPage, ArticlePage, False),
        (ArticlePage, CategoryPage, True),
        (ArticlePage, HomePage, False),
        (ArticlePage, Page, False),
        (ArticlePage, ArticlePage, False),
    ],
)
def test_page_may_only_be_created_under_its_parent_type(child, parent, allowed):
    assert child.can_create_at(parent()) is allowed


def test_articles_cannot_be_moved_out_of_a_category(home_page, category):
    from tests.factories.pages import ArticlePageFactory

    article = ArticlePageFactory(parent=category)
    assert article.specific.can_move_to(category)
    assert not article.specific.can_move_to(home_page)


def test_admin_offers_only_articles_under_a_category(admin_client, category):
    response = admin_client.get(f"/admin/pages/{category.pk}/add_subpage/")
    assert response.status_code == 302  # a single allowed type: straight to its form
    assert response["Location"].endswith(f"/admin/pages/add/articles/articlepage/{category.pk}/")


def test_admin_refuses_an_article_directly_under_home(admin_client, home_page):
    response = admin_client.get(
        f"/admin/pages/add/articles/articlepage/{home_page.pk}/", follow=True
    )
    assert response.redirect_chain[0][0] == "/admin/"
    assert "autorisation" in response.content.decode()
