"""The body's rules in the editor: every error at once at its block, never for a draft."""

import json
from datetime import timedelta

from django.http import HttpResponse
from django.test import Client
from django.utils import timezone

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.article_forms import (
    BROKEN_BODY,
    BROKEN_TYPES,
    CONCLUSION_LAST,
    H3_FIRST,
    POINT_TITLE,
    article_form,
)
from tests.support.html import soup


def body_errors(response: HttpResponse) -> dict:
    """The errors the editor shows at the body's blocks, by block index."""
    widget = soup(response).select_one("#body[data-w-block-arguments-value]")
    assert widget is not None, "the body's editor is not on the page"
    _value, errors = json.loads(widget["data-w-block-arguments-value"])
    assert errors is not None, "the body shows no error"
    return errors["blockErrors"]


@pytest.fixture
def author():
    return AuthorFactory(name="Léa Roux")


@pytest.fixture
def live_article(category, author) -> ArticlePage:
    return ArticlePageFactory(
        parent=category, title="Les consoles portables", slug="consoles-portables", authors=[author]
    )


def add_url(category) -> str:
    return f"/admin/pages/add/articles/articlepage/{category.pk}/"


def edit_url(page) -> str:
    return f"/admin/pages/{page.pk}/edit/"


def test_publishing_shows_every_body_error_at_its_block(admin_client: Client, category, author):
    data = article_form(author, BROKEN_BODY, **{"action-publish": "1"})
    response = admin_client.post(add_url(category), data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"body"}
    errors = body_errors(response)
    assert sorted(errors, key=int) == ["0", "2", "3"]
    assert errors["0"]["messages"] == [H3_FIRST]
    assert errors["2"]["blockErrors"]["1"]["blockErrors"]["title"]["messages"] == [POINT_TITLE]
    assert errors["3"]["messages"] == [CONCLUSION_LAST]
    assert not ArticlePage.objects.exists()


def test_a_block_shows_its_own_error_and_the_rule_it_breaks(admin_client, category, author):
    body = [("heading", {"text": "", "level": "h3"}), *BROKEN_BODY[1:]]
    response = admin_client.post(
        add_url(category), article_form(author, body, **{"action-publish": "1"})
    )
    heading = body_errors(response)["0"]
    assert heading["messages"] == [H3_FIRST]
    assert heading["blockErrors"]["text"]["messages"] == ["Un intertitre doit avoir un texte."]


def test_a_draft_saves_whatever_its_body(admin_client: Client, category, author):
    response = admin_client.post(add_url(category), article_form(author, BROKEN_BODY))
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="consoles-portables")
    assert not article.live
    draft = article.get_latest_revision_as_object()
    assert [block.block_type for block in draft.body] == BROKEN_TYPES
    assert [point["title"] for point in draft.body[2].value] == ["Un point titré", ""]


def test_a_live_article_saves_a_broken_draft_and_stays_as_it_was(
    admin_client: Client, live_article, author
):
    response = admin_client.post(edit_url(live_article), article_form(live_article, BROKEN_BODY))
    assert response.status_code == 302
    live_article.refresh_from_db()
    assert live_article.has_unpublished_changes
    draft = live_article.get_latest_revision_as_object()
    assert [block.block_type for block in draft.body] == BROKEN_TYPES
    assert live_article.body[0].value["level"] == "h2"


def test_publishing_a_broken_body_changes_nothing_live(admin_client: Client, live_article, author):
    revisions = live_article.revisions.count()
    live_body = live_article.body.get_prep_value()
    data = article_form(live_article, BROKEN_BODY, **{"action-publish": "1"})
    response = admin_client.post(edit_url(live_article), data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"body"}
    assert sorted(body_errors(response), key=int) == ["0", "2", "3"]
    live_article.refresh_from_db()
    assert live_article.body.get_prep_value() == live_body
    assert not live_article.has_unpublished_changes
    assert live_article.revisions.count() == revisions


def test_submitting_for_review_applies_the_rules(admin_client: Client, live_article, author):
    data = article_form(live_article, BROKEN_BODY, **{"action-submit": "1"})
    response = admin_client.post(edit_url(live_article), data)
    assert response.status_code == 200
    assert sorted(body_errors(response), key=int) == ["0", "2", "3"]
    live_article.refresh_from_db()
    assert live_article.current_workflow_state is None


def test_scheduling_applies_the_rules(admin_client: Client, category, author):
    go_live = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    data = article_form(author, BROKEN_BODY, go_live_at=go_live, **{"action-publish": "1"})
    response = admin_client.post(add_url(category), data)
    assert response.status_code == 200
    assert sorted(body_errors(response), key=int) == ["0", "2", "3"]
    assert not ArticlePage.objects.exists()
