"""The feeds' site setting: in the admin's settings menu, in French, for chief editors."""

from wagtail.models import Site

import pytest

from magazine.feeds.models import FeedSettings
from magazine.newsroom.roles import CHIEFS, WRITERS
from tests.factories.pages import ArticlePageFactory
from tests.support.admin import assert_refused, member
from tests.support.feeds import parse_feed
from tests.support.html import soup


@pytest.fixture
def chief_client(client, django_user_model, home_page):
    client.force_login(member(django_user_model, "julien", "Julien", CHIEFS))
    return client


def settings_url() -> str:
    return f"/admin/settings/feeds/feedsettings/{Site.objects.get(is_default_site=True).pk}/"


def test_the_setting_is_in_the_settings_menu_in_french(admin_client, home_page):
    menu = soup(admin_client.get("/admin/")).select_one("#wagtail-sidebar-props").text
    assert "Flux RSS et Atom" in menu
    page = soup(admin_client.get(settings_url())).get_text()
    assert "Contenu complet dans les flux" in page


def test_a_chief_editor_switches_the_full_content_on(chief_client, category):
    response = chief_client.post(settings_url(), {"full_content": "on"})
    assert response.status_code == 302
    assert FeedSettings.for_site(Site.objects.get(is_default_site=True)).full_content


def test_the_feeds_follow_the_setting_at_once(chief_client, category):
    ArticlePageFactory(parent=category)
    chief_client.post(settings_url(), {"full_content": "on"})
    assert "content" in parse_feed(chief_client, "/feed/").entries[0]


def test_a_writer_cannot_change_the_setting(client, django_user_model, home_page):
    client.force_login(member(django_user_model, "ines", "Inès", WRITERS))
    assert_refused(client.get(settings_url(), follow=True))
