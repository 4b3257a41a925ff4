"""A comment is acknowledged only once committed; a failure gives the reader their text back."""

from collections.abc import Callable

from django.db import connection

import pytest

from magazine.comments.models import Comment
from tests.comments.conftest import SAME_ORIGIN
from tests.conftest import closed_port
from tests.support.html import soup

REFUSE_INSERTS = """
CREATE FUNCTION refuse_comment() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'comments are read-only'; END $$ LANGUAGE plpgsql;
CREATE {kind} TRIGGER refuse_comment AFTER INSERT ON comments_comment {when}
FOR EACH ROW EXECUTE FUNCTION refuse_comment();
"""
DROP = """
DROP TRIGGER IF EXISTS refuse_comment ON comments_comment;
DROP FUNCTION IF EXISTS refuse_comment();
"""


def refuse_inserts(at_commit: bool) -> None:
    """Make PostgreSQL refuse new comments, on insert or only when the transaction commits."""
    sql = REFUSE_INSERTS.format(
        kind="CONSTRAINT" if at_commit else "",
        when="DEFERRABLE INITIALLY DEFERRED" if at_commit else "",
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)


def assert_text_given_back(response) -> None:
    assert response.status_code == 503
    page = soup(response)
    assert "n'a pas pu être enregistré" in page.select_one(".comment-form__errors").get_text()
    assert page.select_one("textarea[name=body]").get_text().strip() == "Mon texte précieux."
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_a_database_refusing_the_comment_gives_the_text_back(post_comment, article):
    refuse_inserts(at_commit=False)
    assert_text_given_back(post_comment(article, body="Mon texte précieux."))
    assert not Comment.objects.exists()


@pytest.fixture
def committing(migrated_rows: str, transactional_db: None, django_db_serialized_rollback: None):
    """Real commits (not the test's rolled-back transaction), and a clean table afterwards."""
    yield
    with connection.cursor() as cursor:
        cursor.execute(DROP)


def test_a_commit_that_fails_is_not_acknowledged(committing, post_comment, article):
    refuse_inserts(at_commit=True)
    assert_text_given_back(post_comment(article, body="Mon texte précieux."))
    assert not Comment.objects.exists()


@pytest.fixture
def database_out_of_reach(committing, client, article) -> Callable[[], None]:
    """Once called, the application's connection to PostgreSQL points at a port nobody
    listens on; before, the reader has read the article (what the site keeps of it in its
    cache is there)."""
    assert client.get(article.url).status_code == 200
    real_port = connection.settings_dict["PORT"]

    def cut() -> None:
        connection.close()
        connection.settings_dict["PORT"] = str(closed_port())

    yield cut
    connection.settings_dict["PORT"] = real_port
    connection.close()


def test_with_the_database_out_of_reach_the_reader_gets_the_text_back(
    post_comment, article, database_out_of_reach
):
    database_out_of_reach()
    headers = {**SAME_ORIGIN, "HTTP_REFERER": "http://testserver" + article.url}
    response = post_comment(article, body="Mon texte <précieux>.", headers=headers)
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    page = soup(response)
    assert "n'a pas pu être enregistré" in page.h1.get_text()
    assert page.select_one("textarea[name=body]").get_text() == "Mon texte <précieux>."
    assert page.select_one("a.button")["href"] == "http://testserver" + article.url


def test_the_way_back_never_leads_to_another_site(post_comment, article, database_out_of_reach):
    database_out_of_reach()
    headers = {**SAME_ORIGIN, "HTTP_REFERER": "https://ailleurs.example/piege"}
    response = post_comment(article, headers=headers)
    assert response.status_code == 503
    assert soup(response).select_one("a.button")["href"] == "/"
