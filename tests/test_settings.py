"""Settings modules: production reads the environment, needs a secret, has no demo."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "magazine.settings.production",
    "SECRET_KEY": "x" * 60 + "-production-like-secret-for-the-check-only",
    "DATABASE_URL": "postgres://magazine@db.internal:5432/magazine",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "ALLOWED_HOSTS": "magazine.example",
    "CSRF_TRUSTED_ORIGINS": "https://magazine.example",
}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run manage.py in a fresh process with only `env` on top of a clean environment."""
    clean_env = {
        k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and k != "DATABASE_URL"
    }
    return subprocess.run(  # noqa: S603 -- our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_passes_the_deploy_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr


def test_production_takes_its_database_and_cache_from_the_environment():
    code = (
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['HOST'], s.CACHES['default']['LOCATION'], s.DEBUG)"
    )
    result = manage("shell", "--no-imports", "-c", code, env=PRODUCTION_ENV)
    assert result.stdout.split() == ["db.internal", "redis://cache.internal:6379/0", "False"]


def test_purges_go_to_the_varnish_at_frontend_cache_url_if_set():
    code = (
        "from wagtail.contrib.frontend_cache.utils import get_backends;"
        "print([(type(b).__name__, b.netloc) for b in get_backends().values()])"
    )
    env = {**PRODUCTION_ENV, "FRONTEND_CACHE_URL": "http://varnish.internal:6081"}
    result = manage("shell", "--no-imports", "-c", code, env=env)
    assert result.stdout.strip() == "[('VarnishBackend', 'varnish.internal:6081')]", result.stderr
    result = manage("shell", "--no-imports", "-c", code, env=PRODUCTION_ENV)
    assert result.stdout.strip() == "[]", result.stderr


def test_manage_py_defaults_to_the_demo_settings_on_sqlite():
    code = "from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'], s.DEBUG)"
    result = manage("shell", "--no-imports", "-c", code, env={})
    assert result.stdout.split() == ["django.db.backends.sqlite3", "False"]


def test_demo_settings_follow_database_url():
    code = "from django.conf import settings as s; print(s.DATABASES['default']['NAME'])"
    result = manage(
        "shell", "--no-imports", "-c", code, env={"DATABASE_URL": "sqlite:////tmp/x.db"}
    )
    assert result.stdout.strip() == "/tmp/x.db"


def test_an_empty_settings_variable_means_the_demo_settings():
    code = "from django.conf import settings as s; print(s.SETTINGS_MODULE)"
    result = manage("shell", "--no-imports", "-c", code, env={"DJANGO_SETTINGS_MODULE": ""})
    assert result.stdout.strip() == "magazine.settings.demo"


def test_production_does_not_install_the_demo_content():
    result = manage("help", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "load_demo" not in result.stdout
    assert "ensure_demo_admin" not in result.stdout


def test_the_demo_admin_is_refused_outside_the_demo(db, settings):
    settings.DEMO = False
    with pytest.raises(CommandError, match="démo locale"):
        call_command("ensure_demo_admin")
    assert not get_user_model().objects.filter(username="admin").exists()


def test_the_demo_admin_is_created_in_the_demo(db, settings):
    settings.DEMO = True
    call_command("ensure_demo_admin", stdout=StringIO())
    assert get_user_model().objects.get(username="admin").is_superuser


def test_the_demo_processes_share_one_cache():
    """make run's workers and scheduler are processes: a publish in one renews all."""
    renew = (
        "from django.db import transaction; from magazine.cache import generations as g; "
        "transaction.atomic()(g.renew_content_generation)(); print(g.content_generation())"
    )
    read = "from magazine.cache.generations import content_generation as c; print(c())"
    renewed = manage("shell", "--no-imports", "-c", renew, env={})
    assert renewed.returncode == 0, renewed.stderr
    seen = manage("shell", "--no-imports", "-c", read, env={})
    assert seen.stdout.strip() == renewed.stdout.strip() != ""


@pytest.mark.parametrize("value", ["redaction-4f2a", "/redaction-4f2a/"])
def test_admin_path_moves_the_admin_in_production(value):
    code = "from django.urls import reverse; print(reverse('wagtailadmin_login'))"
    result = manage(
        "shell", "--no-imports", "-c", code, env={**PRODUCTION_ENV, "ADMIN_PATH": value}
    )
    assert result.stdout.strip() == "/redaction-4f2a/login/", result.stderr


def test_admin_path_may_not_be_the_site_root():
    result = manage("check", env={**PRODUCTION_ENV, "ADMIN_PATH": "/"})
    assert result.returncode != 0
    assert "ADMIN_PATH" in result.stderr
