"""« Nouvel article »: from the menu or the dashboard, pick a category, land in the editor."""

import json

from django.contrib.auth.models import Permission

import pytest

from tests.support.html import soup

CHOOSE = "/admin/articles/choose_parent/"


def menu_items(response) -> dict[str, str]:
    """The admin menu's top-level items, label to URL."""
    props = json.loads(soup(response).select_one("#wagtail-sidebar-props").string)
    menu = next(m for m in props["modules"] if m["_type"] == "wagtail.sidebar.MainMenuModule")
    return {item["_args"][0]["label"]: item["_args"][0].get("url") for item in menu["_args"][0]}


def editor_url(category) -> str:
    return f"/admin/pages/add/articles/articlepage/{category.pk}/"


@pytest.fixture
def newcomer(django_user_model):
    """A user who may open the admin but write nothing."""
    user = django_user_model.objects.create_user("newcomer", password="x")  # noqa: S106
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_the_menu_leads_to_the_choice_of_a_category(admin_client, category, other_category):
    assert menu_items(admin_client.get("/admin/"))["Nouvel article"] == CHOOSE
    page = soup(admin_client.get(CHOOSE))
    choices = [label.get_text(strip=True) for label in page.select("form label[for^=id_parent]")]
    assert choices == ["Jeux vidéo", "Matériel"]
    assert page.select_one("form [type=submit]").get_text(strip=True) == "Écrire l'article"


def test_the_chosen_category_opens_the_article_editor(admin_client, category, other_category):
    response = admin_client.post(CHOOSE, {"parent_page": other_category.pk}, follow=True)
    assert response.redirect_chain == [(editor_url(other_category), 302)]
    editor = soup(response)
    assert editor.select_one("form#page-edit-form")["action"] == editor_url(other_category)
    assert editor.select_one("input[name=standfirst], textarea[name=standfirst]")


def test_with_one_category_the_menu_goes_straight_to_the_editor(admin_client, category):
    response = admin_client.get(CHOOSE, follow=True)
    assert response.redirect_chain == [(editor_url(category), 302)]
    assert response.status_code == 200


def test_the_dashboard_offers_nouvel_article(admin_client, category, other_category):
    panel = soup(admin_client.get("/admin/")).select_one("#nouvel-article-section")
    links = {link.get_text(strip=True): link["href"] for link in panel.select("a.button")}
    assert links == {"Nouvel article": CHOOSE, "Tous les articles": "/admin/articles/"}


@pytest.mark.parametrize("choice", ["home", "9999999", "abc", ""])
def test_a_page_that_is_not_a_category_is_refused_with_a_message(
    admin_client, home_page, category, other_category, choice
):
    parent = str(home_page.pk) if choice == "home" else choice
    response = admin_client.post(CHOOSE, {"parent_page": parent})
    assert response.status_code == 200
    assert soup(response).select(".error-message, .w-field__errors")


def test_who_may_not_write_is_offered_no_nouvel_article(client, newcomer, category):
    client.force_login(newcomer)
    home = client.get("/admin/")
    assert home.status_code == 200
    assert "Nouvel article" not in menu_items(home)
    assert "Articles" not in menu_items(home)
    assert not soup(home).select("#nouvel-article-section")
