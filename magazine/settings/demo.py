"""The local demo served by `make run` and used by `manage.py` by default.

Readers see it as in production (DEBUG off, gunicorn, whitenoise, styled error pages), but
it needs no environment at all: the database is the SQLite file `var/db.sqlite3` unless
DATABASE_URL says otherwise, and a secret key is generated once into `var/secret_key`.
"""

import secrets

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS, env


def _local_secret_key() -> str:
    """Return this checkout's own secret key, creating it on first use."""
    path = BASE_DIR / "var" / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = env.str("SECRET_KEY", default="") or _local_secret_key()

# Uploaded and generated images are served by the application itself in the demo;
# production puts them behind object storage or the web server.
SERVE_MEDIA = True
DEMO = True
# The demo content and its commands (load_demo, ensure_demo_admin); never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "magazine.demo"]
