"""Tests: the real PostgreSQL and Redis on this machine, fast hashing, in-memory e-mail."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, REDIS_CACHE_OPTIONS, env

SECRET_KEY = "test-only-secret-key-not-used-anywhere-else"  # noqa: S105
DEBUG = False

DATABASES = {
    "default": env.db_url_config(
        env.str("TEST_DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/magazine")
    )
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": env.str("TEST_REDIS_URL", default="redis://127.0.0.1:6379/15"),
        "KEY_PREFIX": "magazine-test",
        "OPTIONS": REDIS_CACHE_OPTIONS,
    }
}

# The demo content is tested too (load_demo); DEMO stays off, as it would be anywhere but locally.
INSTALLED_APPS = [*INSTALLED_APPS, "magazine.demo"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# A process a test starts (the scheduler) sees the test's files only on disk: the test
# then stores them in this directory too (tests/conftest.py, `media_on_disk`).
if MEDIA_ON_DISK := env.str("TEST_MEDIA_ROOT", default=""):
    MEDIA_ROOT = MEDIA_ON_DISK
    STORAGES["default"] = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
ALLOWED_HOSTS = ["*"]
# Tests never reach the network: embeds resolve to nothing rather than hang.
WAGTAILEMBEDS_FINDERS = []
# Static files come from the finders; tests never run collectstatic.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
