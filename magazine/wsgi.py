"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

# An empty value counts as unset, as some shells and tools export one.
os.environ["DJANGO_SETTINGS_MODULE"] = (
    os.environ.get("DJANGO_SETTINGS_MODULE") or "magazine.settings.demo"
)

application = get_wsgi_application()
