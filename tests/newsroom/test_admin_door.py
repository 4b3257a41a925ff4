"""The admin's door: sign-in lockout by username and address, sessions, noindex, its path."""

import importlib
from collections.abc import Iterator
from datetime import timedelta

from django.conf import settings as django_settings
from django.core.management import call_command
from django.test import Client
from django.urls import clear_url_caches
from django.utils import timezone

import pytest
from axes.models import AccessAttempt

import magazine.urls
from magazine.newsroom.roles import WRITERS
from tests.support.admin import PASSWORD, member
from tests.support.html import soup

LOGIN = "/admin/login/"
STRANGER = "203.0.113.66"
NEWSROOM = "198.51.100.10"
WRONG = "pas-le-bon-mot-de-passe"  # noqa: S105 -- test value


@pytest.fixture
def writer(db, django_user_model):
    return member(django_user_model, "ines", "Inès", WRITERS)


@pytest.fixture
def chief(db, django_user_model):
    return member(django_user_model, "julien", "Julien", WRITERS)


def sign_in(client: Client, username: str, password: str, address: str, **extra):
    """Post the admin's sign-in form from `address`; return the response."""
    data = {"username": username, "password": password, **extra}
    return client.post(LOGIN, data, REMOTE_ADDR=address)


def signed_in(response) -> bool:
    """Whether `response` is the sign-in form's success: a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def lock(username: str, address: str, **headers) -> list[int]:
    """Send five wrong passwords for `username` from `address`; return the statuses."""
    client = Client()
    return [
        client.post(
            LOGIN, {"username": username, "password": WRONG}, REMOTE_ADDR=address, **headers
        ).status_code
        for _ in range(5)
    ]


def test_five_wrong_passwords_lock_that_username_from_that_address(writer):
    assert lock("ines", STRANGER) == [200, 200, 200, 200, 429]
    client = Client()
    response = sign_in(client, "ines", PASSWORD, STRANGER)
    assert response.status_code == 429
    assert client.get("/admin/").status_code == 302  # still signed out


def test_four_wrong_passwords_lock_nothing(writer):
    client = Client()
    for _ in range(4):
        assert sign_in(client, "ines", WRONG, NEWSROOM).status_code == 200
    assert signed_in(sign_in(client, "ines", PASSWORD, NEWSROOM))


def test_a_stranger_cannot_lock_an_editor_out_of_their_own_address(writer):
    lock("ines", STRANGER)
    assert signed_in(sign_in(Client(), "ines", PASSWORD, NEWSROOM))


def test_a_locked_address_still_signs_in_another_editor(writer, chief):
    lock("ines", STRANGER)
    assert signed_in(sign_in(Client(), "julien", PASSWORD, STRANGER))


def test_the_right_password_is_refused_until_the_editor_is_unlocked(writer):
    lock("ines", STRANGER)
    assert sign_in(Client(), "ines", PASSWORD, STRANGER).status_code == 429
    call_command("axes_reset_username", "ines")
    assert signed_in(sign_in(Client(), "ines", PASSWORD, STRANGER))


def test_the_lock_ends_after_half_an_hour(writer):
    lock("ines", STRANGER)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    assert signed_in(sign_in(Client(), "ines", PASSWORD, STRANGER))


def test_the_lockout_page_is_french_and_says_how_long(writer):
    lock("ines", STRANGER)
    response = sign_in(Client(), "ines", PASSWORD, STRANGER)
    assert response.status_code == 429
    page = soup(response)
    assert page.html["lang"] == "fr"
    assert page.h1.get_text(strip=True) == "Connexion suspendue"
    message = page.select_one("[role=alert]").get_text(" ", strip=True)
    assert "après 5 échecs" in message
    assert "pendant 30 minutes" in message
    assert page.select_one(f"a[href='{LOGIN}']")
    assert "Account locked" not in response.content.decode()
    assert not page.select("script:not([src]):not([type='application/json'])")
    assert not page.select("style, [style]")


def test_behind_a_trusted_proxy_each_client_address_is_counted_apart(writer, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    lock("ines", proxy["REMOTE_ADDR"], HTTP_X_FORWARDED_FOR=STRANGER)
    client = Client()
    response = client.post(
        LOGIN, {"username": "ines", "password": PASSWORD}, HTTP_X_FORWARDED_FOR=NEWSROOM, **proxy
    )
    assert signed_in(response)


def test_an_address_forged_by_the_client_does_not_lift_the_lock(writer):
    # No trusted proxy: X-Forwarded-For is the client's own writing and is ignored.
    lock("ines", STRANGER, HTTP_X_FORWARDED_FOR="192.0.2.1")
    response = Client().post(
        LOGIN,
        {"username": "ines", "password": PASSWORD},
        REMOTE_ADDR=STRANGER,
        HTTP_X_FORWARDED_FOR=NEWSROOM,
    )
    assert response.status_code == 429


def test_a_session_lasts_a_working_day_when_remembered(writer):
    client = Client()
    assert signed_in(sign_in(client, "ines", PASSWORD, NEWSROOM, remember="on"))
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    assert int(cookie["max-age"]) == 12 * 3600


def test_a_session_not_remembered_ends_with_the_browser(writer):
    client = Client()
    assert signed_in(sign_in(client, "ines", PASSWORD, NEWSROOM))
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    assert not cookie["max-age"] and not cookie["expires"]


@pytest.mark.parametrize(
    "url", ["/admin/", LOGIN, "/admin/pages/", "/admin/password_reset/", "/admin/inexistante/"]
)
def test_admin_responses_ask_not_to_be_indexed(db, client, url):
    assert client.get(url)["X-Robots-Tag"] == "noindex, nofollow"


def test_signed_in_admin_pages_ask_not_to_be_indexed(writer):
    client = Client()
    client.force_login(writer)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_public_pages_may_be_indexed(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert "X-Robots-Tag" not in response


@pytest.fixture
def moved_admin(settings) -> Iterator[str]:
    """The site's URLs read again with ADMIN_PATH set to `redaction-4f2a/`; then restored."""
    settings.ADMIN_PATH = "redaction-4f2a/"
    importlib.reload(magazine.urls)
    clear_url_caches()
    yield "/redaction-4f2a/"
    settings.ADMIN_PATH = "admin/"
    importlib.reload(magazine.urls)
    clear_url_caches()


def test_the_admin_moves_with_its_setting(moved_admin, writer, client, home_page):
    response = client.post(
        f"{moved_admin}login/", {"username": "ines", "password": PASSWORD}, REMOTE_ADDR=NEWSROOM
    )
    assert response.status_code == 302
    assert response["Location"] == moved_admin
    dashboard = client.get(moved_admin)
    assert dashboard.status_code == 200
    assert dashboard["X-Robots-Tag"] == "noindex, nofollow"
    assert "private" in dashboard["Cache-Control"]
    assert client.get("/admin/").status_code == 404


def test_robots_txt_keeps_crawlers_out_of_the_moved_admin(moved_admin, client, home_page):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert f"Disallow: {moved_admin}" in lines
    assert "Disallow: /admin/" not in lines


def test_the_moved_admin_locks_out_too(moved_admin, writer):
    client = Client()
    statuses = [
        client.post(
            f"{moved_admin}login/", {"username": "ines", "password": WRONG}, REMOTE_ADDR=STRANGER
        ).status_code
        for _ in range(5)
    ]
    assert statuses[-1] == 429
