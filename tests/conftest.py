"""Shared fixtures: the site with its home page, two categories, its legal details."""

from django.core.cache import cache

from wagtail.models import Page, Site

import pytest

from magazine.pages.models import LegalSettings
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


@pytest.fixture
def legal_settings(home_page) -> LegalSettings:
    """The default site's legal details, every field filled."""
    legal = LegalSettings.for_site(Site.objects.get(is_default_site=True))
    legal.publisher_name = "Éditions Exemple SAS"
    legal.publisher_details = "SAS au capital de 1 000 €, RCS Paris 000 000 000"
    legal.publisher_address = "12 rue de l'Exemple\n75000 Paris"
    legal.publisher_phone = "01 99 00 12 34"
    legal.publication_director = "Claire Vasseur"
    legal.host_name = "Hébergeur Exemple SARL"
    legal.host_address = "8 quai des Données\n69000 Lyon"
    legal.host_phone = "01 99 00 56 78"
    legal.contact_email = "redaction@magazine.example"
    legal.save()
    return legal
