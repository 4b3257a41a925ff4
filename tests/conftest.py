"""Shared fixtures: the site with its home page, two categories, caches emptied between tests."""

from django.core.cache import cache

from wagtail.models import Page, Site

import pytest

from tests.factories.pages import CategoryPageFactory, HomePageFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache, so cached renditions never leak between tests."""
    cache.clear()
    yield


@pytest.fixture
def home_page(db):
    """The site's home page, set as the default site's root."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Magazine"},
    )
    return home


@pytest.fixture
def category(home_page):
    """A category under the home page."""
    return CategoryPageFactory(parent=home_page, title="Jeux vidéo", slug="jeux-video")


@pytest.fixture
def other_category(home_page):
    """A second category under the home page, for filters, moves and related articles."""
    return CategoryPageFactory(parent=home_page, title="Matériel", slug="materiel")
