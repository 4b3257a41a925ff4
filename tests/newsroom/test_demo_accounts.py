"""The local demo's accounts: the administrator and one account per newsroom role."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client

import pytest

from magazine.newsroom.roles import CHIEFS, MODERATORS, WRITERS

ROLE_ACCOUNTS = {"redaction": WRITERS, "chef": CHIEFS, "moderation": MODERATORS}


def ensure_demo_admin() -> str:
    out = StringIO()
    call_command("ensure_demo_admin", stdout=out)
    return out.getvalue()


def test_the_demo_creates_one_account_per_role(db, settings):
    settings.DEMO = True
    ensure_demo_admin()
    for username, group in ROLE_ACCOUNTS.items():
        user = get_user_model().objects.get(username=username)
        assert [group.name for group in user.groups.all()] == [group], username
        assert user.email.endswith("@magazine.localhost")
        assert user.get_full_name()
        assert not user.is_superuser
        assert not user.is_staff


def test_each_demo_account_logs_into_the_admin_with_the_documented_password(db, settings):
    settings.DEMO = True
    ensure_demo_admin()
    for username in ["admin", *ROLE_ACCOUNTS]:
        client = Client()
        # Through the sign-in form: django-axes watches it, and refuses a bare client.login().
        credentials = {"username": username, "password": "magazine-demo"}
        assert client.post("/admin/login/", credentials).status_code == 302, username
        assert client.get("/admin/").status_code == 200, username


def test_the_demo_accounts_are_created_once(db, settings):
    settings.DEMO = True
    ensure_demo_admin()
    output = ensure_demo_admin()
    assert get_user_model().objects.count() == 1 + len(ROLE_ACCOUNTS)
    assert "créé" not in output
    chief = get_user_model().objects.get(username="chef")
    assert chief.groups.count() == 1


def test_no_demo_account_is_created_outside_the_demo(db, settings):
    settings.DEMO = False
    with pytest.raises(CommandError, match="démo locale"):
        ensure_demo_admin()
    assert not get_user_model().objects.exists()
