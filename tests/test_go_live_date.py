"""Scheduling in the admin: French dates, and a go-live date that has passed is refused.

The report: a scripted schedule published an article at once, with a go-live date already
past. The admin's date picker replaces, on leaving the field, any text it cannot read in its
format by the current time; by the time the form was sent that time had passed, and Wagtail
publishes at once a page whose go-live date has passed. The form now refuses such a date.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.article_form import article_edit_form
from tests.support.html import soup

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def draft(category) -> ArticlePage:
    """An article never published, with one author and a saved draft."""
    article = ArticlePageFactory(
        parent=category,
        title="Un article en attente",
        live=False,
        first_published_at=None,
        last_published_at=None,
        authors=[AuthorFactory()],
    )
    article.save_revision()
    return article


def edit_url(article: ArticlePage) -> str:
    return f"/admin/pages/{article.pk}/edit/"


def next_spring() -> datetime:
    """5 March of next year at 14:30, Paris time: a date whose day and month differ."""
    return datetime(timezone.localtime().year + 1, 3, 5, 14, 30, tzinfo=PARIS)


def test_the_editor_shows_a_go_live_date_day_first_on_a_24_hour_clock(admin_client, draft):
    draft.go_live_at = next_spring().replace(hour=21)
    draft.save_revision()
    page = soup(admin_client.get(edit_url(draft)))
    field = page.find("input", attrs={"name": "go_live_at"})
    assert field["value"] == f"05/03/{next_spring().year} 21:30"
    # The date picker's own format, in its notation.
    assert '"format": "d/m/Y H:i"' in field.find_next("script").string


def test_the_go_live_date_as_the_editor_shows_it_schedules_that_very_minute(
    admin_client, client, draft
):
    draft.go_live_at = next_spring()
    draft.save_revision()
    page = soup(admin_client.get(edit_url(draft)))
    shown = page.find("input", attrs={"name": "go_live_at"})["value"]
    data = article_edit_form(draft, go_live_at=shown, **{"action-publish": "1"})
    response = admin_client.post(edit_url(draft), data)
    assert response.status_code == 302, response.context["form"].errors
    article = ArticlePage.objects.get(pk=draft.pk)
    assert not article.live
    assert article.status_string == "programmée"
    assert article.scheduled_revision.approved_go_live_at == next_spring()
    assert client.get(article.url).status_code == 404


def test_a_go_live_date_already_past_is_refused_and_nothing_is_published(admin_client, draft):
    past = timezone.localtime() - timedelta(minutes=1)
    revisions = draft.revisions.count()
    data = article_edit_form(
        draft, go_live_at=past.strftime("%d/%m/%Y %H:%M"), **{"action-publish": "1"}
    )
    response = admin_client.post(edit_url(draft), data)
    assert response.status_code == 200
    assert response.context["form"].errors["go_live_at"] == [
        "Cette date de publication est déjà passée : choisissez une date à venir, ou videz le "
        "champ pour publier tout de suite."
    ]
    article = ArticlePage.objects.get(pk=draft.pk)
    assert not article.live
    assert article.first_published_at is None
    assert article.revisions.count() == revisions


def test_an_article_that_went_live_on_schedule_can_be_edited_and_republished(
    admin_client, category
):
    went_live_at = timezone.now() - timedelta(days=3, seconds=17)
    article = ArticlePageFactory(parent=category, authors=[AuthorFactory()])
    ArticlePage.objects.filter(pk=article.pk).update(go_live_at=went_live_at)
    article.refresh_from_db()
    shown = timezone.localtime(went_live_at).strftime("%d/%m/%Y %H:%M")
    data = article_edit_form(
        article, title="Titre corrigé", go_live_at=shown, **{"action-publish": "1"}
    )
    response = admin_client.post(edit_url(article), data)
    assert response.status_code == 302, response.context["form"].errors
    article.refresh_from_db()
    assert article.live
    assert article.title == "Titre corrigé"
