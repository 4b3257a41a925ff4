"""The body's structural rules, enforced by the StreamField's own validation."""

from django.core.exceptions import ValidationError

from wagtail.blocks import StreamBlockValidationError

import pytest

from magazine.articles import stream_data as b
from magazine.articles.blocks import ArticleBodyBlock
from tests.factories.pages import ArticlePageFactory


def clean(*blocks: dict):
    stream = ArticleBodyBlock()
    return stream.clean(stream.to_python(b.body(*blocks)))


def block_errors(*blocks: dict) -> dict:
    with pytest.raises(StreamBlockValidationError) as caught:
        clean(*blocks)
    return caught.value.block_errors


def messages(error: ValidationError) -> str:
    return " ".join(error.messages)


def test_a_well_formed_body_is_valid():
    cleaned = clean(
        b.heading("Titre"),
        b.paragraph("<p>Un paragraphe.</p>"),
        b.numbered_points(b.point("Un"), b.point("Deux")),
        b.conclusion("<p>Pour finir.</p>"),
    )
    assert [child.block_type for child in cleaned] == [
        "heading",
        "paragraph",
        "numbered_points",
        "conclusion",
    ]


def test_conclusion_must_be_last():
    errors = block_errors(
        b.heading("Titre"), b.conclusion("<p>Pour finir.</p>"), b.paragraph("<p>Un paragraphe.</p>")
    )
    assert list(errors) == [1]
    assert "dernier bloc" in messages(errors[1])


def test_only_one_conclusion_is_allowed():
    errors = block_errors(
        b.heading("Titre"), b.conclusion("<p>Pour finir.</p>"), b.conclusion("<p>Pour finir.</p>")
    )
    assert list(errors) == [2]
    assert "qu'une seule conclusion" in messages(errors[2])


def test_h3_before_the_first_h2_is_refused():
    errors = block_errors(b.heading("Sous-partie", "h3"), b.heading("Partie"))
    assert list(errors) == [0]
    assert "ne peut pas précéder" in messages(errors[0])


def test_h3_after_an_h2_is_accepted():
    cleaned = clean(b.heading("Partie"), b.heading("Sous-partie", "h3"))
    assert [child.value["level"] for child in cleaned] == ["h2", "h3"]


def test_numbered_point_needs_a_title():
    errors = block_errors(b.heading("Titre"), b.numbered_points(b.point("Un"), b.point("  ")))
    point_errors = errors[1].block_errors[1]
    assert "doit avoir un titre" in messages(point_errors.block_errors["title"])


def test_heading_needs_text():
    errors = block_errors(b.heading("   "))
    assert "doit avoir un texte" in messages(errors[0].block_errors["text"])


def test_every_broken_rule_is_reported_at_once():
    errors = block_errors(
        b.heading("Sous-partie", "h3"),
        b.numbered_points(b.point("")),
        b.conclusion("<p>Pour finir.</p>"),
        b.paragraph("<p>Un paragraphe.</p>"),
    )
    assert sorted(errors) == [0, 1, 2]
    assert "ne peut pas précéder" in messages(errors[0])
    assert "doit avoir un titre" in messages(errors[1].block_errors[0].block_errors["title"])
    assert "dernier bloc" in messages(errors[2])


def test_drafts_defer_the_structural_rules():
    stream = ArticleBodyBlock()
    body = b.body(b.conclusion("<p>Pour finir.</p>"), b.heading("Sous-partie", "h3"))
    cleaned = stream.clean_deferred(stream.to_python(body))
    assert [child.block_type for child in cleaned] == ["conclusion", "heading"]


def test_page_full_clean_reports_the_body_rule(category):
    article = ArticlePageFactory.build(
        body=b.body(b.conclusion("<p>Pour finir.</p>"), b.paragraph("<p>Un paragraphe.</p>"))
    )
    with pytest.raises(ValidationError) as caught:
        category.add_child(instance=article)
    assert "body" in caught.value.error_dict
