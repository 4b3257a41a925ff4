"""How a comment reads: its author (linked to their site), a French date, « Rédaction »."""

from datetime import datetime
from zoneinfo import ZoneInfo

from tests.factories.comments import CommentFactory
from tests.support.html import page_soup

PARIS = ZoneInfo("Europe/Paris")


def shown(client, article, comment):
    return page_soup(client, article.url).find(id=comment.anchor)


def test_the_author_links_to_their_site_as_user_content(client, article):
    comment = CommentFactory(article=article, name="Inès", website="https://ines.example/")
    link = shown(client, article, comment).select_one(".comment__author a")
    assert link.get_text() == "Inès"
    assert link["href"] == "https://ines.example/"
    assert link["rel"] == ["nofollow", "ugc", "noopener"]


def test_an_author_without_a_site_is_not_a_link(client, article):
    comment = CommentFactory(article=article, name="Hugo")
    assert shown(client, article, comment).select_one(".comment__author a") is None


def test_the_date_is_written_in_french(client, article):
    comment = CommentFactory(article=article, created_at=datetime(2026, 3, 1, 9, tzinfo=PARIS))
    time = shown(client, article, comment).select_one("time")
    assert time.get_text() == "1er mars 2026"
    assert time["datetime"].startswith("2026-03-01T09:00:00")


def test_the_newsroom_s_replies_are_marked(client, article):
    parent = CommentFactory(article=article)
    reply = CommentFactory(article=article, parent=parent, name="Claire", is_editorial=True)
    badge = shown(client, article, reply).select_one(".comment__badge")
    assert badge.get_text() == "Rédaction"
    assert shown(client, article, parent).select_one(".comment__badge") is None


def test_line_breaks_are_kept(client, article):
    comment = CommentFactory(article=article, body="Ligne un.\nLigne deux.")
    body = shown(client, article, comment).select_one(".comment__body")
    assert list(body.p.strings) == ["Ligne un.", "Ligne deux."]
    assert body.p.br is not None


def test_held_refused_and_spam_comments_are_not_shown(client, article):
    for status in ("pending", "rejected", "spam"):
        CommentFactory(article=article, status=status, body=f"Statut {status}")
    text = page_soup(client, article.url).select_one(".comments").get_text()
    assert "Statut" not in text
    assert "0 commentaire" in text
