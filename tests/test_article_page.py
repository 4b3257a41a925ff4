"""What a reader gets on an article page."""

from datetime import datetime
from zoneinfo import ZoneInfo

from wagtail.rich_text import RichText

import pytest

from magazine.articles import stream_data as b
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    ArticlePageAuthorFactory,
    ArticlePageFactory,
    ArticlePageUpdateFactory,
)
from tests.support.html import page_soup, program_scripts

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def article(category):
    return ArticlePageFactory(
        parent=category,
        title="Dix jeux à attendre",
        body=b.body(
            b.heading("Les sorties du printemps"),
            b.paragraph("<p>Le printemps sera chargé.</p>"),
            b.heading("Précisions", "h3"),
            b.numbered_points(
                b.point("Un jeu de course"), b.point("Un jeu de rôle"), b.point("Un jeu de course")
            ),
            b.heading("Les sorties du printemps"),
            b.quote("Rien ne presse.", "Une développeuse"),
            b.conclusion("<p>À vos manettes.</p>", title="En résumé"),
        ),
    )


def test_article_has_exactly_one_h1(client, article):
    soup = page_soup(client, article.url)
    assert [h1.get_text(strip=True) for h1 in soup.find_all("h1")] == ["Dix jeux à attendre"]


def test_article_shows_its_standfirst(client, article):
    soup = page_soup(client, article.url)
    assert soup.select_one(".article__standfirst").get_text() == article.standfirst


def test_ids_are_unique_in_the_page(client, article):
    ids = [tag["id"] for tag in page_soup(client, article.url).find_all(id=True)]
    assert len(ids) == len(set(ids))


def test_repeated_titles_get_distinct_anchors(client, article):
    soup = page_soup(client, article.url)
    h2_ids = [h2["id"] for h2 in soup.select(".article__body h2.block-heading")]
    assert h2_ids[:2] == ["les-sorties-du-printemps", "les-sorties-du-printemps-2"]


def test_every_toc_link_points_to_an_element_of_the_page(client, article):
    soup = page_soup(client, article.url)
    links = soup.select(".toc a")
    assert len(links) == 7  # two h2, one h3, three points and the conclusion
    for link in links:
        assert soup.find(id=link["href"].removeprefix("#")) is not None, link


def test_anchors_stay_the_same_when_another_part_of_the_body_changes(client, article):
    before = [a["href"] for a in page_soup(client, article.url).select(".toc a")]
    article.body.insert(0, ("paragraph", RichText("<p>Un chapeau ajouté en tête.</p>")))
    article.save_revision().publish()
    page = page_soup(client, article.url)
    assert "Un chapeau ajouté en tête." in page.select_one(".article__body").get_text()
    assert [a["href"] for a in page.select(".toc a")] == before


def test_numbered_points_render_as_an_ordered_list(client, article):
    ol = page_soup(client, article.url).select_one(".article__body ol.block-numbered-points")
    items = ol.find_all("li", recursive=False)
    assert [li.h3.get_text(strip=True) for li in items] == [
        "Un jeu de course",
        "Un jeu de rôle",
        "Un jeu de course",
    ]


def test_point_numbers_come_from_their_order_not_from_their_titles(client, article):
    toc = [a.get_text(strip=True) for a in page_soup(client, article.url).select(".toc a")]
    assert toc[2:5] == ["1. Un jeu de course", "2. Un jeu de rôle", "3. Un jeu de course"]


def test_conclusion_is_the_last_section(client, article):
    body = page_soup(client, article.url).select_one(".article__body")
    children = body.find_all(recursive=False)
    assert "block-conclusion" in children[-1]["class"]
    assert children[-1].h2.get_text() == "En résumé"


def test_dates_are_written_in_french(client, category):
    article = ArticlePageFactory(
        parent=category,
        first_published_at=datetime(2026, 11, 24, 10, tzinfo=PARIS),
        last_published_at=datetime(2026, 11, 24, 12, tzinfo=PARIS),
    )
    byline = page_soup(client, article.url).select_one(".byline").get_text(" ", strip=True)
    assert "24 novembre 2026" in byline
    assert "mis à jour" not in byline


def test_an_update_note_gives_the_update_date(client, category):
    article = ArticlePageFactory(
        parent=category,
        first_published_at=datetime(2026, 3, 1, 10, tzinfo=PARIS),
        last_published_at=datetime(2026, 3, 1, 10, tzinfo=PARIS),
    )
    ArticlePageUpdateFactory(page=article, date=datetime(2026, 4, 2, 9, tzinfo=PARIS))
    byline = page_soup(client, article.url).select_one(".byline").get_text(" ", strip=True)
    assert "1er mars 2026" in byline
    assert "mis à jour le 2 avril 2026" in byline


def test_a_later_publish_without_a_note_is_no_update(client, category):
    article = ArticlePageFactory(
        parent=category,
        first_published_at=datetime(2026, 3, 1, 10, tzinfo=PARIS),
        last_published_at=datetime(2026, 4, 2, 9, tzinfo=PARIS),
    )
    byline = page_soup(client, article.url).select_one(".byline").get_text(" ", strip=True)
    assert "mis à jour" not in byline


def test_byline_lists_authors_in_order(client, article):
    for order, name in enumerate(["Zoé Martin", "Adrien Noël"]):
        ArticlePageAuthorFactory(page=article, author=AuthorFactory(name=name), sort_order=order)
    byline = page_soup(client, article.url).select_one(".byline__authors").get_text(" ", strip=True)
    assert byline == "Par Zoé Martin et Adrien Noël"


def test_reading_time_is_shown(client, article):
    assert "1 minute de lecture" in page_soup(client, article.url).select_one(".byline").get_text()


def test_hero_image_has_srcset_size_and_alt_override(client, category):
    article = ArticlePageFactory(
        parent=category, hero_image=ImageFactory(), hero_image_alt="Une manette posée"
    )
    img = page_soup(client, article.url).select_one(".article__hero img")
    assert img["alt"] == "Une manette posée"
    assert img["width"] and img["height"]
    assert ".webp 800w" in img["srcset"]
    assert img.get("loading") is None  # the hero is above the fold


def test_body_images_load_lazily(client, category):
    picture = ImageFactory(description="Un écran")
    article = ArticlePageFactory(
        parent=category,
        body=b.body(b.heading("Vue"), b.image(picture.pk, "Légende", "Photo X", alt="Un écran")),
    )
    figure = page_soup(client, article.url).select_one(".block-image")
    assert figure.img["loading"] == "lazy"
    assert figure.img["alt"] == "Un écran"
    assert "Photo X" in figure.figcaption.get_text()


def test_tags_are_listed(client, category):
    article = ArticlePageFactory(parent=category, tags=["Nintendo", "Switch"])
    tags = [
        li.get_text(strip=True) for li in page_soup(client, article.url).select(".tag-list .tag")
    ]
    assert sorted(tags) == ["Nintendo", "Switch"]


def test_share_links_load_no_script(client, article):
    soup = page_soup(client, article.url)
    assert soup.select(".share a[href^='https://']")
    for script in program_scripts(soup):
        assert script.get("src", "").startswith("/static/"), script  # our own files only


def test_page_has_no_inline_style(client, article):
    html = client.get(article.url).content.decode()
    assert "style=" not in html
    assert "<style" not in html


def test_title_keeps_its_colon_on_the_same_line(client, category):
    article = ArticlePageFactory(parent=category, title="Le jeu vidéo : un art ?")
    h1 = page_soup(client, article.url).h1.get_text()
    assert h1 == "Le jeu vidéo\u202f: un art\u202f?"


def test_hero_image_shows_its_caption_and_credit(client, category):
    article = ArticlePageFactory(
        parent=category,
        hero_image=ImageFactory(),
        hero_caption="Le stand du salon, à l'ouverture",
        hero_credit="Photo : Léa Roux",
    )
    caption = page_soup(client, article.url).select_one(".article__hero figcaption")
    assert caption.get_text(" ", strip=True) == "Le stand du salon, à l'ouverture Photo : Léa Roux"
    assert caption.select_one(".figure-caption__credit").get_text() == "Photo : Léa Roux"


def test_hero_image_without_caption_or_credit_has_no_figcaption(client, category):
    article = ArticlePageFactory(parent=category, hero_image=ImageFactory())
    assert page_soup(client, article.url).select_one(".article__hero figcaption") is None
