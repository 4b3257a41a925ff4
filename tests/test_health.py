"""`/healthz`: 200 while the database and the cache answer, 503 naming what is down."""

import json

from django.core.cache import cache
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

import pytest

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


def test_a_cache_that_does_not_answer_is_named(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "down", "down": ["cache"]}


def test_a_database_that_does_not_answer_is_named(client):
    def refuse(execute, sql, params, many, context):
        raise OperationalError("connection refused")

    with connection.execute_wrapper(refuse):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["down"] == ["database"]


def test_other_methods_reach_the_site(client):
    assert client.post("/healthz").status_code != 200
    assert cache.get("healthz") is None


def test_the_cache_in_front_keeps_sending_readers_while_only_redis_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    response = client.get("/healthz?essential")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "degraded", "down": ["cache"]}


def test_the_cache_in_front_stops_sending_readers_while_the_database_is_down(client):
    def refuse(execute, sql, params, many, context):
        raise OperationalError("connection refused")

    with connection.execute_wrapper(refuse):
        response = client.get("/healthz?essential")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "down", "down": ["database"]}
