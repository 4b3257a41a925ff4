"""Post bodies as article blocks: classic text, shortcodes and numbered runs."""

import pytest

from magazine.wordpress.body import FoundImage, convert_body

pytestmark = pytest.mark.django_db


def no_image(ref):
    return None


def types(body) -> list[str]:
    return [block["type"] for block in body.blocks]


def test_classic_text_becomes_paragraphs_and_unknown_shortcodes_are_named():
    body = convert_body("Premier.\n\nSecond [bouton lien=x]ici[/bouton].", no_image)
    assert types(body) == ["paragraph"]
    assert body.blocks[0]["value"] == "<p>Premier.</p><p>Second ici.</p>"
    assert body.warnings == ["code court [bouton] retiré, son texte est gardé"]


def test_numbered_paragraphs_become_numbered_points():
    html = (
        "<h2>Nos conseils</h2><p>1. Dormir : avant tout.</p><p>Vraiment.</p>"
        "<p>2. Manger : bien.</p><h2>Conclusion</h2><p>Voilà.</p>"
    )
    body = convert_body(html, no_image)
    assert types(body) == ["heading", "numbered_points", "conclusion"]
    points = body.blocks[1]["value"]
    assert [p["value"]["title"] for p in points] == ["Dormir", "Manger"]
    assert points[0]["value"]["body"] == "<p>avant tout.</p><p>Vraiment.</p>"


def test_caption_shortcode_becomes_an_image_with_caption():
    html = (
        '[caption id="a_5"]<img class="wp-image-5" src="/x.png" alt="Un phare"> Le phare[/caption]'
    )
    body = convert_body(
        html, lambda ref: FoundImage(42, "phare") if ref.attachment_id == 5 else None
    )
    assert types(body) == ["image"]
    value = body.blocks[0]["value"]
    assert (value["image"]["image"], value["caption"], value["image"]["alt_text"]) == (
        42,
        "Le phare",
        "Un phare",
    )


def test_embed_without_provider_is_kept_as_a_link():
    body = convert_body("[embed]https://www.youtube.com/watch?v=abc[/embed]", no_image)
    assert types(body) == ["paragraph"]
    assert 'href="https://www.youtube.com/watch?v=abc"' in body.blocks[0]["value"]
    assert "contenu intégré introuvable" in body.warnings[0]
