"""Scheduled articles go live on time once the scheduler runs, as `make run` starts it."""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from django.db import connection
from django.utils import timezone

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.pages import ArticlePageFactory

ROOT = Path(__file__).resolve().parent.parent
# Long enough for a loaded CI machine; the scheduler checks every second here.
WAIT_SECONDS = 30


def schedule(article: ArticlePage, go_live_at) -> None:
    """Publish `article` for `go_live_at`, as « Programmer » does in the editor."""
    article.go_live_at = go_live_at
    article.save_revision().publish()


@pytest.fixture
def scheduler(
    migrated_rows: str, transactional_db: None, django_db_serialized_rollback: None
) -> subprocess.Popen:
    """`manage.py run_scheduler` in a process of its own, on the test database."""
    database = connection.settings_dict
    url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "magazine.settings.test",
        "PYTHONUNBUFFERED": "1",
    }
    env["TEST_DATABASE_URL"] = url
    process = subprocess.Popen(  # noqa: S603 -- our own manage.py, fixed arguments
        [sys.executable, "manage.py", "run_scheduler", "--interval", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Its first line says it runs, signal handlers in place.
    assert "vérification" in process.stdout.readline(), process.stderr.read()
    yield process
    if process.poll() is None:
        process.kill()
        process.wait()


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
