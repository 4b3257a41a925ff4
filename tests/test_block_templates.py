"""Each block renders on its own through its template, as the editor's preview shows it."""

from django.core.exceptions import ValidationError

import pytest
from bs4 import BeautifulSoup

from magazine.articles import stream_data as b
from magazine.articles.blocks import (
    ArticleBodyBlock,
    ArticleImageBlock,
    ConclusionBlock,
    HeadingBlock,
    NumberedPointsBlock,
    ParagraphBlock,
    QuoteBlock,
)
from tests.factories.images import ImageFactory

# The labels editors read in the block menu; Wagtail would otherwise show the English names.
FRENCH_LABELS = {
    "heading": "Intertitre",
    "paragraph": "Paragraphe",
    "numbered_points": "Points numérotés",
    "image": "Image",
    "quote": "Citation",
    "embed": "Contenu intégré",
    "review": "Test",
    "game_sheet": "Fiche de jeu",
    "product_sheet": "Fiche produit",
    "spoiler": "Divulgâcheur",
    "accessibility": "Accessibilité",
    "conclusion": "Conclusion",
}


def render(block, raw: dict) -> BeautifulSoup:
    """Render `block` with the value of the raw block `raw` (from `stream_data`)."""
    return BeautifulSoup(block.render(block.to_python(raw["value"])), "html.parser")


def test_heading_renders_its_level():
    soup = render(HeadingBlock(), b.heading("Les détails", "h3"))
    assert soup.h3.get_text() == "Les détails"


def test_heading_without_outline_has_no_empty_id():
    soup = render(HeadingBlock(), b.heading("Les détails", "h2"))
    assert not soup.h2.has_attr("id")


def test_paragraph_keeps_links_and_emphasis():
    soup = render(
        ParagraphBlock(),
        b.paragraph('<p>Du <b>gras</b> et un <a href="https://example.org">lien</a></p>'),
    )
    assert soup.find("b").get_text() == "gras"
    assert soup.find("a")["href"] == "https://example.org"


def test_numbered_points_preview_is_an_ordered_list():
    raw = b.numbered_points(b.point("Un"), b.point("Deux"), b.point("Trois"))
    soup = render(NumberedPointsBlock(), raw)
    assert [h3.get_text() for h3 in soup.select("ol > li > h3")] == ["Un", "Deux", "Trois"]


def test_quote_renders_text_and_attribution():
    soup = render(QuoteBlock(), b.quote("Tout est possible.", "Ada"))
    assert soup.blockquote.get_text(strip=True) == "Tout est possible."
    assert soup.figcaption.get_text() == "Ada"


def test_conclusion_renders_its_title_and_text():
    soup = render(ConclusionBlock(), b.conclusion("<p>Enfin.</p>"))
    assert soup.h2.get_text() == "Conclusion"
    assert "Enfin." in soup.get_text()


def test_image_uses_the_alt_override(db):
    image = ImageFactory(description="Description de l'image")
    soup = render(ArticleImageBlock(), b.image(image.pk, "Légende", "Photo : A.", "Autre texte"))
    assert soup.img["alt"] == "Autre texte"
    assert soup.img["width"] == "800"
    assert soup.figcaption.get_text(" ", strip=True) == "Légende Photo : A."


def test_image_without_alt_override_uses_the_image_description(db):
    image = ImageFactory(description="Description de l'image")
    soup = render(ArticleImageBlock(), b.image(image.pk))
    assert soup.img["alt"] == "Description de l'image"


def test_decorative_image_has_an_empty_alt(db):
    image = ImageFactory(description="Description de l'image")
    soup = render(ArticleImageBlock(), b.image(image.pk, alt="Ignoré", decorative=True))
    assert soup.img["alt"] == ""


def test_image_block_needs_alt_text_unless_decorative(db):
    block = ArticleImageBlock()
    image = ImageFactory()
    missing = block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": False}})
    with pytest.raises(ValidationError) as caught:
        block.clean(missing)
    assert "alt_text" in caught.value.block_errors["image"].block_errors
    decorative = block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": True}})
    assert block.clean(decorative)["image"].decorative is True


def test_every_block_preview_value_renders(db):
    ImageFactory(description="Une image de la médiathèque")
    for name, block in ArticleBodyBlock().child_blocks.items():
        assert block.is_previewable, name
        assert block.get_description(), name
        html = block.render(block.get_preview_value())
        assert BeautifulSoup(html, "html.parser").get_text(strip=True) or "<img" in html, name


def test_embed_without_provider_falls_back_to_a_link(db):
    stream = ArticleBodyBlock()
    value = stream.to_python(b.body(b.embed("https://video.example/v/1")))
    soup = BeautifulSoup(value[0].render(), "html.parser")
    assert soup.a["href"] == "https://video.example/v/1"


def test_every_block_has_its_template_help_text_and_icon():
    for name, block in ArticleBodyBlock().child_blocks.items():
        assert block.meta.template == f"blocks/{name}.html", name
        assert block.meta.help_text, name
        assert block.meta.icon, name


def test_every_block_has_a_french_label():
    labels = {name: str(block.label) for name, block in ArticleBodyBlock().child_blocks.items()}
    assert labels == FRENCH_LABELS


def test_every_block_field_has_help_text():
    for name, block in ArticleBodyBlock().child_blocks.items():
        children = getattr(block, "child_blocks", None) or getattr(
            getattr(block, "child_block", None), "child_blocks", {}
        )
        for child_name, child in children.items():
            help_text = child.field.help_text if hasattr(child, "field") else child.meta.help_text
            assert help_text, f"{name}.{child_name}"
