"""The comment load run (bench/comments.py) reads the form as served and judges what it sent.

The run itself takes minutes (`make bench`); these check the parts it relies on: reading the
page's form and its refusals, and the verdict on the answers and the stored rows.
"""

import pytest

from bench.comments import Post, read_form, tally
from tests.factories.pages import ArticlePageFactory

ARTICLE = "/jeux-video/dix-jeux/"


def post(marker: str, status: int | None = 303, location: str = "", refusal: str = "") -> Post:
    """A POST to article 7: a 303 acknowledges it unless `location` says otherwise."""
    if status == 303 and not location:
        location = f"{ARTICLE}?commentaire=attente#commentaires"
    return Post(marker, "7", ARTICLE, status, location=location, refusal=refusal)


@pytest.fixture
def article_page(client, category):
    article = ArticlePageFactory(parent=category, title="Dix jeux à attendre")
    return article, client.get(article.url).content.decode()


def test_the_run_reads_every_field_of_the_served_form(article_page):
    article, html = article_page
    form = read_form(html)
    assert form.action == "/commentaires/#formulaire-commentaire"
    assert set(form.fields) == {
        "article",
        "parent",
        "stamp",
        "name",
        "email",
        "website",
        "body",
        "url",
    }
    assert form.fields["article"] == str(article.pk)
    assert form.fields["stamp"].startswith(f"{article.pk}:")
    assert form.fields["url"] == ""


def test_the_run_reads_why_a_form_was_refused(client, article_page):
    article, html = article_page
    fields = {**read_form(html).fields, "name": "Camille", "email": "c@lecteurs.example"}
    fields["body"] = "Sent as soon as the page came."
    response = client.post("/commentaires/", fields, HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 400
    assert "parti très vite" in read_form(response.content.decode()).messages[-1]


def test_comments_acknowledged_and_stored_once_pass():
    outcome = tally([post("a"), post("b")], {"a": ["7"], "b": ["7"]})
    assert (outcome.acknowledged, outcome.stored, outcome.failures) == (2, 2, [])


def test_a_comment_stored_twice_fails_as_a_duplicate():
    outcome = tally([post("a")], {"a": ["7", "7"]})
    assert outcome.duplicates == 1
    assert outcome.failures == ["1 comment(s) stored more than once"]


def test_an_acknowledged_comment_not_stored_fails_as_missing():
    outcome = tally([post("a"), post("b")], {"a": ["7"]})
    assert outcome.missing == 1
    assert outcome.failures == ["1 comment(s) acknowledged but not stored"]


def test_a_server_error_fails_the_run():
    outcome = tally([post("a", status=500)], {})
    assert outcome.server_errors == 1
    assert outcome.failures == ["1 comment(s) answered with a 5xx"]


def test_a_post_without_answer_fails_the_run():
    outcome = tally([post("a", status=None, refusal="TimeoutError: timed out")], {})
    assert outcome.failures == ["1 comment(s) got no answer"]


def test_refusals_are_counted_by_status_and_reason():
    posts = [post(marker, status=429, refusal="Trop de commentaires.") for marker in "abc"]
    outcome = tally([*posts, post("d", status=400, refusal="Trop vite.")], {})
    assert outcome.refused == {"429 Trop de commentaires.": 3, "400 Trop vite.": 1}
    assert outcome.rate_limited == 3
    assert outcome.failures == ["4 comment(s) refused (each was a valid reader's comment)"]


def test_a_comment_stored_though_refused_fails_the_run():
    outcome = tally([post("a", status=503, refusal="Réessayez.")], {"a": ["7"]})
    assert outcome.stored_unacknowledged == 1


def test_a_comment_stored_on_another_article_fails_the_run():
    outcome = tally([post("a")], {"a": ["8"]})
    assert outcome.failures == ["1 comment(s) stored on another article than the one posted to"]


def test_a_redirect_elsewhere_is_no_acknowledgement():
    assert post("a", location="/?commentaire=attente").acknowledged is False
    assert post("a", location=f"{ARTICLE}#commentaires").acknowledged is False
    assert post("a", location=f"{ARTICLE}?commentaire=42#commentaire-42").acknowledged is True


def test_errors_in_the_site_log_fail_the_run():
    log = (
        "Could not announce comment 12 to the moderators\n"
        "Traceback (most recent call last):\n"
        '  File "notifications.py", line 40, in announce_pending_comment\n'
        "[2026-12-01 15:20:14 +0000] [12054] [CRITICAL] WORKER TIMEOUT (pid:12056)\n"
        "[2026-12-01 15:20:14 +0000] [12054] [INFO] Booting worker with pid: 12070\n"
    )
    outcome = tally([post("a")], {"a": ["7"]}, log)
    assert outcome.failures == ["the site logged 2 error(s)"]
