"""The request's site comes from the cache, and Wagtail takes it as the one it looks for."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

from magazine.cache.sites import cached_site

pytestmark = pytest.mark.django_db


def test_wagtail_takes_the_site_already_found_for_the_request(rf, home_page):
    # The middleware relies on this private attribute of Wagtail's: if Wagtail stops
    # reading it, every request looks the site up again and this fails.
    request = rf.get("/")
    site = Site(hostname="ailleurs.example", root_page=home_page)
    request._wagtail_site = site
    assert Site.find_for_request(request) is site


def test_a_page_is_served_without_looking_the_site_up(client, home_page):
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    site_queries = [q["sql"] for q in queries.captured_queries if "wagtailcore_site" in q["sql"]]
    assert site_queries == []


def test_the_cached_site_has_its_home_page_of_its_own_type(rf, home_page):
    site = cached_site(rf.get("/"))
    assert site.root_page == home_page
    assert type(site.root_page) is type(home_page)


def test_an_unknown_host_finds_the_default_site(rf, home_page, settings):
    settings.ALLOWED_HOSTS = ["*"]
    assert cached_site(rf.get("/", HTTP_HOST="inconnu.example")).root_page == home_page
