"""What readers see of a test: the box with its word from the scale, sheets, spoilers and
accessibility checklists, all semantic HTML with no inline style or script."""

from magazine.articles import stream_data as b
from magazine.reviews.models import RatingRange
from tests.factories.pages import ArticlePageFactory
from tests.support.html import page_soup


def test_the_test_box_shows_score_word_pros_cons_and_verdict(client, review_article):
    box = page_soup(client, review_article.url).select_one("section.review")
    assert box.h2.get_text(strip=True) == "Les Brumes d'Armor"
    score = box.select_one(".review__score data")
    assert (score["value"], score.get_text()) == ("8.5", "8,5")
    assert box.select_one(".review__maximum").get_text() == "/10"
    assert box.select_one(".review__label").get_text() == "Très bon"
    assert [h3.get_text() for h3 in box.select("h3")] == ["Les plus", "Les moins", "Verdict"]
    assert [li.get_text() for li in box.select(".review__pros li")] == [
        "Une direction artistique superbe",
        "Des combats nerveux",
    ]
    assert [li.get_text() for li in box.select(".review__cons li")] == ["Une fin expédiée"]
    assert "Une aventure généreuse." in box.select_one(".review__verdict").get_text()
    assert "Testé sur PS5, version 1.02" in box.footer.get_text()
    links = {a.get_text(): a["href"] for a in box.footer.select("a")}
    assert links == {
        "Notre protocole de test": "/notre-protocole-de-test/",
        "Tout sur Les Brumes d'Armor": "/jeux/les-brumes-d-armor/",
    }
    assert not box.select("[style], script")


def test_the_word_comes_from_the_scale_editors_change(client, review_article, scale):
    RatingRange.objects.filter(scale=scale, label="Très bon").update(label="Recommandé")
    scale.save()
    box = page_soup(client, review_article.url).select_one("section.review")
    assert box.select_one(".review__label").get_text() == "Recommandé"


def test_a_test_without_score_shows_no_score(client, category, product):
    body = b.body(b.review("Un bon téléphone.", product_id=product.pk), b.conclusion("<p>.</p>"))
    article = ArticlePageFactory(parent=category, body=body)
    box = page_soup(client, article.url).select_one("section.review")
    assert box.h2.get_text() == "Fairphone 6"
    assert not box.select(".review__score, .review__label, data")


def test_a_game_sheet_shows_releases_with_their_precision(client, category, game):
    article = ArticlePageFactory(parent=category, body=b.body(b.game_sheet(game.pk)))
    sheet = page_soup(client, article.url).select_one("section.sheet")
    assert sheet.h2.get_text() == "Fiche\u202f: Les Brumes d'Armor"
    facts = {
        dt.get_text(): dt.find_next_sibling("dd").get_text(" ", strip=True)
        for dt in sheet.select("dt")
    }
    assert (
        facts["Sorties"] == "PlayStation 5\u202f: 24 novembre 2026 Nintendo Switch 2\u202f: T1 2027"
    )
    assert facts["PEGI"] == "PEGI 16 (Violence, Peur)"
    assert facts["Joueurs"] == "1 joueur"
    assert sheet.select_one(".sheet__more a")["href"] == "/jeux/les-brumes-d-armor/"


def test_a_product_sheet_shows_its_specifications_in_order(client, category, product):
    article = ArticlePageFactory(parent=category, body=b.body(b.product_sheet(product.pk)))
    sheet = page_soup(client, article.url).select_one("section.sheet")
    terms = [dt.get_text() for dt in sheet.select("dt")]
    assert terms == ["Marque", "Prix de lancement", "Écran"]
    assert sheet.select("dd")[1].get_text() == "549 €"


def test_a_spoiler_is_a_details_element_closed_until_opened(client, category):
    body = b.body(b.paragraph("<p>Avant.</p>"), b.spoiler("<p>Le mentor était le traître.</p>"))
    article = ArticlePageFactory(parent=category, body=body)
    details = page_soup(client, article.url).select_one("details.block-spoiler")
    assert not details.has_attr("open")
    assert details.summary.get_text() == "Attention, divulgâcheur : cliquez pour lire"
    assert "Le mentor était le traître." in details.get_text()


def test_the_accessibility_checklist_lists_the_features_checked(client, category):
    block = b.accessibility(
        "Visée assistée.", subtitles="yes", remapping="partial", one_handed="no"
    )
    article = ArticlePageFactory(parent=category, body=b.body(block))
    section = page_soup(client, article.url).select_one("section.block-accessibility")
    rows = [
        (row.dt.get_text(), row.dd.get_text(), row["class"][1])
        for row in section.select(".checklist__row")
    ]
    assert rows == [
        ("Sous-titres", "Oui", "checklist__row--yes"),
        ("Commandes reconfigurables", "En partie", "checklist__row--partial"),
        ("Jouable d'une main", "Non", "checklist__row--no"),
    ]
    assert "Visée assistée." in section.get_text()


def test_an_article_page_carries_the_cache_tags_of_what_it_shows(client, review_article, game):
    response = client.get(review_article.url)
    assert f"game-{game.pk}" in response["X-Cache-Tags"].split()
