"""Hostile input in every field: a form error or a 4xx, never a 500, and nothing stored."""

from django.conf import settings

import pytest

from magazine.comments.models import Comment
from tests.factories.pages import InformationPageFactory
from tests.support.html import soup

HOSTILE = {
    "name": [
        "x" * 10_000,
        "Léa\x00",
        "Léa\x07",
        "Léa\r\nBcc: victime@exemple.org",
        "<script>alert(1)</script>",
        "Léa\u202eegaugnal",
        "   ",
    ],
    "email": [
        "a" * 10_000 + "@exemple.org",
        "lea@exemple.org\x00",
        "lea@exemple.org\r\nBcc: victime@exemple.org",
        "<script>@exemple.org",
        "pas-une-adresse",
        "",
    ],
    "website": [
        "https://exemple.org/" + "x" * 10_000,
        "https://exemple.org/\x00",
        "https://exemple.org/\x07",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "https://exemple.org/\r\nSet-Cookie: x=1",
    ],
    "body": ["x" * 10_000, "Bonjour\x00", "Bonjour\x1b[31m", "Bonjour\u202e", " \n "],
    "parent": ["abc", "-1", "9" * 30, "1.5"],
    "stamp": ["", "x" * 10_000, "1:2:3", "\x00"],
}
CASES = [(field, value) for field, values in HOSTILE.items() for value in values]


@pytest.mark.parametrize(
    ("field", "value"), CASES, ids=[f"{f}-{i}" for i, (f, _) in enumerate(CASES)]
)
def test_hostile_field_gets_a_form_error_and_stores_nothing(post_comment, article, field, value):
    response = post_comment(article, **{field: value})
    assert response.status_code == 400
    assert soup(response).select_one(".comment-form__errors")
    assert not Comment.objects.exists()


def test_the_text_the_reader_sent_is_given_back_after_an_error(post_comment, article):
    response = post_comment(article, email="pas-une-adresse", body="Mon <b>long</b> texte.")
    form = soup(response).select_one("form.comment-form")
    assert form.select_one("textarea[name=body]").get_text().strip() == "Mon <b>long</b> texte."
    assert form.select_one("#champ-email_error").get_text() == (
        "Saisissez une adresse e-mail valide, comme nom@exemple.fr."
    )


def test_a_thousand_fields_are_refused(client, article):
    from .conftest import SAME_ORIGIN, comment_data

    data = {**comment_data(article), **{f"champ{i}": "x" for i in range(1_100)}}
    assert client.post("/commentaires/", data, **SAME_ORIGIN).status_code == 400
    assert not Comment.objects.exists()


def test_a_body_over_the_upload_limit_is_refused(client, article):
    from .conftest import SAME_ORIGIN, comment_data

    data = comment_data(article, body="x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10))
    assert client.post("/commentaires/", data, **SAME_ORIGIN).status_code == 400
    assert not Comment.objects.exists()


@pytest.mark.parametrize("article_id", ["", "abc", "-3", "99999999", "9" * 40, "1 OR 1=1"])
def test_a_missing_or_unknown_article_is_not_found(post_comment, article, article_id):
    assert post_comment(article, article=article_id).status_code == 404
    assert not Comment.objects.exists()


def test_a_page_of_another_type_is_not_found(post_comment, home_page, category, article):
    information = InformationPageFactory(parent=home_page)
    for page in (home_page, category, information):
        assert post_comment(article, article=str(page.pk)).status_code == 404
    assert not Comment.objects.exists()


def test_a_draft_article_is_not_found(post_comment, article):
    article.unpublish()
    assert post_comment(article).status_code == 404
    assert not Comment.objects.exists()


def test_the_comment_url_answers_get_with_405(client, article):
    assert client.get("/commentaires/").status_code == 405


def test_html_in_a_comment_is_shown_as_text(client, post_comment, article):
    from tests.factories.comments import CommentFactory

    CommentFactory(article=article, email="camille@lecteurs.example")
    hostile = '<script>alert("x")</script> <img src=x onerror=alert(1)> "quotes" & co'
    response = post_comment(article, body=hostile + "\nhttps://exemple.org/a?b=1&c=2")
    page = soup(client.get(response["Location"]))
    body = page.select_one(f"#{Comment.objects.get(body__startswith='<script>').anchor}")
    text = body.select_one(".comment__body")
    assert not text.find("script") and not text.find("img")
    assert text.get_text().startswith(hostile)
    assert text.find("br")
    link = text.find("a")
    assert link["href"] == "https://exemple.org/a?b=1&c=2"
    assert link["rel"] == ["nofollow", "ugc", "noopener"]
