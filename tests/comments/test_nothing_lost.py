"""A comment is acknowledged only once committed; a failure gives the reader their text back."""

from django.db import connection

import pytest

from magazine.comments.models import Comment
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
