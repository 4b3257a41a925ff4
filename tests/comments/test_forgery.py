"""Forged submissions from other sites are refused; the site's own cached page works."""

from django.test import Client

import pytest

from magazine.comments.models import Comment
from tests.support.html import soup

from .conftest import comment_data


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://pirate.example", "HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_ORIGIN": "https://pirate.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_REFERER": "https://pirate.example/page/"},
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_REFERER": "http://testserver/"},
        {},
    ],
    ids=[
        "fetch-metadata",
        "origin",
        "null-origin",
        "same-site",
        "referer",
        "fetch-metadata-over-referer",
        "no-header",
    ],
)
def test_a_post_from_another_origin_is_refused_and_stores_nothing(post_comment, article, headers):
    response = post_comment(article, headers=headers)
    assert response.status_code == 403
    assert "ne vient pas d'une page du magazine" in soup(response).get_text()
    assert not Comment.objects.exists()


def test_a_trusted_origin_is_accepted(settings, post_comment, article):
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.magazine.example"]
    headers = {"HTTP_ORIGIN": "https://www.magazine.example", "HTTP_SEC_FETCH_SITE": "same-site"}
    assert post_comment(article, headers=headers).status_code == 303


def test_an_old_browser_sending_only_its_referer_is_accepted(post_comment, article):
    referer = {"HTTP_REFERER": f"http://testserver{article.url}"}
    assert post_comment(article, headers=referer).status_code == 303


def test_the_page_as_served_to_anyone_posts_with_no_session_or_cookie(article):
    """The form as a cache would serve it, sent back by a reader with no cookie at all."""
    reader = Client(enforce_csrf_checks=True)
    page = soup(reader.get(article.url))
    form = page.select_one("form.comment-form")
    data = {field["name"]: field.get("value", "") for field in form.select("input")}
    data.update(name="Léa", email="lea@lecteurs.example", body="Bravo.")
    data["stamp"] = comment_data(article)["stamp"]  # the reader took a minute to write
    assert not reader.cookies
    response = reader.post(form["action"], data, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 303
    assert Comment.objects.get().body == "Bravo."
