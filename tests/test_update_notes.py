"""Update and correction notes: shown at the top of the article, newest first; they alone
date the article's last update for readers, Open Graph and JSON-LD."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest

from magazine.articles.models import ArticlePageUpdate
from tests.factories.pages import ArticlePageFactory, ArticlePageUpdateFactory
from tests.support.html import page_soup
from tests.support.metadata import page_data

PARIS = ZoneInfo("Europe/Paris")
FIRST = datetime(2026, 3, 1, 10, tzinfo=PARIS)


@pytest.fixture
def article(category):
    return ArticlePageFactory(parent=category, first_published_at=FIRST, last_published_at=FIRST)


def test_notes_are_shown_at_the_top_newest_first(client, article):
    ArticlePageUpdateFactory(
        page=article, date=datetime(2026, 3, 5, 9, tzinfo=PARIS), text="Ajout des prix."
    )
    ArticlePageUpdateFactory(
        page=article,
        date=datetime(2026, 4, 2, 9, tzinfo=PARIS),
        kind="correction",
        text="Le poids était faux.",
    )
    page = page_soup(client, article.url)
    notes = page.select(".article__header .update-note")
    assert [note.get_text() for note in notes] == [
        "Correction 2 avril 2026\u202f: Le poids était faux.",
        "Mise à jour 5 mars 2026\u202f: Ajout des prix.",
    ]
    assert notes[0].time["datetime"].startswith("2026-04-02T09:00:00")


def test_an_article_without_notes_shows_none(client, article):
    assert page_soup(client, article.url).select_one(".update-notes") is None


def test_date_modified_follows_the_newest_note(client, article):
    ArticlePageUpdateFactory(page=article, date=datetime(2026, 4, 2, 9, tzinfo=PARIS))
    ArticlePageUpdateFactory(page=article, date=datetime(2026, 3, 5, 9, tzinfo=PARIS))
    data = page_data(client, article.url)
    assert data.item("NewsArticle")["dateModified"] == "2026-04-02T09:00:00+02:00"
    assert data.og("article:modified_time") == "2026-04-02T09:00:00+02:00"


def test_a_republish_without_a_note_does_not_change_date_modified(client, article):
    article.title = "Un titre sans coquille"
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.last_published_at > FIRST
    data = page_data(client, article.url)
    assert data.item("NewsArticle")["dateModified"] == "2026-03-01T10:00:00+01:00"
    assert data.og("article:modified_time") == "2026-03-01T10:00:00+01:00"


def test_a_note_published_with_the_article_shows_at_once(client, article):
    client.get(article.url)
    article.updates.add(ArticlePageUpdate(date=timezone.now(), text="Ajout d'un encadré."))
    article.save_revision().publish()
    page = page_soup(client, article.url)
    assert "Ajout d'un encadré." in page.select_one(".update-notes").get_text()
    assert "mis à jour le" in page.select_one(".byline").get_text()


def test_a_note_dated_in_the_future_is_refused(article):
    note = ArticlePageUpdate(page=article, date=timezone.now() + timedelta(days=1), text="Bientôt")
    with pytest.raises(ValidationError) as error:
        note.full_clean()
    assert error.value.message_dict["date"] == ["Une note ne peut pas être datée dans le futur."]
