"""The fault run (bench/faults/) judges what readers and commenters got: its verdicts.

The run itself starts its own servers and takes minutes (`make faults`); these check the
pure functions that decide whether a scenario passed.
"""

from bench.comments import Post
from bench.faults.verdicts import (
    CACHED,
    ORIGIN,
    UNCACHED,
    Hit,
    Sent,
    count_comments,
    count_pages,
    degraded_limits_failures,
    page_failures,
    recovery_failures,
    worker_kill_failures,
)

ARTICLE = "/jeux-video/dix-jeux/"
HELD = f"{ARTICLE}?commentaire=attente#commentaires"


def sent(marker: str, status: int | None = 303, location: str = HELD, refusal: str = "", at=0.0):
    post = Post(
        marker, "7", ARTICLE, status, location=location if status == 303 else "", refusal=refusal
    )
    return Sent(post, at, at + 0.1)


def hit(status: int | None, kind: str = CACHED, at: float = 0.0) -> Hit:
    return Hit(kind, "/", at, at + 0.1, status)


def test_acknowledged_comments_stored_once_pass():
    outcome = count_comments([sent("a"), sent("b")], {"a": ["7"], "b": ["7"]})
    assert (outcome.acknowledged, outcome.stored, outcome.failures) == (2, 2, [])


def test_an_acknowledged_comment_missing_from_the_database_fails():
    assert count_comments([sent("a")], {}).failures == ["1 comment(s) acknowledged but not stored"]


def test_an_acknowledged_comment_stored_twice_fails():
    outcome = count_comments([sent("a")], {"a": ["7", "7"]})
    assert outcome.failures == ["1 comment(s) stored more than once"]


def test_a_comment_refused_in_words_passes_and_one_stored_anyway_fails():
    refused = sent("a", 503, refusal="Votre commentaire n'a pas pu être enregistré")
    assert count_comments([refused], {}).failures == []
    assert count_comments([refused], {"a": ["7"]}).failures == [
        "1 comment(s) stored though the reader was not told so"
    ]


def test_a_comment_refused_without_a_message_or_unanswered_fails():
    outcome = count_comments([sent("a", 503), sent("b", None)], {})
    assert outcome.failures == [
        "2 comment(s) left without an answer or refused without a clear message"
    ]


def test_the_comment_under_way_on_the_killed_worker_is_set_apart():
    outcome = count_comments([sent("a", 503, at=1.0)], {"a": ["7"]}, in_flight_at=1.05)
    assert (outcome.in_flight, outcome.failures) == (1, [])


def test_pages_are_counted_by_kind_with_their_errors():
    pages = count_pages([hit(200), hit(503), hit(None, UNCACHED), hit(200, ORIGIN)])
    assert (pages[CACHED].requests, pages[CACHED].server_errors) == (2, 1)
    assert pages[UNCACHED].unanswered == 1
    assert page_failures(pages, [ORIGIN]) == []
    assert page_failures(pages, [CACHED, UNCACHED]) == [
        "1 5xx on cached pages",
        "1 unanswered on new searches",
    ]


def test_one_failure_on_the_killed_worker_passes_and_a_second_fails():
    hits = [hit(200, at=0.0), hit(None, at=1.0)]
    assert worker_kill_failures(hits, [], killed_at=1.05) == []
    hits.append(hit(502, ORIGIN, at=3.0))
    assert worker_kill_failures(hits, [], killed_at=1.05) == [
        "1 request(s) failed besides the one on the killed worker"
    ]


def test_a_recovery_slower_than_the_limit_fails():
    assert recovery_failures("PostgreSQL", 1.2, 5) == []
    assert recovery_failures("PostgreSQL", 6.0, 5) == [
        "PostgreSQL took 6.0 s to recover (limit 5 s)"
    ]
    assert recovery_failures("PostgreSQL", None, 5) == ["PostgreSQL never recovered"]


def test_a_known_reader_is_held_only_while_the_limits_cannot_be_counted():
    published = sent("a", location=f"{ARTICLE}?commentaire=12#commentaire-12").post
    held = sent("b").post
    assert degraded_limits_failures(published, held, published) == []
    assert degraded_limits_failures(published, published, held) == [
        "a known reader's comment after the outage was not published",
        "a known reader's comment during the outage was not held",
    ]
