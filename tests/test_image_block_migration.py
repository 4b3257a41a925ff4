"""The migration that moved stored image blocks to Wagtail's ImageBlock keeps what they held."""

import importlib

MIGRATION = importlib.import_module("magazine.articles.migrations.0003_image_block_alt_text")


def test_an_old_image_block_keeps_its_image_caption_credit_and_alt_override():
    old = {"image": 12, "caption": "Une légende", "credit": "Photo : A.", "alt": "Un écran"}
    assert MIGRATION.ImageToImageBlockOperation().apply(old) == {
        "image": {"image": 12, "alt_text": "Un écran", "decorative": False},
        "caption": "Une légende",
        "credit": "Photo : A.",
    }


def test_an_old_image_block_without_override_gets_an_empty_alt_text():
    old = {"image": 12, "caption": "", "credit": "", "alt": ""}
    new = MIGRATION.ImageToImageBlockOperation().apply(old)
    assert new["image"] == {"image": 12, "alt_text": "", "decorative": False}


def test_a_block_already_migrated_is_left_as_it_is():
    new = {"image": {"image": 12, "alt_text": "Un écran", "decorative": True}, "caption": ""}
    assert MIGRATION.ImageToImageBlockOperation().apply(new) == new
