"""Shared fixtures: the site with its home page, two categories, its legal details.

Tests that another process or thread must see (the browser's live server, the scheduler)
run on the transactional database, which ends each test empty: that would lose the rows
Wagtail's migrations create (root page, locale, root collection, groups, workflow). They use
serialized rollbacks with `migrated_rows`: pytest-django saves those rows when it sets the
database up and Django reloads them before each such test.
"""

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connection, connections

from wagtail.models import Page, Site

import pytest

from magazine.cache.local_copies import copies
from magazine.pages.models import LegalSettings
from tests.factories.pages import CategoryPageFactory, HomePageFactory

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache, so cached renditions never leak between tests,
    and so do the copies of pieces in this process's memory."""
    cache.clear()
    copies.clear()
    yield


@pytest.fixture
def home_page(db):
    """The site's home page, set as the default site's root."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Magazine"},
    )
    return home


@pytest.fixture
def category(home_page):
    """A category under the home page."""
    return CategoryPageFactory(parent=home_page, title="Jeux vidéo", slug="jeux-video")


@pytest.fixture
def other_category(home_page):
    """A second category under the home page, for filters, moves and related articles."""
    return CategoryPageFactory(parent=home_page, title="Matériel", slug="materiel")


@pytest.fixture
def legal_settings(home_page) -> LegalSettings:
    """The default site's legal details, every field filled."""
    legal = LegalSettings.for_site(Site.objects.get(is_default_site=True))
    legal.publisher_name = "Éditions Exemple SAS"
    legal.publisher_details = "SAS au capital de 1 000 €, RCS Paris 000 000 000"
    legal.publisher_address = "12 rue de l'Exemple\n75000 Paris"
    legal.publisher_phone = "01 99 00 12 34"
    legal.publication_director = "Claire Vasseur"
    legal.host_name = "Hébergeur Exemple SARL"
    legal.host_address = "8 quai des Données\n69000 Lyon"
    legal.host_phone = "01 99 00 56 78"
    legal.contact_email = "redaction@magazine.example"
    legal.save()
    return legal


@pytest.fixture(scope="session")
def migrated_rows(django_db_setup: None, django_db_blocker) -> Iterator[str]:
    """The rows the migrations created, as Django reloads them before each transactional test.

    Content types come first: some Wagtail models (pages, tasks) look their content type up
    as soon as they are built, which would otherwise insert it twice.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    with django_db_blocker.unblock():
        if not Page.objects.filter(depth=1).exists():
            pytest.fail(
                "The test database has lost the rows its migrations create (root page, "
                "locale…); run the tests once with --create-db.",
                pytrace=False,
            )
    contents = getattr(connection, "_test_serialized_contents", None)
    if contents is None:
        pytest.fail("pytest-django did not serialize the test database.", pytrace=False)
    rows = json.loads(contents)
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    contents = json.dumps(rows)
    connection._test_serialized_contents = contents
    yield contents
    with django_db_blocker.unblock():
        connection = connections[DEFAULT_DB_ALIAS]
        if not Page.objects.exists():
            connection.creation.deserialize_db_from_string(contents)


@pytest.fixture
def media_on_disk(tmp_path, settings, monkeypatch) -> Path:
    """Files stored in a directory, which a process the test starts after this fixture
    (the scheduler) reads too."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    monkeypatch.setenv("TEST_MEDIA_ROOT", str(tmp_path))
    return tmp_path


@pytest.fixture
def scheduler(
    migrated_rows: str, transactional_db: None, django_db_serialized_rollback: None
) -> Iterator[subprocess.Popen]:
    """`manage.py run_scheduler`, as `make run` starts it, checking every second on the test
    database, in a process of its own."""
    database = connection.settings_dict
    url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "magazine.settings.test",
        "PYTHONUNBUFFERED": "1",
        "TEST_DATABASE_URL": url,
    }
    # A browser test's driver sets this for its own thread; the scheduler must not inherit it.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
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


def closed_port() -> int:
    """A local TCP port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_down(settings):
    """The production cache configuration, with a Redis that does not answer."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        }
    }
