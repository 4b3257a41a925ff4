"""Development: the demo's database and content with DEBUG on and Django's own server."""

from .demo import *  # noqa: F403

DEBUG = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
