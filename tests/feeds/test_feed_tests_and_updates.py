"""Feed entries of tests give their score and its word; an entry's update date follows the
article's update notes, never a re-publication without one."""

from datetime import UTC, datetime

import pytest

from tests.factories.pages import ArticlePageFactory, ArticlePageUpdateFactory
from tests.factories.reviews import GameFactory, scale_with_labels
from tests.reviews.conftest import review_body
from tests.support.feeds import FORMATS, parse_feed

FIRST_PUBLISHED = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
STANDFIRST = "Une aventure bretonne, longue et belle."


@pytest.mark.parametrize("suffix", FORMATS.values(), ids=FORMATS.keys())
def test_a_test_entry_gives_its_score_and_its_word_before_the_standfirst(client, category, suffix):
    ArticlePageFactory(
        parent=category,
        standfirst=STANDFIRST,
        body=review_body(GameFactory().pk, scale_id=scale_with_labels().pk, score="9.5"),
    )
    summary = parse_feed(client, "/" + suffix).entries[0].summary
    assert summary == f"<p>Note : 9,5/10 — Excellent</p><p>{STANDFIRST}</p>"


def test_a_score_whose_scale_has_no_word_for_it_gives_the_score_alone(client, category):
    scale = scale_with_labels()
    scale.ranges.filter(from_score=0).delete()
    ArticlePageFactory(
        parent=category,
        standfirst=STANDFIRST,
        body=review_body(GameFactory().pk, scale_id=scale.pk, score="3"),
    )
    summary = parse_feed(client, "/feed/").entries[0].summary
    assert summary == f"<p>Note : 3/10</p><p>{STANDFIRST}</p>"


def test_a_test_without_a_score_gives_the_standfirst_alone(client, category):
    ArticlePageFactory(
        parent=category, standfirst=STANDFIRST, body=review_body(GameFactory().pk, score=None)
    )
    assert parse_feed(client, "/feed/").entries[0].summary == STANDFIRST


@pytest.fixture
def article(category):
    return ArticlePageFactory(
        parent=category, first_published_at=FIRST_PUBLISHED, last_published_at=FIRST_PUBLISHED
    )


def test_the_atom_update_date_is_the_newest_note(client, article):
    ArticlePageUpdateFactory(page=article, date=datetime(2026, 3, 9, 7, tzinfo=UTC))
    ArticlePageUpdateFactory(page=article, date=datetime(2026, 3, 4, 7, tzinfo=UTC))
    feed = parse_feed(client, "/feed/atom/")
    assert feed.entries[0].updated == "2026-03-09T08:00:00+01:00"
    assert feed.feed.updated == "2026-03-09T08:00:00+01:00"
    assert parse_feed(client, "/feed/").feed.updated == "Mon, 09 Mar 2026 08:00:00 +0100"


def test_a_republication_without_a_note_leaves_the_update_date_alone(client, article):
    article.title = "Un titre sans coquille"
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.last_published_at > FIRST_PUBLISHED
    feed = parse_feed(client, "/feed/atom/")
    assert feed.entries[0].title == "Un titre sans coquille"
    assert feed.entries[0].updated == feed.entries[0].published == "2026-03-01T09:30:00+01:00"
    assert feed.feed.updated == "2026-03-01T09:30:00+01:00"
