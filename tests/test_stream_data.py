"""The body builders shared by tests, demo content and benchmark make blocks the body keeps."""

from magazine.articles import stream_data as b
from magazine.articles.blocks import ArticleBodyBlock
from tests.factories.images import ImageFactory
from tests.factories.pages import InformationPageFactory
from tests.factories.reviews import GameFactory, ProductFactory, scale_with_labels


def test_builders_cover_every_block_and_the_body_keeps_each_value(home_page, settings):
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "tests.support.embeds.LocalVideoFinder"}]
    raw = b.body(
        b.heading("Partie", "h2"),
        b.paragraph("<p>Du texte.</p>"),
        b.numbered_points(b.point("Un", "<p>Le premier.</p>"), b.point("Deux")),
        b.image(ImageFactory().pk, "Légende", "Photo : A.", "Autre texte"),
        b.quote("Tout est possible.", "Ada"),
        b.embed("https://video.example/v/1"),
        b.review(
            "Une réussite.",
            game_id=(game := GameFactory()).pk,
            scale_id=scale_with_labels().pk,
            score="8.5",
            pros=("Beau",),
            cons=("Court",),
            tested_on="PS5",
            protocol_id=InformationPageFactory(parent=home_page).pk,
        ),
        b.game_sheet(game.pk),
        b.product_sheet(ProductFactory().pk),
        b.spoiler("<p>Le traître, c'était lui.</p>"),
        b.accessibility("Une note.", subtitles="yes", remapping="partial", colour_blind="no"),
        b.conclusion("<p>Enfin.</p>", title="En bref"),
    )
    stream = ArticleBodyBlock()
    body = stream.clean(stream.to_python(raw))
    assert [child.block_type for child in body] == list(stream.child_blocks)
    assert stream.get_prep_value(body) == raw
