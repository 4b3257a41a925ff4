"""Information pages live directly under the home page and hold no pages of their own."""

from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from home.models import HomePage
from magazine.articles.models import ArticlePage, CategoryPage
from magazine.pages.models import InformationPage
from tests.factories.pages import InformationPageFactory


# Wagtail reads the parent's content type, from the database unless an earlier test left it
# in ContentType's cache.
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("parent", "allowed"),
    [
        (HomePage, True),
        (Page, False),
        (CategoryPage, False),
        (ArticlePage, False),
        (InformationPage, False),
    ],
)
def test_information_page_may_only_be_created_under_the_home_page(parent, allowed):
    assert InformationPage.can_create_at(parent()) is allowed


def test_the_home_page_is_the_only_parent_an_information_page_names():
    assert InformationPage.clean_parent_page_models() == [HomePage]


def test_no_page_type_may_be_created_under_an_information_page(home_page):
    page = InformationPageFactory(parent=home_page)
    assert InformationPage.allowed_subpage_models() == []
    assert not [model for model in get_page_models() if model.can_create_at(page)]


def test_an_information_page_cannot_be_moved_into_a_category(home_page, category):
    page = InformationPageFactory(parent=home_page)
    assert page.can_move_to(home_page)
    assert not page.can_move_to(category)


def test_admin_offers_information_pages_under_the_home_page(admin_client, home_page):
    response = admin_client.get(f"/admin/pages/{home_page.pk}/add_subpage/")
    assert response.status_code == 200
    assert f"/admin/pages/add/pages/informationpage/{home_page.pk}/" in response.content.decode()


def test_admin_refuses_an_information_page_in_a_category(admin_client, category):
    response = admin_client.get(
        f"/admin/pages/add/pages/informationpage/{category.pk}/", follow=True
    )
    assert response.redirect_chain[0][0] == "/admin/"
    assert not InformationPage.objects.exists()


def test_editor_publishes_an_information_page_with_every_block(admin_client, home_page):
    form = nested_form_data(
        {
            "title": "À propos",
            "slug": "a-propos",
            "introduction": "Qui nous sommes et ce que nous voulons faire.",
            "show_legal_details": "",
            "body": streamfield(
                [
                    ("heading", {"text": "Notre histoire", "level": "h2"}),
                    ("paragraph", rich_text("<p>Une rédaction <b>indépendante</b>.</p>")),
                    ("quote", {"text": "Comprendre avant de juger.", "attribution": "La charte"}),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/pages/informationpage/{home_page.pk}/", form)
    assert response.status_code == 302, response.context["form"].errors
    page = InformationPage.objects.get(slug="a-propos")
    assert page.live
    assert [block.block_type for block in page.body] == ["heading", "paragraph", "quote"]
