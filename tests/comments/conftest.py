"""Fixtures for the comment tests: an open article, and a reader who posts as a browser does."""

import time
from collections.abc import Callable

from django.test import Client

import pytest

from magazine.articles.models import ArticlePage
from magazine.comments.spam import form_stamp
from tests.factories.pages import ArticlePageFactory

# What a browser sends with a form of the site itself (the test client's host is testserver).
SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"}


def aged_stamp(article: ArticlePage, seconds: float = 60) -> str:
    """The stamp of a form made `seconds` ago: a reader who took that long to write."""
    return form_stamp(article.pk, time.time() - seconds)


def comment_data(article: ArticlePage, /, **fields) -> dict:
    """A valid comment on `article`, as the form sends it; `fields` override any field."""
    return {
        "article": str(article.pk),
        "name": "Camille Martin",
        "email": "camille@lecteurs.example",
        "website": "",
        "body": "Un article utile, merci.",
        "url": "",
        "parent": "",
        "stamp": aged_stamp(article),
        **fields,
    }


@pytest.fixture
def article(category) -> ArticlePage:
    """A live article taking comments."""
    return ArticlePageFactory(parent=category, title="Dix jeux à attendre")


@pytest.fixture
def post_comment(client: Client) -> Callable:
    """Post a comment on an article as a reader's browser does, from the site's own page."""

    def post(article: ArticlePage, /, follow: bool = False, headers: dict | None = None, **fields):
        return client.post(
            "/commentaires/",
            comment_data(article, **fields),
            follow=follow,
            **(SAME_ORIGIN if headers is None else headers),
        )

    return post
