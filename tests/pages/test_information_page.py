"""What a reader sees on an information page, the legal notice included."""

from django.test import Client

from wagtail.blocks import StreamBlockValidationError

import pytest

from magazine.articles import stream_data as b
from magazine.pages.blocks import InformationBodyBlock
from tests.factories.images import ImageFactory
from tests.factories.pages import InformationPageFactory
from tests.support.html import soup


def test_the_title_is_the_only_h1_followed_by_the_introduction(client, home_page):
    page = InformationPageFactory(
        parent=home_page, title="À propos", introduction="Qui écrit le magazine, et pourquoi."
    )
    html = soup(client.get(page.url))
    assert [h1.get_text() for h1 in html.find_all("h1")] == ["À propos"]
    assert html.select_one(".information__introduction").get_text() == (
        "Qui écrit le magazine, et pourquoi."
    )


def test_the_body_shows_its_heading_paragraph_image_and_quote(client, home_page):
    picture = ImageFactory(description="Les bureaux de la rédaction")
    page = InformationPageFactory(
        parent=home_page,
        body=b.body(
            b.heading("Notre rédaction"),
            b.paragraph("<p>Cinq journalistes <b>indépendants</b>.</p>"),
            b.image(picture.pk, caption="La salle de rédaction", alt="Les bureaux de la rédaction"),
            b.quote("Vérifier avant de publier.", "La charte"),
        ),
    )
    body = soup(client.get(page.url)).select_one(".information__body")
    assert body.h2.get_text() == "Notre rédaction"
    assert body.select_one(".block-paragraph b").get_text() == "indépendants"
    assert body.select_one(".block-image img")["alt"] == "Les bureaux de la rédaction"
    assert body.select_one(".block-image figcaption").get_text(strip=True) == (
        "La salle de rédaction"
    )
    assert body.blockquote.get_text(strip=True) == "Vérifier avant de publier."
    assert body.select_one(".block-quote__attribution").get_text() == "La charte"


def test_the_meta_description_is_the_introduction(client, home_page):
    page = InformationPageFactory(parent=home_page, introduction="Nous écrire, nous appeler.")
    meta = soup(client.get(page.url)).find("meta", attrs={"name": "description"})
    assert meta["content"] == "Nous écrire, nous appeler."


def test_the_search_description_overrides_the_introduction(client, home_page):
    page = InformationPageFactory(
        parent=home_page, introduction="Nous écrire.", search_description="Contacter la rédaction."
    )
    meta = soup(client.get(page.url)).find("meta", attrs={"name": "description"})
    assert meta["content"] == "Contacter la rédaction."


def test_the_legal_page_names_publisher_director_host_and_contact(
    client, home_page, legal_settings
):
    page = InformationPageFactory(
        parent=home_page, title="Mentions légales", show_legal_details=True
    )
    details = soup(client.get(page.url)).select_one(".legal-details")
    entries = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
        for dt in details.find_all("dt")
    }
    assert entries == {
        "Éditeur": (
            "Éditions Exemple SAS SAS au capital de 1 000 €, RCS Paris 000 000 000 "
            "12 rue de l'Exemple 75000 Paris Téléphone\u202f: 01 99 00 12 34"
        ),
        "Directeur ou directrice de la publication": "Claire Vasseur",
        "Hébergeur": "Hébergeur Exemple SARL 8 quai des Données 69000 Lyon "
        "Téléphone\u202f: 01 99 00 56 78",
        "Contact": "redaction@magazine.example",
    }
    assert details.select_one('a[href^="mailto:"]')["href"] == "mailto:redaction@magazine.example"
    assert details.select_one('a[href^="tel:"]')["href"] == "tel:0199001234"


def test_legal_details_appear_only_where_the_editor_asks(client, home_page, legal_settings):
    page = InformationPageFactory(parent=home_page, title="À propos")
    html = soup(client.get(page.url))
    assert html.select_one(".legal-details") is None
    assert "Claire Vasseur" not in html.get_text()


def test_the_legal_page_is_the_same_html_for_every_reader_with_no_inline_code(
    home_page, legal_settings
):
    page = InformationPageFactory(parent=home_page, show_legal_details=True)
    first, second = Client().get(page.url), Client().get(page.url)
    assert first.content == second.content
    assert not first.cookies
    html = soup(first)
    assert not html.find("style")
    assert not html.find(attrs={"style": True})
    assert all(script.get("src") for script in html.find_all("script"))


def test_a_draft_information_page_is_not_served(client, home_page):
    InformationPageFactory(parent=home_page, slug="brouillon", live=False)
    assert client.get("/brouillon/").status_code == 404


def test_the_body_refuses_an_h3_before_the_first_h2():
    block = InformationBodyBlock()
    body = block.to_python(
        [
            {"type": "heading", "value": {"text": "Détail", "level": "h3"}},
            {"type": "heading", "value": {"text": "Section", "level": "h2"}},
        ]
    )
    with pytest.raises(StreamBlockValidationError) as caught:
        block.clean(body)
    assert list(caught.value.block_errors) == [0]
    assert "ne peut pas précéder" in caught.value.block_errors[0].messages[0]
