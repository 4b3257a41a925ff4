"""Scheduled articles go live on time once the scheduler runs, as `make run` starts it."""

import signal
import time
from datetime import timedelta

from django.utils import timezone

from magazine.articles.models import ArticlePage
from tests.factories.pages import ArticlePageFactory

# Long enough for a loaded CI machine; the scheduler checks every second here.
WAIT_SECONDS = 30


def schedule(article: ArticlePage, go_live_at) -> None:
    """Publish `article` for `go_live_at`, as « Programmer » does in the editor."""
    article.go_live_at = go_live_at
    article.save_revision().publish()


def test_the_scheduler_publishes_an_article_when_its_time_comes(scheduler, category):
    article = ArticlePageFactory(parent=category, live=False, title="Programmé")
    schedule(article, timezone.now() + timedelta(seconds=3))
    assert not ArticlePage.objects.get(pk=article.pk).live
    deadline = time.monotonic() + WAIT_SECONDS
    while not ArticlePage.objects.get(pk=article.pk).live:
        assert scheduler.poll() is None, scheduler.stderr.read()
        assert time.monotonic() < deadline, "the scheduled article never went live"
        time.sleep(0.5)
    assert ArticlePage.objects.live().filter(title="Programmé").exists()


def test_the_scheduler_unpublishes_an_expired_article(scheduler, category):
    article = ArticlePageFactory(parent=category, title="Éphémère")
    article.expire_at = timezone.now() + timedelta(seconds=2)
    article.save_revision().publish()
    deadline = time.monotonic() + WAIT_SECONDS
    while ArticlePage.objects.get(pk=article.pk).live:
        assert time.monotonic() < deadline, "the expired article is still live"
        time.sleep(0.5)
    assert ArticlePage.objects.get(pk=article.pk).expired


def test_the_scheduler_stops_cleanly_on_sigterm(scheduler):
    scheduler.send_signal(signal.SIGTERM)
    assert scheduler.wait(timeout=WAIT_SECONDS) == 0
    assert "arrêt" in scheduler.stdout.read()
