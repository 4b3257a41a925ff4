"""Pieces copied into the process's memory: served without Redis, never across generations."""

from django.core.cache import cache

import pytest

from magazine.cache.fragments import generation_cached
from magazine.cache.generations import KEY, renew_now
from magazine.cache.local_copies import LocalCopies
from tests.factories.pages import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_a_copied_piece_is_served_without_asking_redis():
    built = []
    assert generation_cached("essai", (1,), lambda: built.append(1) or "premier") == "premier"
    cache.delete_pattern("piece:essai:*")

    assert generation_cached("essai", (1,), lambda: built.append(1) or "second") == "premier"
    assert built == [1]


def test_a_generation_renewed_by_another_process_is_seen_at_once(client, category):
    article = ArticlePageFactory(parent=category, title="Titre avant")
    assert "Titre avant" in client.get(article.url).content.decode()

    # As a publish in another process does: the page changes and the token in Redis with it,
    # while this process's copies stay.
    type(article).objects.filter(pk=article.pk).update(title="Titre après")
    cache.set(KEY, "un-autre-jeton", timeout=None)

    html = client.get(article.url).content.decode()
    assert "Titre après" in html
    renew_now()


def test_copies_are_few_and_short_lived(settings, monkeypatch):
    settings.PAGE_PIECES_LOCAL_ENTRIES = 2
    kept = LocalCopies()
    for number in range(3):
        kept.set(f"clé-{number}", {"n": number}, timeout=3600)
    assert kept.get("clé-0") is None
    assert kept.get("clé-2") == {"n": 2}

    first = kept.get("clé-1")
    first["n"] = 99
    assert kept.get("clé-1") == {"n": 1}  # each use gets its own objects

    clock = [1000.0]
    monkeypatch.setattr("magazine.cache.local_copies.time.monotonic", lambda: clock[0])
    kept.set("clé-3", "valeur", timeout=3600)
    clock[0] += 61
    assert kept.get("clé-3") is None
