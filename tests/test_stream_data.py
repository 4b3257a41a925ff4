"""The body builders shared by tests, demo content and benchmark make blocks the body keeps."""

from magazine.articles import stream_data as b
from magazine.articles.blocks import ArticleBodyBlock
from tests.factories.images import ImageFactory


def test_builders_cover_every_block_and_the_body_keeps_each_value(db, settings):
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "tests.support.embeds.LocalVideoFinder"}]
    raw = b.body(
        b.heading("Partie", "h2"),
        b.paragraph("<p>Du texte.</p>"),
        b.numbered_points(b.point("Un", "<p>Le premier.</p>"), b.point("Deux")),
        b.image(ImageFactory().pk, "Légende", "Photo : A.", "Autre texte"),
        b.quote("Tout est possible.", "Ada"),
        b.embed("https://video.example/v/1"),
        b.conclusion("<p>Enfin.</p>", title="En bref"),
    )
    stream = ArticleBodyBlock()
    body = stream.clean(stream.to_python(raw))
    assert [child.block_type for child in body] == list(stream.child_blocks)
    assert stream.get_prep_value(body) == raw
