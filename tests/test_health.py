"""`/healthz`: 200 while the database and the cache answer, 503 naming what is down."""

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

import pytest
import redis

from tests.conftest import closed_port
from tests.test_settings import PRODUCTION_ENV, manage

pytestmark = pytest.mark.django_db


def test_healthy_is_a_small_uncached_200(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert "X-Cache-Tags" not in response
    assert len(queries) <= 1


def test_any_host_and_plain_http_get_an_answer(client, settings):
    # The cache's probe asks by the server's address, over HTTP, where production redirects.
    settings.ALLOWED_HOSTS = ["magazine.example"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200


@contextmanager
def database_refused() -> Iterator[None]:
    """Every query of this thread fails as when PostgreSQL does not answer."""

    def refuse(execute, sql, params, many, context):
        raise OperationalError("connection refused")

    with connection.execute_wrapper(refuse):
        yield


def test_a_cache_that_does_not_answer_is_named(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "down", "down": ["cache"]}


def test_a_database_that_does_not_answer_is_named(client):
    with database_refused():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["down"] == ["database"]


def test_other_methods_reach_the_site(client):
    assert client.post("/healthz").status_code != 200
    assert cache.get("healthz") is None


@pytest.fixture
def private_redis() -> Iterator[subprocess.Popen]:
    """A Redis server of this test's own, on a free port, stopped at the end if still up."""
    server = shutil.which("redis-server")
    if server is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is required in CI")
        pytest.skip("redis-server is not installed")
    port = closed_port()
    process = subprocess.Popen(  # noqa: S603 -- a fixed command of our own
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = redis.Redis(host="127.0.0.1", port=port)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                process.kill()
                pytest.fail("the private redis-server did not start")
            time.sleep(0.05)
    process.url = f"redis://127.0.0.1:{port}/0"
    yield process
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=10)


def test_a_redis_that_stops_is_named_and_nothing_else_is_told(client, settings, private_redis):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": private_redis.url,
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        }
    }
    assert client.get("/healthz").status_code == 200
    private_redis.terminate()
    private_redis.wait(timeout=10)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.content == b'{"status": "down", "down": ["cache"]}'
    assert "no-store" in response["Cache-Control"]


def healthz_in_production(database_url: str, redis_url: str) -> tuple[int, bytes]:
    """GET /healthz in a fresh process with production settings; return status and body."""
    code = (
        "from django.test import Client;"
        "r = Client().get('/healthz', HTTP_HOST='10.0.0.7:8000');"
        "print(r.status_code, r.content.decode())"
    )
    env = {**PRODUCTION_ENV, "DATABASE_URL": database_url, "REDIS_URL": redis_url}
    result = manage("shell", "--no-imports", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.strip().split(" ", 1)
    return int(status), body.encode()


def unreachable_database() -> str:
    return f"postgres://magazine@127.0.0.1:{closed_port()}/magazine"


def test_in_production_a_database_that_does_not_answer_is_named():
    redis_url = django_settings.CACHES["default"]["LOCATION"]
    status, body = healthz_in_production(unreachable_database(), redis_url)
    assert status == 503
    # Exactly this: no host, port, driver message or version.
    assert body == b'{"status": "down", "down": ["database"]}'


def test_in_production_both_parts_down_are_both_named():
    status, body = healthz_in_production(
        unreachable_database(), f"redis://127.0.0.1:{closed_port()}/0"
    )
    assert status == 503
    assert body == b'{"status": "down", "down": ["database", "cache"]}'


def test_in_production_a_healthy_server_says_only_ok():
    database = connection.settings_dict
    port = database["PORT"] or 5432
    url = f"postgres://{database['USER']}@{database['HOST']}:{port}/{database['NAME']}"
    status, body = healthz_in_production(url, django_settings.CACHES["default"]["LOCATION"])
    assert (status, body) == (200, b'{"status": "ok"}')


def test_the_cache_in_front_keeps_sending_readers_while_only_redis_is_down(client, redis_down):
    response = client.get("/healthz?essential")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "degraded", "down": ["cache"]}


def test_the_cache_in_front_stops_sending_readers_while_the_database_is_down(client):
    with database_refused():
        response = client.get("/healthz?essential")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "down", "down": ["database"]}
