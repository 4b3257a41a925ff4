"""Production: everything comes from the environment; a missing secret stops the start."""

from .base import *  # noqa: F403
from .base import REDIS_CACHE_OPTIONS, env
from .storage import s3_media_storage

SECRET_KEY = env.str("SECRET_KEY")
DATABASES = {"default": env.db_url("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = 60
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "magazine",
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"

if env("AWS_STORAGE_BUCKET_NAME"):
    # Media on S3-compatible object storage (the `s3` extra: django-storages, boto3).
    STORAGES["default"] = s3_media_storage(  # noqa: F405
        env("AWS_STORAGE_BUCKET_NAME"),
        endpoint_url=env("AWS_S3_ENDPOINT_URL"),
        region_name=env("AWS_S3_REGION_NAME"),
        custom_domain=env("AWS_S3_CUSTOM_DOMAIN"),
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT")
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS")
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Off unless asked: once on the browsers' preload list, the domain and every subdomain are
# HTTPS-only for months, whatever the site sends later.
SECURE_HSTS_PRELOAD = env("SECURE_HSTS_PRELOAD")
if not SECURE_HSTS_PRELOAD:
    # The deploy check's warning that the site cannot be preloaded: a choice, not an oversight.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
