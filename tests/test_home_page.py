"""What a reader gets on the home page: a lead article, the latest, one section per category."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from tests.factories.pages import ArticlePageFactory, CategoryPageFactory
from tests.support.html import page_soup


def published(parent, title: str, age: int, **kwargs):
    return ArticlePageFactory(
        parent=parent,
        title=title,
        first_published_at=timezone.now() - timedelta(days=age),
        **kwargs,
    )


def test_newest_article_leads_by_default(client, category):
    published(category, "Ancien", age=5)
    published(category, "Récent", age=1)
    assert page_soup(client, "/").select_one(".lead .card__title").get_text(strip=True) == "Récent"


def test_editor_chosen_lead_article_leads(client, home_page, category):
    chosen = published(category, "Choisi", age=30)
    published(category, "Récent", age=1)
    home_page.lead_article = chosen
    home_page.save_revision().publish()
    soup = page_soup(client, "/")
    assert soup.select_one(".lead .card__title").get_text(strip=True) == "Choisi"
    latest = [a.get_text(strip=True) for a in soup.select("[aria-labelledby=a-lire] .card__title")]
    assert latest == ["Récent"]


def unpublish(article) -> None:
    article.unpublish()


def restrict_to_members(article) -> None:
    PageViewRestriction.objects.create(page=article, restriction_type="login")


@pytest.mark.parametrize("hide", [unpublish, restrict_to_members])
def test_a_hidden_lead_is_never_shown_and_the_newest_leads(client, home_page, category, hide):
    chosen = published(category, "Choisi", age=30)
    published(category, "Récent", age=1)
    home_page.lead_article = chosen
    home_page.save_revision().publish()
    hide(chosen)
    soup = page_soup(client, "/")
    assert soup.select_one(".lead .card__title").get_text(strip=True) == "Récent"
    assert "Choisi" not in soup.get_text()


def test_one_section_per_category_with_its_newest_articles(client, home_page, category):
    hardware = CategoryPageFactory(parent=home_page, title="Matériel", slug="materiel")
    for age in range(6):
        published(category, f"Jeu {age}", age=age)
    published(hardware, "Carte graphique", age=10)
    soup = page_soup(client, "/")
    sections = soup.select(".category-section")
    assert [s.h2.get_text(strip=True) for s in sections] == ["Jeux vidéo", "Matériel"]
    games = [a.get_text(strip=True) for a in sections[0].select(".card__title")]
    assert games == ["Jeu 0", "Jeu 1", "Jeu 2", "Jeu 3"]


def test_category_without_articles_has_no_section(client, home_page, category):
    CategoryPageFactory(parent=home_page, title="Vide", slug="vide")
    published(category, "Un article", age=1)
    titles = [s.h2.get_text(strip=True) for s in page_soup(client, "/").select(".category-section")]
    assert titles == ["Jeux vidéo"]


def test_cards_show_their_category(client, category):
    published(category, "Un article", age=1)
    assert (
        page_soup(client, "/").select_one(".lead .card__category").get_text(strip=True)
        == "Jeux vidéo"
    )


def test_home_has_one_h1(client, category):
    published(category, "Un article", age=1)
    assert len(page_soup(client, "/").find_all("h1")) == 1


def test_menu_lists_a_newly_published_category(client, home_page, category):
    assert "Jeux vidéo" in page_soup(client, "/").select_one("nav.main-menu").get_text()
    CategoryPageFactory(parent=home_page, title="Logiciels", slug="logiciels")
    assert "Logiciels" in page_soup(client, "/").select_one("nav.main-menu").get_text()


def test_menu_forgets_an_unpublished_category(client, category):
    assert "Jeux vidéo" in page_soup(client, "/").select_one("nav.main-menu").get_text()
    category.unpublish()
    assert "Jeux vidéo" not in page_soup(client, "/").select_one("nav.main-menu").get_text()


def menu(client) -> list[str]:
    return [a.get_text(strip=True) for a in page_soup(client, "/").select("nav.main-menu a")]


def test_menu_follows_categories_reordered_in_the_admin(client, home_page, category):
    CategoryPageFactory(parent=home_page, title="Logiciels", slug="logiciels")
    assert menu(client) == ["Jeux vidéo", "Logiciels"]
    category.move(home_page, pos="last-child")
    assert menu(client) == ["Logiciels", "Jeux vidéo"]


def test_menu_forgets_a_category_restricted_to_members(client, category):
    assert menu(client) == ["Jeux vidéo"]
    PageViewRestriction.objects.create(page=category, restriction_type="login")
    assert menu(client) == []
